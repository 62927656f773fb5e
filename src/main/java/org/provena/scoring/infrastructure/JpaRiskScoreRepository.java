package org.provena.scoring.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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

  private static final int IN_CHUNK = 500;

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

  private static final String CURRENT =
      "select s from RiskScore s where s.subjectType = :type and "
          + ScopeFilter.on("s.supplierId")
          + " and s.computedAt = (select max(t.computedAt) from RiskScore t"
          + " where t.subjectType = s.subjectType and t.subjectId = s.subjectId)";

  @Override
  public Map<UUID, RiskScore> latest(
      SupplierScope scope, ScoreSubject subjectType, Collection<UUID> subjectIds) {
    Map<UUID, RiskScore> current = new HashMap<>();
    List<UUID> ids = List.copyOf(new LinkedHashSet<>(subjectIds));
    for (int from = 0; from < ids.size(); from += IN_CHUNK) {
      List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + IN_CHUNK));
      for (RiskScore s :
          ScopeFilter.bind(
                  em.createQuery(CURRENT + " and s.subjectId in :ids", RiskScore.class), scope)
              .setParameter("type", subjectType)
              .setParameter("ids", chunk)
              .getResultList()) {
        // Two computations in the same instant: the later stored one (higher id order is
        // arbitrary, so keep the first seen) — both hold the same outcome in practice.
        current.putIfAbsent(s.subjectId(), s);
      }
    }
    return current;
  }

  @Override
  public List<RiskScore> latestOfType(
      SupplierScope scope, ScoreSubject subjectType, PageRequest page) {
    return ScopeFilter.bind(
            em.createQuery(CURRENT + " order by s.value desc, s.subjectId", RiskScore.class), scope)
        .setParameter("type", subjectType)
        .setFirstResult(page.offset())
        .setMaxResults(page.limit())
        .getResultList();
  }

  @Override
  public List<RiskScore> latestOfSupplier(
      SupplierScope scope, ScoreSubject subjectType, UUID supplierId) {
    return ScopeFilter.bind(
            em.createQuery(
                CURRENT + " and s.supplierId = :supplier order by s.value, s.subjectId",
                RiskScore.class),
            scope)
        .setParameter("type", subjectType)
        .setParameter("supplier", supplierId)
        .getResultList();
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
    // Scores are only added, each under a fresh id: no read to find out whether it exists (a full
    // pass stores thousands).
    if (!em.contains(score)) {
      em.persist(score);
    }
  }
}
