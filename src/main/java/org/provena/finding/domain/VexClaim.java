package org.provena.finding.domain;

import java.util.Objects;

/**
 * What a VEX statement claims: a status, and the justification, impact statement or action
 * statement that goes with it. Incomplete claims are accepted as data (an uploaded document is what
 * it is) and {@link #isComplete() judged} by scoring.
 */
public record VexClaim(
    VexStatus status,
    VexJustification justification,
    String impactStatement,
    String actionStatement) {

  public VexClaim {
    Objects.requireNonNull(status, "status");
  }

  /**
   * CISA "Minimum Requirements for VEX" (2023): {@code not_affected} needs a justification or an
   * impact statement, {@code affected} an action statement.
   */
  public boolean isComplete() {
    switch (status) {
      case NOT_AFFECTED:
        return justification != null || !isBlank(impactStatement);
      case AFFECTED:
        return !isBlank(actionStatement);
      default:
        return true;
    }
  }

  /** What a claim short of the CISA minimum requirements lacks, in words; null when complete. */
  public String whatIsMissing() {
    if (isComplete()) {
      return null;
    }
    return status == VexStatus.NOT_AFFECTED
        ? "not_affected needs a justification or an impact statement (CISA minimum requirements"
            + " for VEX)"
        : "affected needs an action statement: what users should do (CISA minimum requirements"
            + " for VEX)";
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
