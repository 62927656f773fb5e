package org.provena.finding.domain;

/** Where the manufacturer's own analysis of a finding stands. */
public enum TriageState {
  NEW,
  IN_TRIAGE,
  EXPLOITABLE,
  NOT_EXPLOITABLE,
  FALSE_POSITIVE,
  MITIGATED,
  RESOLVED
}
