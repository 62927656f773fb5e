package org.provena.sbom.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.provena.sbom.domain.DependencyEdge;
import org.provena.sbom.domain.SbomDocument;
import org.provena.sbom.domain.SbomPackage;
import org.provena.sbom.domain.SbomPackageRepository;
import org.provena.shared.domain.ArtifactHash;
import org.provena.shared.domain.PageRequest;
import org.provena.shared.domain.SupplierScope;
import org.provena.shared.infrastructure.JdbcBatch;
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
  public List<DependencyEdge> edgesFrom(
      SupplierScope scope, UUID sbomId, java.util.Collection<UUID> packageIds) {
    if (packageIds.isEmpty()) {
      return List.of();
    }
    return ScopeFilter.bind(
            em.createQuery(
                "select e from DependencyEdge e, SbomDocument d where e.sbomId = :sbom"
                    + " and e.fromPackageId in :packages and d.id = e.sbomId and "
                    + ScopeFilter.on("d.supplierId"),
                DependencyEdge.class),
            scope)
        .setParameter("sbom", sbomId)
        .setParameter("packages", packageIds)
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
    // JDBC batches on the persistence context's own connection instead of em.persist: an SBOM of
    // 300,000
    // packages would otherwise sit in the persistence context, with EclipseLink's change-tracking
    // copies, until the commit — several times the heap the inventory itself needs — and be
    // written row by row. The rows are immutable and nobody reads them back in this transaction,
    // so the context loses nothing. Packages go first: hashes and edges reference them.
    // EclipseLink hands out the connection of the running transaction; it stays EclipseLink's.
    Connection connection = em.unwrap(Connection.class);
    try {
      insertPackages(connection, packages);
      insertHashes(connection, packages);
      insertEdges(connection, edges);
    } catch (SQLException e) {
      throw new PersistenceException("the inventory of SBOM " + sbom.id() + " was not stored", e);
    }
  }

  private static void insertPackages(Connection connection, List<SbomPackage> packages)
      throws SQLException {
    try (JdbcBatch batch =
        new JdbcBatch(
            connection,
            "insert into sbom_package (id, sbom_id, supplier_id, bom_ref, package_type, namespace,"
                + " name, package_version, purl, cpe, licence_expression, supplier_name,"
                + " match_key, match_version, match_name)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (SbomPackage p : packages) {
        PreparedStatement row = batch.row();
        row.setObject(1, p.id());
        row.setObject(2, p.sbomId());
        row.setObject(3, p.supplierId());
        row.setString(4, p.bomRef().orElse(null));
        row.setString(5, p.packageType().orElse(null));
        row.setString(6, p.namespace().orElse(null));
        row.setString(7, p.name());
        row.setString(8, p.version().orElse(null));
        row.setString(9, p.purl().orElse(null));
        row.setString(10, p.cpe().orElse(null));
        row.setString(11, p.licenceExpression().orElse(null));
        row.setString(12, p.supplierName().orElse(null));
        // Empty, not null, for a package with neither purl nor CPE: PackageKeyBackfill skips it.
        row.setString(13, p.matchKey().orElse(""));
        row.setString(14, p.matchVersion().orElse(null));
        row.setString(15, p.matchName().orElse(null));
        batch.add();
      }
    }
  }

  private static void insertHashes(Connection connection, List<SbomPackage> packages)
      throws SQLException {
    try (JdbcBatch batch =
        new JdbcBatch(
            connection,
            "insert into sbom_package_hash (package_id, algorithm, hash_value) values (?, ?, ?)")) {
      for (SbomPackage p : packages) {
        for (ArtifactHash hash : p.hashes()) {
          PreparedStatement row = batch.row();
          row.setObject(1, p.id());
          row.setString(2, hash.algorithm().name());
          row.setString(3, hash.value());
          batch.add();
        }
      }
    }
  }

  private static void insertEdges(Connection connection, List<DependencyEdge> edges)
      throws SQLException {
    try (JdbcBatch batch =
        new JdbcBatch(
            connection,
            "insert into sbom_dependency_edge (sbom_id, from_package_id, to_package_id)"
                + " values (?, ?, ?)")) {
      for (DependencyEdge e : edges) {
        PreparedStatement row = batch.row();
        row.setObject(1, e.sbomId());
        row.setObject(2, e.fromPackageId());
        row.setObject(3, e.toPackageId());
        batch.add();
      }
    }
  }
}
