package org.provena.sbom.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.provena.sbom.domain.DependencyEdge;
import org.provena.sbom.domain.SbomDocument;
import org.provena.sbom.domain.SbomPackage;
import org.provena.sbom.domain.SbomPackageRepository;
import org.provena.shared.domain.PageRequest;
import org.provena.shared.domain.SupplierScope;
import org.provena.shared.infrastructure.ScopeFilter;

@ApplicationScoped
public class JpaSbomPackageRepository implements SbomPackageRepository {

  @PersistenceContext EntityManager em;

  @Override
  public Optional<SbomPackage> find(SupplierScope scope, UUID id) {
    return ScopeFilter.bind(
            em.createQuery(
                "select p from SbomPackage p where p.id = :id and "
                    + ScopeFilter.on("p.supplierId"),
                SbomPackage.class),
            scope)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<SbomPackage> search(SupplierScope scope, UUID sbomId, String text, PageRequest page) {
    return ScopeFilter.bind(
            em.createQuery(
                "select p from SbomPackage p where p.sbomId = :sbom and "
                    + MATCHES
                    + " and "
                    + ScopeFilter.on("p.supplierId")
                    + " order by p.name, p.version, p.id",
                SbomPackage.class),
            scope)
        .setParameter("sbom", sbomId)
        .setParameter("text", pattern(text))
        .setFirstResult(page.offset())
        .setMaxResults(page.limit())
        .getResultList();
  }

  @Override
  public long count(SupplierScope scope, UUID sbomId, String text) {
    return ScopeFilter.bind(
            em.createQuery(
                "select count(p) from SbomPackage p where p.sbomId = :sbom and "
                    + MATCHES
                    + " and "
                    + ScopeFilter.on("p.supplierId"),
                Long.class),
            scope)
        .setParameter("sbom", sbomId)
        .setParameter("text", pattern(text))
        .getSingleResult();
  }

  private static final String ROOTS =
      " from SbomPackage p where p.sbomId = :sbom and not exists (select e from DependencyEdge e"
          + " where e.toPackageId = p.id) and ";

  @Override
  public List<SbomPackage> roots(SupplierScope scope, UUID sbomId, PageRequest page) {
    return ScopeFilter.bind(
            em.createQuery(
                "select p" + ROOTS + ScopeFilter.on("p.supplierId") + " order by p.name, p.id",
                SbomPackage.class),
            scope)
        .setParameter("sbom", sbomId)
        .setFirstResult(page.offset())
        .setMaxResults(page.limit())
        .getResultList();
  }

  @Override
  public long countRoots(SupplierScope scope, UUID sbomId) {
    return ScopeFilter.bind(
            em.createQuery("select count(p)" + ROOTS + ScopeFilter.on("p.supplierId"), Long.class),
            scope)
        .setParameter("sbom", sbomId)
        .getSingleResult();
  }

  private static final String CHILDREN =
      " from SbomPackage p, DependencyEdge e where e.fromPackageId = :parent"
          + " and p.id = e.toPackageId and ";

  @Override
  public List<SbomPackage> dependenciesOf(SupplierScope scope, UUID packageId, PageRequest page) {
    return ScopeFilter.bind(
            em.createQuery(
                "select p" + CHILDREN + ScopeFilter.on("p.supplierId") + " order by p.name, p.id",
                SbomPackage.class),
            scope)
        .setParameter("parent", packageId)
        .setFirstResult(page.offset())
        .setMaxResults(page.limit())
        .getResultList();
  }

  @Override
  public long countDependenciesOf(SupplierScope scope, UUID packageId) {
    return ScopeFilter.bind(
            em.createQuery(
                "select count(p)" + CHILDREN + ScopeFilter.on("p.supplierId"), Long.class),
            scope)
        .setParameter("parent", packageId)
        .getSingleResult();
  }

  /** Name, purl or licence contain the text, ignoring case; an empty text matches all. */
  private static final String MATCHES =
      "(lower(p.name) like :text or lower(p.purl) like :text"
          + " or lower(p.licenceExpression) like :text)";

  private static String pattern(String text) {
    String plain = text == null ? "" : text.trim().toLowerCase(java.util.Locale.ROOT);
    return "%" + plain.replace("\\", "").replace("%", "").replace("_", "") + "%";
  }

  @Override
  public List<SbomPackage> listBySbom(SupplierScope scope, UUID sbomId, PageRequest page) {
    return ScopeFilter.bind(
            em.createQuery(
                "select p from SbomPackage p where p.sbomId = :sbom and "
                    + ScopeFilter.on("p.supplierId")
                    + " order by p.name, p.version, p.id",
                SbomPackage.class),
            scope)
        .setParameter("sbom", sbomId)
        .setFirstResult(page.offset())
        .setMaxResults(page.limit())
        .getResultList();
  }

  @Override
  public List<DependencyEdge> edgesOf(SupplierScope scope, UUID sbomId) {
    // Edges carry no owner column; the owner is their document's.
    return ScopeFilter.bind(
            em.createQuery(
                "select e from DependencyEdge e, SbomDocument d"
                    + " where e.sbomId = :sbom and d.id = e.sbomId and "
                    + ScopeFilter.on("d.supplierId"),
                DependencyEdge.class),
            scope)
        .setParameter("sbom", sbomId)
        .getResultList();
  }

  @Override
  public void storeInventory(
      SupplierScope scope,
      SbomDocument sbom,
      List<SbomPackage> packages,
      List<DependencyEdge> edges) {
    ScopeFilter.requireWritable(scope, sbom.supplierId(), "SBOM " + sbom.id());
    Set<UUID> packageIds = new HashSet<>();
    for (SbomPackage p : packages) {
      if (!p.sbomId().equals(sbom.id())) {
        throw new IllegalArgumentException("Package " + p.id() + " is not in SBOM " + sbom.id());
      }
      packageIds.add(p.id());
    }
    for (DependencyEdge e : edges) {
      if (!packageIds.contains(e.fromPackageId()) || !packageIds.contains(e.toPackageId())) {
        throw new IllegalArgumentException("An edge joins packages not stored with it");
      }
    }
    packages.forEach(em::persist);
    // Packages must exist before the edges that reference them.
    em.flush();
    edges.forEach(em::persist);
  }
}
