package org.provena.scoring.domain;

import java.util.Objects;

/**
 * One reason a score is what it is: a stable {@code code} (for tests, exports and weights), a short
 * label, the points it took away (zero or negative; a positive value only for a bonus the model
 * documents), a one-line explanation a reader understands without the model at hand, and a portal
 * path to the evidence behind it ({@code null} when there is none to show).
 */
public record Factor(String code, String label, int points, String explanation, String evidence) {

  public Factor {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(explanation, "explanation");
  }
}
