package org.provena.finding.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A finding as the findings grid and the REST API show it: the package, the vulnerability with what
 * tells how urgent it is (severity, CVSS, EPSS, KEV), the versions that fix it, and how it was
 * matched.
 *
 * @param cvssScore the v4.0 base score where the feeds give one, else v3.1
 * @param fixedVersions the fixed versions the matching advisories name for this package
 * @param vexStatus the supplier's current VEX answer ({@code NOT_AFFECTED} …); null when it has not
 *     answered
 * @param assessment the manufacturer's current assessment; null when there is none, and always for
 *     a supplier (the reads leave it out of a supplier's scope)
 */
public record FindingView(
    UUID id,
    UUID sbomId,
    UUID componentReleaseId,
    UUID packageId,
    String packageName,
    String packageVersion,
    String purl,
    UUID vulnerabilityUuid,
    String vulnerabilityId,
    List<String> aliases,
    String summary,
    String severity,
    BigDecimal cvssScore,
    String cvssVector,
    Double epss,
    Double epssPercentile,
    boolean kev,
    LocalDate kevDueDate,
    List<String> fixedVersions,
    String state,
    Instant firstSeenAt,
    Instant resolvedAt,
    String resolution,
    String matchedBy,
    String matchNote,
    String vexStatus,
    Instant vexAt,
    AssessmentView assessment) {}
