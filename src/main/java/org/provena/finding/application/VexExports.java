package org.provena.finding.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.provena.component.application.ComponentCatalogue;
import org.provena.component.application.ReleaseDetails;
import org.provena.finding.domain.VexProduct;
import org.provena.finding.domain.VexStatement;
import org.provena.finding.domain.VexStatementRepository;
import org.provena.shared.domain.ArtifactHash;
import org.provena.shared.domain.HashAlgorithm;
import org.provena.shared.domain.NotFoundException;
import org.provena.shared.domain.PageRequest;
import org.provena.supplier.application.SupplierDirectory;
import org.provena.supplier.application.SupplierScopeResolver;

/**
 * A component release's VEX as one document: for every open finding of its current SBOM that the
 * supplier answered, its current statement — the release as the product, the package as the
 * subcomponent. What a manufacturer passes on with a device, and what the supplier can check.
 */
@ApplicationScoped
@Transactional
public class VexExports {

  private static final int PAGE = 500;

  @Inject ComponentCatalogue catalogue;
  @Inject SupplierDirectory suppliers;
  @Inject FindingQueries findings;
  @Inject VexStatementRepository statements;
  @Inject org.provena.finding.domain.VexLinks links;
  @Inject VexWriter writer;
  @Inject SupplierScopeResolver scopes;
  @Inject Clock clock;

  /** The document and a file name for it. */
  public record Export(String fileName, String mediaType, byte[] content) {}

  public Export export(UUID releaseId, VexExportFormat format) {
    ReleaseDetails release =
        catalogue
            .findRelease(releaseId)
            .orElseThrow(() -> new NotFoundException("Component release " + releaseId));
    String supplier =
        suppliers.find(release.supplierId()).map(s -> s.name()).orElse("unknown supplier");
    List<VexExportDocument.Statement> exported = new ArrayList<>();
    Instant newest = null;
    FindingFilter answered = new FindingFilter(null, Set.of(), false, false);
    for (int offset = 0; ; offset += PAGE) {
      List<FindingView> page =
          findings.ofRelease(releaseId, answered, new PageRequest(offset, PAGE));
      for (FindingView f : page) {
        if (f.vexStatus() == null) {
          continue;
        }
        List<VexStatement> history = statements.historyOf(scopes.current(), f.id());
        if (history.isEmpty()) {
          continue;
        }
        VexStatement current = history.get(history.size() - 1);
        newest =
            newest == null || current.effectiveAt().isAfter(newest)
                ? current.effectiveAt()
                : newest;
        exported.add(
            new VexExportDocument.Statement(
                f.vulnerabilityId(),
                f.aliases(),
                new VexProduct(
                    f.purl(), null, null, null, f.packageName(), f.packageVersion(), null),
                current.claim(),
                current.sourceJustification().orElse(null),
                current.effectiveAt()));
      }
      if (page.size() < PAGE) {
        break;
      }
    }
    VexProduct product =
        new VexProduct(
            release.purl(),
            release.cpe(),
            hashes(release.hashes()),
            null,
            release.componentName(),
            release.version(),
            null);
    VexExportDocument document =
        new VexExportDocument(
            "urn:uuid:"
                + UUID.nameUUIDFromBytes(
                    ("provena-vex:" + releaseId).getBytes(StandardCharsets.UTF_8)),
            supplier,
            newest == null ? clock.instant() : newest,
            Math.max(1, links.statementsOfRelease(releaseId)),
            product,
            exported);
    String base =
        (release.componentName() + "-" + release.version()).replaceAll("[^A-Za-z0-9._-]", "_");
    return format == VexExportFormat.OPENVEX
        ? new Export(base + ".openvex.json", "application/json", writer.write(format, document))
        : new Export(
            base + ".vex.cdx.json",
            "application/vnd.cyclonedx+json",
            writer.write(format, document));
  }

  /** Release hashes come as "SHA256:…" labels. */
  private static Set<ArtifactHash> hashes(List<String> labels) {
    Set<ArtifactHash> hashes = new LinkedHashSet<>();
    for (String label : labels) {
      int colon = label.indexOf(':');
      if (colon > 0) {
        HashAlgorithm.parse(label.substring(0, colon))
            .ifPresent(a -> hashes.add(new ArtifactHash(a, label.substring(colon + 1))));
      }
    }
    return hashes;
  }
}
