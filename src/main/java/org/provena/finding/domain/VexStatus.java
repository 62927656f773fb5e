package org.provena.finding.domain;

/** VEX status, as CISA's minimum requirements for VEX, OpenVEX and CSAF name it. */
public enum VexStatus {
  NOT_AFFECTED,
  AFFECTED,
  FIXED,
  UNDER_INVESTIGATION
}
