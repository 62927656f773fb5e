package org.provena.scoring.domain;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of scoring one subject: a value from 0 to 100, its grade (which a critical open item
 * may cap below what the value alone earns), the factors that produced it, the open items found,
 * and the version of the scoring model that computed it.
 */
public record Score(
    int value, Grade grade, List<Factor> factors, List<OpenItem> openItems, String modelVersion) {

  public Score {
    if (value < 0 || value > 100) {
      throw new IllegalArgumentException("A score lies between 0 and 100: " + value);
    }
    Objects.requireNonNull(grade, "grade");
    factors = List.copyOf(factors);
    openItems = List.copyOf(openItems);
    Objects.requireNonNull(modelVersion, "modelVersion");
  }
}
