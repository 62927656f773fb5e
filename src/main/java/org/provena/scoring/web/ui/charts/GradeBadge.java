package org.provena.scoring.web.ui.charts;

import com.vaadin.flow.component.html.Span;
import java.util.Objects;
import org.provena.scoring.domain.Grade;

/**
 * A grade as a Lumo badge, with the score when there is one ("B · 84"): green for A and B, grey for
 * C and D, red for E and F. {@link #none()} marks a subject that has not been scored yet. The grade
 * is also in {@code data-grade}, for tests and styles.
 */
public final class GradeBadge extends Span {

  private static final long serialVersionUID = 1L;

  /** A grade, and the score it belongs to ({@code null} to show the grade alone). */
  public GradeBadge(Grade grade, Integer value) {
    Objects.requireNonNull(grade, "grade");
    setText(value == null ? grade.name() : grade.name() + " · " + value);
    getElement().getThemeList().add("badge");
    getElement().getThemeList().add(theme(grade));
    getElement().setAttribute("data-grade", grade.name());
    getElement()
        .setAttribute("aria-label", "Grade " + grade + (value == null ? "" : ", score " + value));
  }

  private GradeBadge() {
    setText("not scored");
    getElement().getThemeList().add("badge");
    getElement().getThemeList().add("contrast");
    getElement().setAttribute("data-grade", "none");
  }

  /** The badge of a subject without a score. */
  public static GradeBadge none() {
    return new GradeBadge();
  }

  static String theme(Grade grade) {
    return switch (grade) {
      case A, B -> "success";
      case C, D -> "contrast";
      case E, F -> "error";
    };
  }
}
