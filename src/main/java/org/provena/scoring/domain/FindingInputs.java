package org.provena.scoring.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * An open finding of a release as scoring sees it: the vulnerability's severity inputs, when it was
 * first seen, the supplier's current VEX answer and the manufacturer's latest assessment.
 *
 * @param vulnerabilityId the vulnerability's primary id (CVE, GHSA …)
 * @param packageLabel the package's name and version
 * @param severity the feed's severity label ({@code CRITICAL} … {@code NONE}, {@code UNKNOWN});
 *     used when no CVSS score is known
 * @param cvssV4 CVSS 4.0 base score; null when the feeds give none
 * @param cvssV31 CVSS 3.1 base score; null when the feeds give none
 * @param epss EPSS probability 0–1; null when unknown
 * @param kevDateAdded the day CISA added it to the KEV catalogue; null when not listed
 * @param kevDueDate the KEV catalogue's due date; null when none
 * @param vex the supplier's current answer; null when there is none
 * @param assessment the manufacturer's latest assessment; null when there is none
 */
public record FindingInputs(
    UUID findingId,
    String vulnerabilityId,
    String packageLabel,
    String severity,
    Double cvssV4,
    Double cvssV31,
    Double epss,
    LocalDate kevDateAdded,
    LocalDate kevDueDate,
    Instant firstSeenAt,
    Vex vex,
    Assessment assessment) {

  public FindingInputs {
    Objects.requireNonNull(findingId, "findingId");
    Objects.requireNonNull(vulnerabilityId, "vulnerabilityId");
    Objects.requireNonNull(firstSeenAt, "firstSeenAt");
  }

  public boolean kev() {
    return kevDateAdded != null;
  }

  /** The CVSS base score scoring uses: v4.0 where present, else v3.1; null when neither. */
  public Double cvss() {
    return cvssV4 != null ? cvssV4 : cvssV31;
  }

  /**
   * The supplier's current VEX answer.
   *
   * @param status {@code NOT_AFFECTED}, {@code AFFECTED}, {@code FIXED} or {@code
   *     UNDER_INVESTIGATION}
   * @param justification one of CISA's five justifications; null when none was given
   * @param impactStatement free text that CISA accepts in place of a justification
   * @param actionStatement what the user should do (expected with {@code AFFECTED})
   * @param at when the answer was made
   * @param documentSignature the signature outcome of the document the answer came in ({@code
   *     VALID}, {@code UNSIGNED}); null for an answer given in the portal
   */
  public record Vex(
      String status,
      String justification,
      String impactStatement,
      String actionStatement,
      Instant at,
      String documentSignature) {

    public Vex {
      Objects.requireNonNull(status, "status");
    }
  }

  /**
   * The manufacturer's latest assessment.
   *
   * @param triageState {@code NEW}, {@code IN_TRIAGE}, {@code EXPLOITABLE}, {@code
   *     NOT_EXPLOITABLE}, {@code FALSE_POSITIVE}, {@code MITIGATED} or {@code RESOLVED}
   * @param safetyImpact ISO 14971 severity; may be null
   * @param riskControl {@code CONTROLLED} or {@code UNCONTROLLED}; may be null
   * @param uncontrolledSince when the unbroken run of assessments calling the risk uncontrolled
   *     began (the FDA's 30/60-day clock); null unless the latest says uncontrolled
   */
  public record Assessment(
      String triageState,
      String safetyImpact,
      String riskControl,
      Instant assessedAt,
      Instant uncontrolledSince) {

    public Assessment {
      Objects.requireNonNull(triageState, "triageState");
    }
  }
}
