package org.provena.scoring.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.provena.scoring.domain.RiskScore;
import org.provena.scoring.domain.RiskScoreRepository;
import org.provena.scoring.domain.ScoreSubject;
import org.provena.shared.domain.PageRequest;
import org.provena.shared.domain.SupplierScope;
import org.provena.shared.infrastructure.ScopeFilter;

@ApplicationScoped
public class JpaRiskScoreRepository implements RiskScoreRepository {

  private static final String BY_SUBJECT =
      "select s from RiskScore s where s.subjectType = :type and s.subjectId = :subject and "
          + ScopeFilter.on("s.supplierId")
          + " order by s.computedAt desc, s.id";

  @PersistenceContext EntityManager em;

  @Override
  public Optional<RiskScore> find(SupplierScope scope, UUID id) {
    return ScopeFilter.bind(
            em.createQuery(
                "select s from RiskScore s where s.id = :id and " + ScopeFilter.on("s.supplierId"),
                RiskScore.class),
            scope)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<RiskScore> latest(SupplierScope scope, ScoreSubject subjectType, UUID subjectId) {
    return history(scope, subjectType, subjectId, PageRequest.first(1)).stream().findFirst();
  }

  @Override
  public List<RiskScore> history(
      SupplierScope scope, ScoreSubject subjectType, UUID subjectId, PageRequest page) {
    return ScopeFilter.bind(em.createQuery(BY_SUBJECT, RiskScore.class), scope)
        .setParameter("type", subjectType)
        .setParameter("subject", subjectId)
        .setFirstResult(page.offset())
        .setMaxResults(page.limit())
        .getResultList();
  }

  @Override
  public void store(SupplierScope scope, RiskScore score) {
    ScopeFilter.requireWritable(scope, score.supplierId().orElse(null), "Risk score " + score.id());
    if (em.find(RiskScore.class, score.id()) == null) {
      em.persist(score);
    }
  }
}
