package org.provena.finding.web.rest;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.provena.finding.application.AssessmentView;

/**
 * The manufacturer's assessment of a finding in the API: {@code triageState} (new, in_triage,
 * exploitable, not_exploitable, false_positive, mitigated, resolved), {@code safetyImpact} (none,
 * negligible, minor, serious, critical, catastrophic), {@code riskControl} (controlled,
 * uncontrolled), {@code comment}, who made it and when. While the risk is uncontrolled, {@code
 * uncontrolledSince} and the FDA postmarket deadlines it sets: {@code customerNoticeDue} (30 days)
 * and {@code fixDue} (60 days).
 */
public record AssessmentResponse(
    UUID id,
    String triageState,
    String safetyImpact,
    String riskControl,
    String comment,
    String assessedBy,
    Instant assessedAt,
    Instant uncontrolledSince,
    Instant customerNoticeDue,
    Instant fixDue) {

  static AssessmentResponse of(AssessmentView a) {
    return a == null
        ? null
        : new AssessmentResponse(
            a.id(),
            lower(a.triageState()),
            lower(a.safetyImpact()),
            lower(a.riskControl()),
            a.comment(),
            a.assessedBy(),
            a.assessedAt(),
            a.uncontrolledSince(),
            a.customerNoticeDue(),
            a.fixDue());
  }

  private static String lower(Enum<?> value) {
    return value == null ? null : value.name().toLowerCase(Locale.ROOT);
  }
}
