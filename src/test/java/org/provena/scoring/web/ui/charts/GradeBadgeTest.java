package org.provena.scoring.web.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.provena.scoring.domain.Grade;

class GradeBadgeTest {

  @Test
  void a_badge_shows_grade_and_score() {
    GradeBadge badge = new GradeBadge(Grade.B, 84);

    assertThat(badge.getText()).isEqualTo("B · 84");
    assertThat(badge.getElement().getAttribute("aria-label")).isEqualTo("Grade B, score 84");
    assertThat(badge.getElement().getAttribute("data-grade")).isEqualTo("B");
  }

  @Test
  void without_a_score_the_badge_shows_the_grade_alone() {
    assertThat(new GradeBadge(Grade.C, null).getText()).isEqualTo("C");
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({"A, success", "B, success", "C, contrast", "D, contrast", "E, error", "F, error"})
  void good_grades_are_green_middling_grey_and_poor_red(Grade grade, String colour) {
    assertThat(new GradeBadge(grade, 50).getElement().getThemeList())
        .containsExactlyInAnyOrder("badge", colour);
  }

  @Test
  void a_subject_without_a_score_is_marked_not_scored() {
    GradeBadge none = GradeBadge.none();

    assertThat(none.getText()).isEqualTo("not scored");
    assertThat(none.getElement().getAttribute("data-grade")).isEqualTo("none");
  }
}
