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
    // The statement-finding link is a plain table (vex_statement_finding), not an entity: a
    // subquery in SQL, the statements mapped as entities.
    @SuppressWarnings("unchecked")
    List<VexStatement> history =
        em.createNativeQuery(
                "select s.* from vex_statement s where s.id in (select l.statement_id from"
                    + " vex_statement_finding l where l.finding_id = ?)"
                    + " and (? = TRUE or s.supplier_id = ?)"
                    + " order by "
                    + JdbcVexLinks.EFFECTIVE
                    + ", s.recorded_at, s.id",
                VexStatement.class)
            .setParameter(1, findingId)
            .setParameter(2, scope.seesAllSuppliers())
            .setParameter(3, scope.supplier().orElse(new UUID(0L, 0L)))
            .getResultList();
    return history;
  }

  @Override
  public List<VexStatement> ofDocument(SupplierScope scope, UUID documentId) {
    return ScopeFilter.bind(
            em.createQuery(
                "select s from VexStatement s where s.documentId = :document and "
                    + ScopeFilter.on("s.supplierId")
                    + " order by s.location, s.id",
                VexStatement.class),
            scope)
        .setParameter("document", documentId)
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
