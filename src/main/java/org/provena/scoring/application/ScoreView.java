package org.provena.scoring.application;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.provena.scoring.domain.Factor;
import org.provena.scoring.domain.Grade;
import org.provena.scoring.domain.OpenItem;
import org.provena.scoring.domain.RiskScore;
import org.provena.scoring.domain.ScoreSubject;

/**
 * A current score as views and the API show it: value, grade, the factors that produced it (largest
 * deduction first), the open items (most severe first), and its history (oldest first).
 */
public record ScoreView(
    ScoreSubject subjectType,
    UUID subjectId,
    UUID supplierId,
    int value,
    Grade grade,
    List<Factor> factors,
    List<OpenItem> openItems,
    String modelVersion,
    Instant computedAt,
    List<HistoryPoint> history) {

  /** One earlier score of the same subject. */
  public record HistoryPoint(Instant at, int value, Grade grade) {}

  public ScoreView {
    factors = List.copyOf(factors);
    openItems = List.copyOf(openItems);
    history = List.copyOf(history);
  }

  static ScoreView of(RiskScore score, List<RiskScore> newestFirst) {
    ScoreJson.Explanation explanation = ScoreJson.read(score.factors());
    List<HistoryPoint> history =
        newestFirst.stream()
            .sorted(Comparator.comparing(RiskScore::computedAt))
            .map(s -> new HistoryPoint(s.computedAt(), s.value(), s.grade()))
            .toList();
    return new ScoreView(
        score.subjectType(),
        score.subjectId(),
        score.supplierId().orElse(null),
        score.value(),
        score.grade(),
        explanation.factors().stream().sorted(Comparator.comparingInt(Factor::points)).toList(),
        explanation.openItems().stream().sorted(Comparator.comparing(OpenItem::severity)).toList(),
        score.modelVersion(),
        score.computedAt(),
        history);
  }

  /** The score before the current one, if any: what the trend is measured against. */
  public Integer previousValue() {
    return history.size() < 2 ? null : history.get(history.size() - 2).value();
  }

  /** Points gained (positive) or lost since the previous score; 0 without one. */
  public int trend() {
    Integer previous = previousValue();
    return previous == null ? 0 : value - previous;
  }

  public long openItemsOf(OpenItem.Severity severity) {
    return openItems.stream().filter(i -> i.severity() == severity).count();
  }

  /** The deductions, largest first: what lowers the score, and what fixing would raise it by. */
  public List<Factor> deductions() {
    return factors.stream().filter(f -> f.points() < 0).toList();
  }
}
