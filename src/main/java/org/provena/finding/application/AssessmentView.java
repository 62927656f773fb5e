package org.provena.finding.application;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.provena.finding.domain.Assessment;
import org.provena.finding.domain.RiskControl;
import org.provena.finding.domain.SafetyImpact;
import org.provena.finding.domain.TriageState;
import org.provena.finding.domain.UncontrolledRisk;

/**
 * One of the manufacturer's assessments of a finding, as the portal and the API show it. Never
 * shown to suppliers.
 *
 * @param safetyImpact null when the assessment does not say
 * @param riskControl null when the assessment does not say
 * @param uncontrolledSince when the risk became uncontrolled, as of this assessment (the first of
 *     the run of uncontrolled assessments it ends); null unless it calls the risk uncontrolled
 * @param customerNoticeDue when customers must have been told, 30 days after {@code
 *     uncontrolledSince} (FDA postmarket guidance); null unless uncontrolled
 * @param fixDue when the fix must have shipped, 60 days after {@code uncontrolledSince}; null
 *     unless uncontrolled
 */
public record AssessmentView(
    UUID id,
    UUID findingId,
    TriageState triageState,
    SafetyImpact safetyImpact,
    RiskControl riskControl,
    String comment,
    String assessedBy,
    Instant assessedAt,
    Instant uncontrolledSince,
    Instant customerNoticeDue,
    Instant fixDue) {

  /** Whether the FDA postmarket clocks run as of this assessment. */
  public boolean uncontrolled() {
    return uncontrolledSince != null;
  }

  static AssessmentView of(UUID findingId, Assessment a, Optional<UncontrolledRisk> risk) {
    return new AssessmentView(
        a.id(),
        findingId,
        a.triageState(),
        a.safetyImpact().orElse(null),
        a.riskControl().orElse(null),
        a.comment().orElse(null),
        a.assessedBy(),
        a.assessedAt(),
        risk.map(UncontrolledRisk::since).orElse(null),
        risk.map(UncontrolledRisk::customerNoticeDue).orElse(null),
        risk.map(UncontrolledRisk::fixDue).orElse(null));
  }
}
