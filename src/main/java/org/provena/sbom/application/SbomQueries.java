package org.provena.sbom.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Transactional;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.provena.sbom.domain.DependencyEdge;
import org.provena.sbom.domain.SbomDocument;
import org.provena.sbom.domain.SbomPackage;
import org.provena.sbom.domain.SbomPackageRepository;
import org.provena.sbom.domain.SbomProblem;
import org.provena.sbom.domain.SbomRepository;
import org.provena.sbom.domain.SbomStatus;
import org.provena.shared.domain.ArtifactHash;
import org.provena.shared.domain.PageRequest;
import org.provena.supplier.application.SupplierScopeResolver;

/** What callers may read about uploaded SBOMs, always in their supplier scope. */
@ApplicationScoped
@Transactional
public class SbomQueries {

  private static final Jsonb JSON = JsonbBuilder.create();
  private static final Type PROBLEMS =
      new ArrayList<SbomProblem>() {}.getClass().getGenericSuperclass();

  @Inject SbomRepository sboms;
  @Inject SbomPackageRepository packages;
  @Inject OriginalStore originals;
  @Inject InventoryReads inventories;
  @Inject SupplierScopeResolver scopes;

  public Optional<SbomView> find(UUID id) {
    return sboms.find(scopes.current(), id).map(SbomQueries::view);
  }

  public List<SbomView> ofRelease(UUID componentReleaseId) {
    return sboms.listByRelease(scopes.current(), componentReleaseId).stream()
        .map(SbomQueries::view)
        .toList();
  }

  /** A page of the inventory, each package with the ids of the packages it depends on. */
  public List<PackageView> packages(UUID sbomId, PageRequest page) {
    return packages(sbomId, null, page);
  }

  /** Packages whose name, purl or licence contain the filter text. */
  public long countPackages(UUID sbomId, String filter) {
    return packages.count(scopes.current(), sbomId, filter);
  }

  public List<PackageView> packages(UUID sbomId, String filter, PageRequest page) {
    List<SbomPackage> found = packages.search(scopes.current(), sbomId, filter, page);
    Map<UUID, List<UUID>> dependsOn = new HashMap<>();
    // Only the page's own edges: an SBOM of 300,000 packages has 600,000 of them.
    List<UUID> ids = found.stream().map(SbomPackage::id).toList();
    for (DependencyEdge edge : packages.edgesFrom(scopes.current(), sbomId, ids)) {
      dependsOn
          .computeIfAbsent(edge.fromPackageId(), k -> new ArrayList<>())
          .add(edge.toPackageId());
    }
    return found.stream()
        .map(
            p ->
                new PackageView(
                    p.id(),
                    p.bomRef().orElse(null),
                    p.packageType().orElse(null),
                    p.namespace().orElse(null),
                    p.name(),
                    p.version().orElse(null),
                    p.purl().orElse(null),
                    p.cpe().orElse(null),
                    p.licenceExpression().orElse(null),
                    p.supplierName().orElse(null),
                    p.hashes().stream().map(Object::toString).sorted().toList(),
                    dependsOn.getOrDefault(p.id(), List.of())))
        .toList();
  }

  /**
   * The whole current inventory of each of these releases, with hashes and dependency edges: for
   * exports of many releases at once. Releases without a processed SBOM are left out.
   */
  public List<ReleaseInventory> currentInventories(Collection<UUID> componentReleaseIds) {
    return componentReleaseIds.isEmpty()
        ? List.of()
        : inventories.currentOf(scopes.current(), componentReleaseIds);
  }

  /** A node of the dependency tree: a package and how many packages it depends on directly. */
  public record TreeNode(UUID id, String name, String version, String purl, long dependencies) {}

  /** The roots of the SBOM's dependency tree (packages nothing depends on), a page at a time. */
  public List<TreeNode> treeRoots(UUID sbomId, PageRequest page) {
    return packages.roots(scopes.current(), sbomId, page).stream().map(this::node).toList();
  }

  public long countTreeRoots(UUID sbomId) {
    return packages.countRoots(scopes.current(), sbomId);
  }

  /** What a package depends on directly, a page at a time. */
  public List<TreeNode> treeChildren(UUID packageId, PageRequest page) {
    return packages.dependenciesOf(scopes.current(), packageId, page).stream()
        .map(this::node)
        .toList();
  }

  public long countTreeChildren(UUID packageId) {
    return packages.countDependenciesOf(scopes.current(), packageId);
  }

  private TreeNode node(SbomPackage p) {
    return new TreeNode(
        p.id(),
        p.name(),
        p.version().orElse(null),
        p.purl().orElse(null),
        packages.countDependenciesOf(scopes.current(), p.id()));
  }

  /**
   * The hashes of the artifact a release's current SBOM describes (its primary component's), for
   * checking attestation subjects against what was delivered; empty when there is none.
   */
  public Set<ArtifactHash> deliveredArtifactHashes(UUID componentReleaseId) {
    return sboms.listByRelease(scopes.current(), componentReleaseId).stream()
        .filter(s -> s.status() == SbomStatus.PROCESSED && s.supersededAt().isEmpty())
        .findFirst()
        .flatMap(SbomDocument::primaryPackageId)
        .flatMap(id -> packages.find(scopes.current(), id))
        .map(SbomPackage::hashes)
        .orElse(Set.of());
  }

  /** The caller's releases whose current SBOM's primary component has one of these hashes. */
  public List<UUID> releasesDelivering(Collection<ArtifactHash> hashes) {
    Set<String> values = new java.util.HashSet<>();
    hashes.forEach(h -> values.add(h.value()));
    List<UUID> releases = new ArrayList<>();
    for (Object[] row : sboms.releasesWithPrimaryHashValues(scopes.current(), values)) {
      ArtifactHash hash =
          new ArtifactHash((org.provena.shared.domain.HashAlgorithm) row[1], (String) row[2]);
      UUID release = (UUID) row[0];
      if (hashes.contains(hash) && !releases.contains(release)) {
        releases.add(release);
      }
    }
    return releases;
  }

  /** The stored original, byte for byte, if the caller may see the document. */
  public Optional<Path> original(UUID sbomId) {
    return sboms.find(scopes.current(), sbomId).map(s -> originals.path(s.originalSha256()));
  }

  private static SbomView view(SbomDocument s) {
    List<SbomProblem> errors =
        s.validationErrors()
            .map(json -> JSON.<List<SbomProblem>>fromJson(json, PROBLEMS))
            .orElse(List.of());
    return new SbomView(
        s.id(),
        s.componentReleaseId(),
        s.status().name().toLowerCase(Locale.ROOT),
        s.format().map(Enum::name).orElse(null),
        s.specVersion().orElse(null),
        s.originalSha256(),
        s.mediaType().orElse(null),
        s.packageCount().orElse(null),
        s.serialNumber().orElse(null),
        s.author().orElse(null),
        s.toolName().orElse(null),
        s.toolVersion().orElse(null),
        s.documentTimestamp().orElse(null),
        s.lifecycle().orElse(null),
        s.uploadedBy(),
        s.uploadedAt(),
        s.processedAt().orElse(null),
        s.supersededAt().orElse(null),
        errors,
        s.qualityReport().orElse(null));
  }
}
