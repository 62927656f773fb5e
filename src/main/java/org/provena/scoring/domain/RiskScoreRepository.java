package org.provena.scoring.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.provena.shared.domain.PageRequest;
import org.provena.shared.domain.SupplierScope;

/**
 * Risk scores, within the caller's supplier scope: a supplier sees its own component-release and
 * supplier scores, never device-release scores. Scores are only added.
 */
public interface RiskScoreRepository {

  Optional<RiskScore> find(SupplierScope scope, UUID id);

  /** The current score of a subject. */
  Optional<RiskScore> latest(SupplierScope scope, ScoreSubject subjectType, UUID subjectId);

  /** The current scores of many subjects of one type, by subject id; unscored ones are absent. */
  Map<UUID, RiskScore> latest(
      SupplierScope scope, ScoreSubject subjectType, Collection<UUID> subjectIds);

  /** The current score of every subject of a type the scope sees, best first, a page of them. */
  List<RiskScore> latestOfType(SupplierScope scope, ScoreSubject subjectType, PageRequest page);

  /**
   * The current scores of one supplier's subjects of a type (its releases' scores), worst first.
   */
  List<RiskScore> latestOfSupplier(SupplierScope scope, ScoreSubject subjectType, UUID supplierId);

  /** A subject's scores, newest first: its trend. */
  List<RiskScore> history(
      SupplierScope scope, ScoreSubject subjectType, UUID subjectId, PageRequest page);

  void store(SupplierScope scope, RiskScore score);
}
