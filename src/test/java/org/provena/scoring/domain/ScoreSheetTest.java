package org.provena.scoring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.provena.scoring.domain.OpenItem.Severity;

class ScoreSheetTest {

  @ParameterizedTest
  @CsvSource({
    "0, 100, A",
    "-10, 90, A",
    "-11, 89, B",
    "-20, 80, B",
    "-21, 79, C",
    "-30, 70, C",
    "-31, 69, D",
    "-40, 60, D",
    "-41, 59, E",
    "-50, 50, E",
    "-51, 49, F",
    "-100, 0, F",
    "-180, 0, F"
  })
  void the_value_is_100_plus_the_factors_and_earns_its_grade(int points, int value, Grade grade) {
    ScoreSheet sheet = new ScoreSheet();
    sheet.factor("X", "x", points, "x", null);

    Score score = sheet.score(ScoringWeights.defaults());

    assertThat(score.value()).isEqualTo(value);
    assertThat(score.grade()).isEqualTo(grade);
  }

  @Test
  void a_critical_item_caps_a_good_grade_but_never_raises_a_bad_one() {
    ScoreSheet good = new ScoreSheet();
    good.item(Checks.KEV, Severity.CRITICAL, "KEV", null);
    ScoreSheet bad = new ScoreSheet();
    bad.factor("X", "x", -60, "x", null);
    bad.item(Checks.KEV, Severity.CRITICAL, "KEV", null);
    ScoreSheet high = new ScoreSheet();
    high.item(Checks.UNANSWERED, Severity.HIGH, "late", null);

    assertThat(good.score(ScoringWeights.defaults()).grade()).isEqualTo(Grade.D);
    assertThat(good.score(ScoringWeights.defaults()).value()).isEqualTo(100);
    assertThat(bad.score(ScoringWeights.defaults()).grade()).isEqualTo(Grade.F);
    assertThat(high.score(ScoringWeights.defaults()).grade()).isEqualTo(Grade.A);
  }

  @Test
  void a_budget_limits_what_its_factors_take_together() {
    ScoreSheet sheet = new ScoreSheet();
    ScoreSheet.Budget budget = sheet.budget("SBOM", 10);
    budget.deduct("A", "a", 6, "first", null);
    budget.deduct("B", "b", 6, "second", null);
    budget.deduct("C", "c", 6, "third", null);

    Score score = sheet.score(ScoringWeights.defaults());

    assertThat(score.value()).isEqualTo(90);
    assertThat(score.factors()).extracting(Factor::code).containsExactly("A", "B");
    assertThat(score.factors().get(1).explanation())
        .isEqualTo("second (SBOM deductions are limited; 6 due)");
  }

  @Test
  void a_count_costs_less_with_each_occurrence_and_never_more_than_its_limit() {
    assertThat(ScoreSheet.saturating(0, 6, 20)).isZero();
    assertThat(ScoreSheet.saturating(1, 6, 20))
        .isEqualTo(6.0, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(ScoreSheet.saturating(2, 6, 20))
        .isEqualTo(10.2, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(ScoreSheet.saturating(1000, 6, 20)).isLessThanOrEqualTo(20);
  }
}
