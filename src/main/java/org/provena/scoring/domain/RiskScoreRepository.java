package org.provena.scoring.domain;

import java.util.List;
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

  /** A subject's scores, newest first: its trend. */
  List<RiskScore> history(
      SupplierScope scope, ScoreSubject subjectType, UUID subjectId, PageRequest page);

  void store(SupplierScope scope, RiskScore score);
}
