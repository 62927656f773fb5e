package org.provena.finding.domain;

/** A finding is open while the vulnerable package is present; resolved once it no longer is. */
public enum FindingState {
  OPEN,
  RESOLVED
}
