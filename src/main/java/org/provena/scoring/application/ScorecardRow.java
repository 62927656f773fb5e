package org.provena.scoring.application;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.provena.scoring.domain.Factor;
import org.provena.scoring.domain.Grade;

/**
 * One supplier's line in a scorecard export: its current score and grade, the score before it and
 * the change ({@code score - previousScore}, 0 when there is no earlier score), its overdue
 * requests and open critical items, the factors that lowered it most, and when it was computed.
 */
public record ScorecardRow(
    UUID supplierId,
    String supplierName,
    int score,
    Grade grade,
    Integer previousScore,
    int trend,
    long overdueRequests,
    long openCriticalItems,
    List<Factor> topFactors,
    Instant computedAt) {

  public ScorecardRow {
    Objects.requireNonNull(supplierId, "supplierId");
    Objects.requireNonNull(supplierName, "supplierName");
    Objects.requireNonNull(grade, "grade");
    Objects.requireNonNull(computedAt, "computedAt");
    topFactors = List.copyOf(topFactors);
  }
}
