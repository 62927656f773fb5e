package org.provena.scoring.domain;

import java.util.List;

/**
 * The weighted mean suppliers and device releases roll their component releases' scores up with.
 */
final class RollUp {

  /** A score with the weight its position gives it before the worst-weighs-more adjustment. */
  record Entry(int value, double base) {}

  private RollUp() {}

  /**
   * {@code Σ wᵢ·sᵢ / Σ wᵢ} with {@code wᵢ = baseᵢ × (1 + bias × (100 − sᵢ) / 100)}: a release
   * scoring 40 weighs {@code 1 + 0.6 × bias} times what a perfect one in the same position does, so
   * one bad release is not averaged away by many good ones. When every weight is zero, all weigh
   * the same.
   */
  static double worstWeightedMean(List<Entry> entries, double bias) {
    double sum = 0;
    double weights = 0;
    for (Entry e : entries) {
      double w = e.base() * (1 + bias * (100 - e.value()) / 100.0);
      sum += w * e.value();
      weights += w;
    }
    if (weights == 0) {
      return entries.stream().mapToInt(Entry::value).average().orElse(100);
    }
    return sum / weights;
  }
}
