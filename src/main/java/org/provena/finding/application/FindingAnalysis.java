package org.provena.finding.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.provena.finding.domain.RiskControl;
import org.provena.finding.domain.SafetyImpact;
import org.provena.finding.domain.TriageState;
import org.provena.finding.domain.VexJustification;
import org.provena.finding.domain.VexStatus;

/**
 * An open finding with everything a vulnerability disclosure report states about it: the
 * vulnerability's ratings as the feeds give them (both CVSS versions, EPSS, KEV), the supplier's
 * current VEX answer and the manufacturer's latest assessment.
 *
 * @param supplierAnswer null while the supplier has not answered
 * @param assessment null while the manufacturer has not assessed the finding
 */
public record FindingAnalysis(
    UUID findingId,
    UUID componentReleaseId,
    UUID packageId,
    String vulnerabilityId,
    List<String> aliases,
    String summary,
    Instant publishedAt,
    String severity,
    BigDecimal cvssV40Score,
    String cvssV40Vector,
    BigDecimal cvssV31Score,
    String cvssV31Vector,
    Double epss,
    Double epssPercentile,
    LocalDate kevDateAdded,
    LocalDate kevDueDate,
    Instant firstSeenAt,
    SupplierAnswer supplierAnswer,
    ManufacturerAssessment assessment) {

  public FindingAnalysis {
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
  }

  /**
   * The supplier's current VEX statement.
   *
   * @param sourceJustification the justification in the words of the document it came from (a
   *     CycloneDX {@code code_not_reachable}, say), finer than CISA's five
   */
  public record SupplierAnswer(
      VexStatus status,
      VexJustification justification,
      String sourceJustification,
      String impactStatement,
      String actionStatement,
      Instant issuedAt) {}

  /** The manufacturer's newest assessment of the finding. */
  public record ManufacturerAssessment(
      TriageState triageState,
      SafetyImpact safetyImpact,
      RiskControl riskControl,
      String comment,
      String assessedBy,
      Instant assessedAt) {}
}
