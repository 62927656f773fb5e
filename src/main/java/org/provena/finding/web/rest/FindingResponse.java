package org.provena.finding.web.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.provena.finding.application.FindingView;

/**
 * A finding in the API: {@code purl}, {@code vulnerabilityId}, {@code aliases}, {@code severity},
 * {@code cvss}, {@code epss}, {@code kev}, {@code fixedVersions}, how it was matched, and the
 * supplier's current VEX answer ({@code vex}: not_affected, affected, fixed, under_investigation;
 * absent while unanswered), and for the manufacturer its current {@code assessment} (absent when
 * there is none, and always for a supplier).
 */
public record FindingResponse(
    UUID id,
    UUID sbomId,
    UUID componentReleaseId,
    String packageName,
    String packageVersion,
    String purl,
    String vulnerabilityId,
    List<String> aliases,
    String summary,
    String severity,
    Cvss cvss,
    Epss epss,
    Kev kev,
    List<String> fixedVersions,
    String state,
    Instant firstSeenAt,
    Instant resolvedAt,
    String resolution,
    String matchedBy,
    String matchNote,
    String vex,
    Instant vexAt,
    AssessmentResponse assessment) {

  /** The v4.0 rating where the feeds give one, else v3.1. */
  public record Cvss(BigDecimal score, String vector) {}

  public record Epss(Double score, Double percentile) {}

  /** {@code listed} false when CISA does not list it as known exploited. */
  public record Kev(boolean listed, LocalDate dueDate) {}

  static FindingResponse of(FindingView f) {
    return new FindingResponse(
        f.id(),
        f.sbomId(),
        f.componentReleaseId(),
        f.packageName(),
        f.packageVersion(),
        f.purl(),
        f.vulnerabilityId(),
        f.aliases(),
        f.summary(),
        f.severity().toLowerCase(java.util.Locale.ROOT),
        f.cvssScore() == null && f.cvssVector() == null
            ? null
            : new Cvss(f.cvssScore(), f.cvssVector()),
        f.epss() == null ? null : new Epss(f.epss(), f.epssPercentile()),
        new Kev(f.kev(), f.kevDueDate()),
        f.fixedVersions(),
        f.state().toLowerCase(java.util.Locale.ROOT),
        f.firstSeenAt(),
        f.resolvedAt(),
        f.resolution(),
        f.matchedBy(),
        f.matchNote(),
        f.vexStatus() == null ? null : f.vexStatus().toLowerCase(java.util.Locale.ROOT),
        f.vexAt(),
        AssessmentResponse.of(f.assessment()));
  }
}
