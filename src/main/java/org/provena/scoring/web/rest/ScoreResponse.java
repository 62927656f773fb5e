package org.provena.scoring.web.rest;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.provena.scoring.application.ScoreView;
import org.provena.scoring.domain.Factor;
import org.provena.scoring.domain.OpenItem;

/**
 * A score as the API gives it: {@code score} 0–100, {@code grade} A–F, the {@code factors} that
 * produced it (largest deduction first), the {@code openItems} (most severe first), the {@code
 * trend} against the previous score and the {@code history} (oldest first).
 */
public record ScoreResponse(
    String subjectType,
    UUID subjectId,
    UUID supplierId,
    int score,
    String grade,
    int trend,
    List<FactorResponse> factors,
    List<OpenItemResponse> openItems,
    String modelVersion,
    Instant computedAt,
    List<HistoryResponse> history) {

  /** One factor: points taken (negative) or given, and why. */
  public record FactorResponse(
      String code, String label, int points, String explanation, String evidence) {

    static FactorResponse of(Factor f) {
      return new FactorResponse(f.code(), f.label(), f.points(), f.explanation(), f.evidence());
    }
  }

  /** One failing check, what it concerns and what would close it. */
  public record OpenItemResponse(String check, String severity, String message, String evidence) {

    static OpenItemResponse of(OpenItem i) {
      return new OpenItemResponse(
          i.check(), i.severity().name().toLowerCase(Locale.ROOT), i.message(), i.evidence());
    }
  }

  /** One earlier score. */
  public record HistoryResponse(Instant at, int score, String grade) {}

  static ScoreResponse of(ScoreView v) {
    return new ScoreResponse(
        v.subjectType().name().toLowerCase(Locale.ROOT),
        v.subjectId(),
        v.supplierId(),
        v.value(),
        v.grade().name(),
        v.trend(),
        v.factors().stream().map(FactorResponse::of).toList(),
        v.openItems().stream().map(OpenItemResponse::of).toList(),
        v.modelVersion(),
        v.computedAt(),
        v.history().stream()
            .map(h -> new HistoryResponse(h.at(), h.value(), h.grade().name()))
            .toList());
  }
}
