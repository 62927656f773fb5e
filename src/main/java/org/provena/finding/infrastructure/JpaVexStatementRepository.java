package org.provena.finding.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.provena.finding.domain.VexStatement;
import org.provena.finding.domain.VexStatementRepository;
import org.provena.shared.domain.SupplierScope;
import org.provena.shared.infrastructure.ScopeFilter;

@ApplicationScoped
public class JpaVexStatementRepository implements VexStatementRepository {

  @PersistenceContext EntityManager em;

  @Override
  public Optional<VexStatement> find(SupplierScope scope, UUID id) {
    return ScopeFilter.bind(
            em.createQuery(
                "select s from VexStatement s where s.id = :id and "
                    + ScopeFilter.on("s.supplierId"),
                VexStatement.class),
            scope)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<VexStatement> historyOf(SupplierScope scope, UUID findingId) {
    return ScopeFilter.bind(
            em.createQuery(
                "select s from VexStatement s where s.findingId = :finding and "
                    + ScopeFilter.on("s.supplierId")
                    + " order by s.recordedAt, s.id",
                VexStatement.class),
            scope)
        .setParameter("finding", findingId)
        .getResultList();
  }

  @Override
  public List<VexStatement> listUnapplied(SupplierScope scope, UUID supplierId) {
    return ScopeFilter.bind(
            em.createQuery(
                "select s from VexStatement s where s.supplierId = :supplier"
                    + " and s.findingId is null and "
                    + ScopeFilter.on("s.supplierId")
                    + " order by s.recordedAt, s.id",
                VexStatement.class),
            scope)
        .setParameter("supplier", supplierId)
        .getResultList();
  }

  @Override
  public void store(SupplierScope scope, VexStatement statement) {
    ScopeFilter.requireWritable(scope, statement.supplierId(), "VEX statement " + statement.id());
    if (em.find(VexStatement.class, statement.id()) == null) {
      em.persist(statement);
    } else {
      em.merge(statement);
    }
  }
}
