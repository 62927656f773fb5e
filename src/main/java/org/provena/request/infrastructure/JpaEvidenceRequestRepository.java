package org.provena.request.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.provena.request.domain.EvidenceRequest;
import org.provena.request.domain.EvidenceRequestRepository;
import org.provena.request.domain.RequestState;
import org.provena.shared.domain.PageRequest;
import org.provena.shared.domain.SupplierScope;
import org.provena.shared.infrastructure.ScopeFilter;

@ApplicationScoped
public class JpaEvidenceRequestRepository implements EvidenceRequestRepository {

  @PersistenceContext EntityManager em;

  @Override
  public Optional<EvidenceRequest> find(SupplierScope scope, UUID id) {
    return ScopeFilter.bind(
            em.createQuery(
                "select r from EvidenceRequest r where r.id = :id and "
                    + ScopeFilter.on("r.supplierId"),
                EvidenceRequest.class),
            scope)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<EvidenceRequest> list(SupplierScope scope, PageRequest page) {
    return ScopeFilter.bind(
            em.createQuery(
                "select r from EvidenceRequest r where "
                    + ScopeFilter.on("r.supplierId")
                    + " order by r.dueDate, r.requestedAt, r.id",
                EvidenceRequest.class),
            scope)
        .setFirstResult(page.offset())
        .setMaxResults(page.limit())
        .getResultList();
  }

  @Override
  public List<EvidenceRequest> listAwaitingSupplier(SupplierScope scope) {
    return ScopeFilter.bind(
            em.createQuery(
                "select r from EvidenceRequest r where r.state in :states and "
                    + ScopeFilter.on("r.supplierId")
                    + " order by r.dueDate, r.requestedAt, r.id",
                EvidenceRequest.class),
            scope)
        .setParameter("states", List.of(RequestState.OPEN, RequestState.OVERDUE))
        .getResultList();
  }

  @Override
  public void store(SupplierScope scope, EvidenceRequest request) {
    ScopeFilter.requireWritable(scope, request.supplierId(), "Evidence request " + request.id());
    if (em.find(EvidenceRequest.class, request.id()) == null) {
      em.persist(request);
    } else {
      em.merge(request);
    }
  }
}
