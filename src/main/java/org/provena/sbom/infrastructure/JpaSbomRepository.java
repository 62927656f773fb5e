package org.provena.sbom.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.provena.sbom.domain.SbomDocument;
import org.provena.sbom.domain.SbomRepository;
import org.provena.shared.domain.PageRequest;
import org.provena.shared.domain.SupplierScope;
import org.provena.shared.infrastructure.ScopeFilter;
import org.provena.shared.infrastructure.UuidColumns;

@ApplicationScoped
public class JpaSbomRepository implements SbomRepository {

  @PersistenceContext EntityManager em;

  @Override
  public Optional<SbomDocument> find(SupplierScope scope, UUID id) {
    return ScopeFilter.bind(
            em.createQuery(
                "select d from SbomDocument d where d.id = :id and "
                    + ScopeFilter.on("d.supplierId"),
                SbomDocument.class),
            scope)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<SbomDocument> list(SupplierScope scope, PageRequest page) {
    return ScopeFilter.bind(
            em.createQuery(
                "select d from SbomDocument d where "
                    + ScopeFilter.on("d.supplierId")
                    + " order by d.uploadedAt desc, d.id",
                SbomDocument.class),
            scope)
        .setFirstResult(page.offset())
        .setMaxResults(page.limit())
        .getResultList();
  }

  @Override
  public List<SbomDocument> listByRelease(SupplierScope scope, UUID componentReleaseId) {
    return ScopeFilter.bind(
            em.createQuery(
                "select d from SbomDocument d where d.componentReleaseId = :release and "
                    + ScopeFilter.on("d.supplierId")
                    + " order by d.uploadedAt desc, d.id",
                SbomDocument.class),
            scope)
        .setParameter("release", componentReleaseId)
        .getResultList();
  }

  @Override
  public List<Object[]> releasesWithPrimaryHashValues(
      SupplierScope scope, Collection<String> values) {
    if (values.isEmpty()) {
      return List.of();
    }
    return ScopeFilter.bind(
            em.createQuery(
                "select s.componentReleaseId, h.algorithm, h.value"
                    + " from SbomDocument s, SbomPackage p join p.hashes h"
                    + " where p.id = s.primaryPackageId and s.supersededAt is null"
                    + " and s.status = org.provena.sbom.domain.SbomStatus.PROCESSED"
                    + " and h.value in :values and "
                    + ScopeFilter.on("s.supplierId"),
                Object[].class),
            scope)
        .setParameter("values", values)
        .getResultList();
  }

  @Override
  public void store(SupplierScope scope, SbomDocument sbom) {
    ScopeFilter.requireWritable(scope, sbom.supplierId(), "SBOM " + sbom.id());
    if (em.find(SbomDocument.class, sbom.id()) == null) {
      em.persist(sbom);
    } else {
      em.merge(sbom);
    }
  }

  @Override
  public List<UUID> supersedeOthers(SupplierScope scope, SbomDocument current, Instant now) {
    ScopeFilter.requireWritable(scope, current.supplierId(), "SBOM " + current.id());
    @SuppressWarnings("unchecked")
    List<Object> older =
        em.createNativeQuery(
                "select id from sbom_document where component_release_id = ? and id <> ?"
                    + " and status = 'PROCESSED' and superseded_at is null")
            .setParameter(1, current.componentReleaseId())
            .setParameter(2, current.id())
            .getResultList();
    List<UUID> ids = older.stream().map(UuidColumns::uuid).toList();
    if (!ids.isEmpty()) {
      em.createNativeQuery(
              "update sbom_document set superseded_at = ? where component_release_id = ?"
                  + " and id <> ? and status = 'PROCESSED' and superseded_at is null")
          .setParameter(1, java.sql.Timestamp.from(now))
          .setParameter(2, current.componentReleaseId())
          .setParameter(3, current.id())
          .executeUpdate();
    }
    return ids;
  }
}
