package org.provena.finding.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.provena.attestation.application.SignedEnvelopes;
import org.provena.attestation.application.TrustAnchors;
import org.provena.attestation.domain.SignatureCheck;
import org.provena.attestation.domain.TrustAnchor;
import org.provena.audit.application.AuditTrail;
import org.provena.finding.domain.VexDocument;
import org.provena.finding.domain.VexDocumentRepository;
import org.provena.finding.domain.VexLinks;
import org.provena.finding.domain.VexStatement;
import org.provena.finding.domain.VexStatementRepository;
import org.provena.sbom.application.OriginalDocuments;
import org.provena.supplier.application.SupplierScopeResolver;
import org.provena.supplier.domain.SigningIdentitiesChanged;

/**
 * Signed VEX documents checked again when the supplier's signing identities change, in the same
 * transaction: a document signed with a key now revoked stops answering findings (its statements
 * are taken off them and the findings' current answers recomputed); one whose signer has just been
 * registered starts answering them.
 */
@ApplicationScoped
public class VexReverification {

  private static final Logger LOG = Logger.getLogger(VexReverification.class.getName());

  @Inject VexDocumentRepository documents;
  @Inject VexStatementRepository statements;
  @Inject VexLinks links;
  @Inject VexApplying applying;
  @Inject ProductsJson productsJson;
  @Inject OriginalDocuments originals;
  @Inject SignedEnvelopes envelopes;
  @Inject TrustAnchors anchors;
  @Inject SupplierScopeResolver scopes;
  @Inject AuditTrail audit;

  void onIdentitiesChanged(@Observes SigningIdentitiesChanged changed) {
    int n = reverify(changed.supplierId());
    LOG.fine(() -> "Signing identities of " + changed.supplierId() + ": " + n + " VEX changed");
  }

  /** Returns how many documents changed outcome. */
  @Transactional(Transactional.TxType.MANDATORY)
  public int reverify(UUID supplierId) {
    List<TrustAnchor> trusted = anchors.of(supplierId);
    List<String[]> entries = new java.util.ArrayList<>();
    Set<UUID> touched = new LinkedHashSet<>();
    for (VexDocument document : documents.listSigned(scopes.current(), supplierId)) {
      SignatureCheck check;
      try {
        check =
            envelopes
                .open(originals.read(document.originalSha256()), trusted)
                .map(SignedEnvelopes.Opened::signature)
                .orElse(null);
      } catch (Exception e) {
        LOG.log(Level.WARNING, "VEX document " + document.id() + " was not verified again", e);
        continue;
      }
      if (check == null
          || (check.outcome() == document.signatureOutcome()
              && Objects.equals(check.reason(), document.signatureReason().orElse(null)))) {
        continue;
      }
      boolean wasTrusted = document.isTrusted();
      document.reverified(check);
      documents.store(scopes.current(), document);
      Set<UUID> findings = new LinkedHashSet<>();
      for (VexStatement statement : statements.ofDocument(scopes.current(), document.id())) {
        if (wasTrusted && !document.isTrusted()) {
          findings.addAll(links.unlink(statement.id()));
        } else if (!wasTrusted && document.isTrusted()) {
          findings.addAll(
              applying.link(
                  statement, statement.productsJson().map(productsJson::read).orElse(List.of())));
        }
      }
      touched.addAll(findings);
      entries.add(
          new String[] {
            document.id().toString(),
            Json.createObjectBuilder()
                .add("signature", check.outcome().name().toLowerCase(Locale.ROOT))
                .add("reason", check.reason() == null ? "" : check.reason())
                .add("findings", findings.size())
                .build()
                .toString()
          });
    }
    // Answers recomputed once for all documents, so their releases are reported once.
    applying.refresh(touched);
    // Audited after every document was read again: appending holds the chain's head to the commit.
    for (String[] entry : entries) {
      audit.record(supplierId, "vex.reverified", "vex-document", entry[0], entry[1]);
    }
    return entries.size();
  }
}
