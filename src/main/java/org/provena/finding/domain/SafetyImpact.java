package org.provena.finding.domain;

/**
 * The worst harm exploiting the vulnerability could do to a patient or user, on the severity scale
 * of ISO 14971 risk management.
 */
public enum SafetyImpact {
  NONE,
  NEGLIGIBLE,
  MINOR,
  SERIOUS,
  CRITICAL,
  CATASTROPHIC
}
