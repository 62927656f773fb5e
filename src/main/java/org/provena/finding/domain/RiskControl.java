package org.provena.finding.domain;

/**
 * Whether the residual risk is controlled, in the sense of the FDA's "Postmarket Management of
 * Cybersecurity in Medical Devices" (2016): uncontrolled risk must be communicated to customers
 * within 30 days and fixed within 60.
 */
public enum RiskControl {
  CONTROLLED,
  UNCONTROLLED
}
