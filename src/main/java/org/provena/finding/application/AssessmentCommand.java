package org.provena.finding.application;

import org.provena.finding.domain.RiskControl;
import org.provena.finding.domain.SafetyImpact;
import org.provena.finding.domain.TriageState;

/**
 * The manufacturer's assessment of a finding, as the security team enters it: a complete statement
 * (the portal pre-fills the current one), not a change to the one before.
 *
 * @param triageState required
 * @param safetyImpact the worst harm to a patient or user (ISO 14971 severity); required when
 *     exploitable
 * @param riskControl whether the residual risk is controlled (FDA postmarket guidance); required
 *     when exploitable, and while the risk is uncontrolled
 * @param comment why; required for not exploitable and false positive, at most {@value
 *     org.provena.finding.domain.Assessment#MAX_COMMENT} characters
 */
public record AssessmentCommand(
    TriageState triageState, SafetyImpact safetyImpact, RiskControl riskControl, String comment) {}
