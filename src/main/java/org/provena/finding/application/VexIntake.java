package org.provena.finding.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.provena.attestation.application.SignedEnvelopes;
import org.provena.attestation.application.TrustAnchors;
import org.provena.attestation.domain.InvalidEvidenceException;
import org.provena.attestation.domain.SignatureCheck;
import org.provena.audit.application.AuditTrail;
import org.provena.component.application.ComponentCatalogue;
import org.provena.component.application.ReleaseDetails;
import org.provena.finding.domain.InvalidVexException;
import org.provena.finding.domain.VexDocument;
import org.provena.finding.domain.VexDocumentContent;
import org.provena.finding.domain.VexDocumentRepository;
import org.provena.finding.domain.VexDocumentStatement;
import org.provena.finding.domain.VexLinks;
import org.provena.finding.domain.VexProblem;
import org.provena.finding.domain.VexStatement;
import org.provena.finding.domain.VexStatementRepository;
import org.provena.identity.application.CurrentCaller;
import org.provena.sbom.application.OriginalDocuments;
import org.provena.sbom.application.OriginalStore;
import org.provena.sbom.domain.DocumentTooLargeException;
import org.provena.shared.domain.NotFoundException;
import org.provena.shared.domain.NotPermittedException;
import org.provena.supplier.application.SupplierScopeResolver;

/**
 * A supplier uploads a VEX document (CycloneDX VEX, OpenVEX, CSAF), plain or signed in a DSSE
 * envelope. The original is stored byte for byte; a document that cannot be read is refused with
 * every problem and its location and leaves nothing behind. A read document is kept with its
 * statements, what it lacks (CISA minimum requirements) and how its signature checked out; its
 * statements are applied to the findings they cover — unless its signature is invalid.
 */
@ApplicationScoped
public class VexIntake {

  @Inject OriginalDocuments originals;
  @Inject SignedEnvelopes envelopes;
  @Inject TrustAnchors anchors;
  @Inject VexReader reader;
  @Inject VexDocumentRepository documents;
  @Inject VexStatementRepository statements;
  @Inject VexLinks links;
  @Inject VexApplying applying;
  @Inject ProductsJson productsJson;
  @Inject ComponentCatalogue catalogue;
  @Inject SupplierScopeResolver scopes;
  @Inject CurrentCaller caller;
  @Inject AuditTrail audit;
  @Inject VexQueries queries;
  @Inject Clock clock;
  @Inject VexIntake self;

  @Inject
  @ConfigProperty(name = "provena.vex.max-bytes", defaultValue = "20971520")
  long maxBytes;

  /**
   * @param releaseId the release the document is about, if the uploader restricts it to one
   * @throws InvalidVexException not a VEX document Provena reads; nothing was kept
   * @throws DocumentTooLargeException larger than the maximum; nothing was kept
   */
  public VexDocumentView upload(
      UUID releaseId, String componentName, String version, String mediaType, InputStream body)
      throws InvalidVexException, DocumentTooLargeException {
    UUID supplierId =
        scopes
            .current()
            .supplier()
            .orElseThrow(
                () ->
                    new NotPermittedException(
                        "Only a registered, active supplier uploads VEX documents"));
    UUID release = release(releaseId, componentName, version);
    OriginalStore.Stored stored = originals.receive(body, maxBytes);
    try {
      byte[] bytes = originals.read(stored.sha256());
      Optional<SignedEnvelopes.Opened> opened;
      try {
        opened = envelopes.open(bytes, anchors.of(supplierId));
      } catch (InvalidEvidenceException e) {
        throw new InvalidVexException(
            e.getMessage(),
            e.problems().stream().map(p -> new VexProblem(p.location(), p.message())).toList());
      }
      VexDocumentContent content = reader.read(opened.map(o -> o.payload()).orElse(bytes));
      for (int i = 0; i < content.statements().size(); i++) {
        // vex_statement.products keeps a million characters; more products is refused whole.
        if (productsJson.write(content.statements().get(i).products()).length() > 1_000_000) {
          throw new InvalidVexException(
              content.statements().get(i).location(),
              "The statement names more products than Provena keeps with one statement");
        }
      }
      SignatureCheck signature =
          opened
              .map(SignedEnvelopes.Opened::signature)
              .orElse(SignatureCheck.unsigned("the document is not signed (no DSSE envelope)"));
      UUID id = self.record(supplierId, release, stored, mediaType, content, signature);
      return queries.document(id).orElseThrow();
    } catch (InvalidVexException | RuntimeException e) {
      originals.discard(stored.sha256());
      throw e;
    }
  }

  /**
   * The document, its statements and their application: all or nothing. Public because Payara
   * applies {@code @Transactional} to public methods only; callers use {@link #upload}.
   */
  @Transactional
  public UUID record(
      UUID supplierId,
      UUID releaseId,
      OriginalStore.Stored stored,
      String mediaType,
      VexDocumentContent content,
      SignatureCheck signature) {
    originals.keep(stored, mediaType);
    VexDocument document =
        VexDocument.received(
            supplierId,
            releaseId,
            content,
            stored.sha256(),
            mediaType,
            signature,
            warningsJson(content.warnings()),
            uploader(),
            clock.instant());
    documents.store(scopes.current(), document);
    Set<UUID> covered = new LinkedHashSet<>();
    for (VexDocumentStatement read : content.statements()) {
      VexStatement statement =
          VexStatement.imported(
              document, releaseId, read, productsJson.write(read.products()), clock.instant());
      statements.store(scopes.current(), statement);
      links.indexKeys(statement.id(), statement.vulnerabilityKeys());
      if (document.isTrusted()) {
        covered.addAll(applying.link(statement, read.products()));
      }
    }
    applying.refresh(covered);
    audit.record(
        supplierId,
        "vex.uploaded",
        "vex-document",
        document.id().toString(),
        Json.createObjectBuilder()
            .add("format", document.format().name())
            .add("statements", document.statementCount())
            .add("findings", covered.size())
            .add("signature", signature.outcome().name().toLowerCase(Locale.ROOT))
            .add("original", stored.sha256())
            .build()
            .toString());
    return document.id();
  }

  private UUID release(UUID releaseId, String componentName, String version) {
    if (releaseId != null) {
      return catalogue
          .findRelease(releaseId)
          .map(ReleaseDetails::id)
          .orElseThrow(() -> new NotFoundException("Component release " + releaseId));
    }
    if (componentName == null || componentName.isBlank()) {
      return null;
    }
    return catalogue
        .findOwnRelease(componentName, version)
        .map(ReleaseDetails::id)
        .orElseThrow(
            () -> new NotFoundException("Component release " + componentName + " " + version));
  }

  private static String warningsJson(List<VexProblem> warnings) {
    if (warnings.isEmpty()) {
      return null;
    }
    JsonArrayBuilder array = Json.createArrayBuilder();
    List<VexProblem> kept = new ArrayList<>(warnings.subList(0, Math.min(1000, warnings.size())));
    for (VexProblem p : kept) {
      array.add(
          Json.createObjectBuilder()
              .add("location", p.location() == null ? "$" : p.location())
              .add("message", p.message()));
    }
    return array.build().toString();
  }

  /** Who uploads: the caller, or start-up work acting for a supplier (the demo's evidence). */
  private String uploader() {
    return caller.get().map(org.provena.identity.domain.Caller::username).orElse(AuditTrail.SYSTEM);
  }
}
