package org.provena.finding.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.provena.audit.application.AuditTrail;
import org.provena.finding.domain.Finding;
import org.provena.finding.domain.FindingRepository;
import org.provena.finding.domain.VexClaim;
import org.provena.finding.domain.VexLinks;
import org.provena.finding.domain.VexProduct;
import org.provena.finding.domain.VexStatement;
import org.provena.finding.domain.VexStatementRepository;
import org.provena.identity.application.CurrentCaller;
import org.provena.shared.domain.NotFoundException;
import org.provena.shared.domain.NotPermittedException;
import org.provena.supplier.application.SupplierScopeResolver;

/**
 * A supplier answers a finding in the portal: a VEX statement like one from a document, about the
 * finding's package in that release, so that it also covers the same package and vulnerability in
 * the release's next SBOM. The portal asks for a complete answer (CISA minimum requirements).
 */
@ApplicationScoped
@Transactional
public class VexAnswers {

  @Inject FindingRepository findings;
  @Inject FindingQueries findingQueries;
  @Inject VexStatementRepository statements;
  @Inject VexLinks links;
  @Inject VexApplying applying;
  @Inject ProductsJson productsJson;
  @Inject SupplierScopeResolver scopes;
  @Inject CurrentCaller caller;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  /**
   * @throws IllegalArgumentException the answer is incomplete (what is missing is said)
   */
  public VexStatementView answer(UUID findingId, VexClaim claim) {
    if (scopes.current().supplier().isEmpty()) {
      throw new NotPermittedException("Only the supplier answers for its findings");
    }
    Finding finding =
        findings
            .find(scopes.current(), findingId)
            .orElseThrow(() -> new NotFoundException("Finding " + findingId));
    FindingView view = findingQueries.find(findingId).orElseThrow();
    if (!finding.isOpen()) {
      throw new IllegalArgumentException(
          "This finding is resolved (" + view.resolution() + "): there is nothing to answer");
    }
    List<String> ids = new ArrayList<>();
    ids.add(view.vulnerabilityId());
    ids.addAll(view.aliases());
    VexProduct product =
        new VexProduct(
            view.purl(),
            null,
            null,
            null,
            view.purl() == null ? view.packageName() : null,
            view.purl() == null ? view.packageVersion() : null,
            null);
    VexStatement statement =
        VexStatement.answered(
            finding,
            ids,
            productsJson.write(List.of(product)),
            claim,
            caller.require().username(),
            clock.instant());
    statements.store(scopes.current(), statement);
    links.indexKeys(statement.id(), statement.vulnerabilityKeys());
    // The answered finding is among those its product covers: apply links and refreshes them all.
    List<UUID> covered = new ArrayList<>(applying.apply(statement, List.of(product)));
    audit.record(
        finding.supplierId(),
        "vex.answered",
        "finding",
        finding.id().toString(),
        Json.createObjectBuilder()
            .add("vulnerability", view.vulnerabilityId())
            .add("package", view.purl() == null ? view.packageName() : view.purl())
            .add("status", claim.status().name().toLowerCase(Locale.ROOT))
            .add("statement", statement.id().toString())
            .add("findings", covered.size())
            .build()
            .toString());
    return VexStatementView.of(statement, links.findingsOf(statement.id()).size());
  }
}
