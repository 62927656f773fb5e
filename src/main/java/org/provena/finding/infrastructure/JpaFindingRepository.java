package org.provena.finding.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.provena.finding.domain.Finding;
import org.provena.finding.domain.FindingRepository;
import org.provena.finding.domain.FindingState;
import org.provena.shared.domain.PageRequest;
import org.provena.shared.domain.SupplierScope;
import org.provena.shared.infrastructure.ScopeFilter;

@ApplicationScoped
public class JpaFindingRepository implements FindingRepository {

  @PersistenceContext EntityManager em;

  @Override
  public Optional<Finding> find(SupplierScope scope, UUID id) {
    return ScopeFilter.bind(
            em.createQuery(
                "select f from Finding f where f.id = :id and " + ScopeFilter.on("f.supplierId"),
                Finding.class),
            scope)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Finding> list(SupplierScope scope, PageRequest page) {
    return ScopeFilter.bind(
            em.createQuery(
                "select f from Finding f where "
                    + ScopeFilter.on("f.supplierId")
                    + " order by f.firstSeenAt desc, f.id",
                Finding.class),
            scope)
        .setFirstResult(page.offset())
        .setMaxResults(page.limit())
        .getResultList();
  }

  @Override
  public List<Finding> findOpenByRelease(SupplierScope scope, UUID componentReleaseId) {
    return ScopeFilter.bind(
            em.createQuery(
                "select f from Finding f where f.componentReleaseId = :release"
                    + " and f.state = :state and "
                    + ScopeFilter.on("f.supplierId")
                    + " order by f.firstSeenAt, f.id",
                Finding.class),
            scope)
        .setParameter("release", componentReleaseId)
        .setParameter("state", FindingState.OPEN)
        .getResultList();
  }

  @Override
  public Optional<Finding> findByMatch(SupplierScope scope, UUID packageId, UUID vulnerabilityId) {
    return ScopeFilter.bind(
            em.createQuery(
                "select f from Finding f where f.packageId = :package"
                    + " and f.vulnerabilityId = :vulnerability and "
                    + ScopeFilter.on("f.supplierId"),
                Finding.class),
            scope)
        .setParameter("package", packageId)
        .setParameter("vulnerability", vulnerabilityId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void store(SupplierScope scope, Finding finding) {
    ScopeFilter.requireWritable(scope, finding.supplierId(), "Finding " + finding.id());
    if (em.find(Finding.class, finding.id()) == null) {
      em.persist(finding);
    } else {
      em.merge(finding);
    }
  }
}
