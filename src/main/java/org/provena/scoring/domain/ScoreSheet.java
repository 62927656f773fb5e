package org.provena.scoring.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Collects factors and open items while a subject is scored and turns them into a {@link Score}:
 * the value is 100 plus the factors' points (clamped to 0–100), so the factors always add up to the
 * score; the grade is the value's, capped by a critical open item.
 */
final class ScoreSheet {

  private final List<Factor> factors = new ArrayList<>();
  private final List<OpenItem> items = new ArrayList<>();

  /** A group of factors whose deductions together never exceed {@code max} points. */
  final class Budget {
    private final String name;
    private double left;

    private Budget(String name, double max) {
      this.name = name;
      this.left = max;
    }

    /**
     * Deducts up to {@code points} (what is left of the budget): a factor with the rounded points,
     * or none when nothing is deducted.
     */
    void deduct(String code, String label, double points, String explanation, String evidence) {
      double taken = Math.min(Math.max(0, points), left);
      left -= taken;
      String why =
          taken < points - 0.5
              ? explanation + " (" + name + " deductions are limited; " + round(points) + " due)"
              : explanation;
      if (round(taken) > 0) {
        factors.add(new Factor(code, label, -round(taken), why, evidence));
      }
    }
  }

  Budget budget(String name, double max) {
    return new Budget(name, max);
  }

  /** A factor as computed (negative points deduct), added even when it rounds to zero. */
  void factor(String code, String label, int points, String explanation, String evidence) {
    factors.add(new Factor(code, label, points, explanation, evidence));
  }

  void item(String check, OpenItem.Severity severity, String message, String evidence) {
    items.add(new OpenItem(check, severity, message, evidence));
  }

  boolean hasItem(String check) {
    return items.stream().anyMatch(i -> i.check().equals(check));
  }

  Score score(ScoringWeights weights) {
    int sum = 100;
    for (Factor f : factors) {
      sum += f.points();
    }
    int value = Math.max(0, Math.min(100, sum));
    Grade grade = Grade.of(value);
    boolean critical = items.stream().anyMatch(i -> i.severity() == OpenItem.Severity.CRITICAL);
    if (critical && grade.compareTo(weights.criticalGradeCap()) < 0) {
      grade = weights.criticalGradeCap();
    }
    List<OpenItem> ordered = new ArrayList<>(items);
    ordered.sort(
        (a, b) ->
            a.severity() != b.severity()
                ? a.severity().compareTo(b.severity())
                : a.check().compareTo(b.check()));
    return new Score(value, grade, factors, ordered, ScoringModel.VERSION);
  }

  static int round(double points) {
    return (int) Math.round(points);
  }

  /**
   * Points for {@code n} occurrences of a problem that costs {@code each} the first time, never
   * more than {@code max} however many: {@code max × (1 − (1 − each/max)^n)}. Each further
   * occurrence costs less than the one before, so a count never grows the deduction without bound.
   */
  static double saturating(int n, double each, double max) {
    if (n <= 0 || each <= 0 || max <= 0) {
      return 0;
    }
    double step = Math.min(1, each / max);
    return max * (1 - Math.pow(1 - step, n));
  }

  static String plural(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  static String decimal(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  static String decimal2(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  /** At most three examples, "and n more" for the rest. */
  static String examples(List<String> all) {
    if (all.size() <= 3) {
      return String.join("; ", all);
    }
    return String.join("; ", all.subList(0, 3)) + "; and " + (all.size() - 3) + " more";
  }
}
