package org.provena.sbom.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.provena.shared.domain.PageRequest;
import org.provena.shared.domain.SupplierScope;

/** The inventory read from SBOMs: packages and dependency edges, within the supplier scope. */
public interface SbomPackageRepository {

  Optional<SbomPackage> find(SupplierScope scope, UUID id);

  /** The packages of one SBOM, by name and version. */
  List<SbomPackage> listBySbom(SupplierScope scope, UUID sbomId, PageRequest page);

  /** A page of the packages whose name, purl or licence contain the text (case-insensitive). */
  List<SbomPackage> search(SupplierScope scope, UUID sbomId, String text, PageRequest page);

  long count(SupplierScope scope, UUID sbomId, String text);

  /** Packages nothing in the SBOM depends on: the roots of its dependency tree. */
  List<SbomPackage> roots(SupplierScope scope, UUID sbomId, PageRequest page);

  long countRoots(SupplierScope scope, UUID sbomId);

  /** The packages this package depends on directly. */
  List<SbomPackage> dependenciesOf(SupplierScope scope, UUID packageId, PageRequest page);

  long countDependenciesOf(SupplierScope scope, UUID packageId);

  List<DependencyEdge> edgesOf(SupplierScope scope, UUID sbomId);

  /** The edges leaving the given packages of one SBOM (a page of its inventory, say). */
  List<DependencyEdge> edgesFrom(
      SupplierScope scope, UUID sbomId, java.util.Collection<UUID> packageIds);

  /**
   * Records the whole inventory of a processed SBOM at once; every package and edge must belong to
   * it.
   */
  void storeInventory(
      SupplierScope scope,
      SbomDocument sbom,
      List<SbomPackage> packages,
      List<DependencyEdge> edges);
}
