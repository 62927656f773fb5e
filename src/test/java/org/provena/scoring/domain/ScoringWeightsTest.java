package org.provena.scoring.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoringWeightsTest {

  @Test
  void defaults_are_the_documented_values() {
    ScoringWeights w = ScoringWeights.defaults();

    assertThat(w.value(ScoringWeights.FINDING_WORST_POINTS)).isEqualTo(20);
    assertThat(w.value(ScoringWeights.SLA_CRITICAL_DAYS)).isEqualTo(15);
    assertThat(w.criticalGradeCap()).isEqualTo(Grade.D);
    assertThat(ScoringWeights.parse(Map.of())).isEqualTo(w);
  }

  @Test
  void configured_keys_override_their_defaults_and_others_are_left_alone() {
    ScoringWeights w =
        ScoringWeights.parse(
            Map.of(
                "provena.scoring.sla.critical-days", " 7 ",
                "provena.scoring.critical-grade-cap", "e",
                "provena.attestation.secure-development-renewal-months", "12"));

    assertThat(w.value(ScoringWeights.SLA_CRITICAL_DAYS)).isEqualTo(7);
    assertThat(w.value(ScoringWeights.SLA_HIGH_DAYS)).isEqualTo(30);
    assertThat(w.criticalGradeCap()).isEqualTo(Grade.E);
  }

  @Test
  void an_unknown_key_is_refused_by_name() {
    assertThatThrownBy(() -> ScoringWeights.parse(Map.of("provena.scoring.sla.critcal-days", "7")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("provena.scoring.sla.critcal-days");
  }

  @Test
  void a_value_that_is_no_number_or_out_of_range_is_refused_by_key() {
    assertThatThrownBy(() -> ScoringWeights.parse(Map.of("provena.scoring.finding.decay", "half")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("provena.scoring.finding.decay must be a number, not 'half'");
    assertThatThrownBy(() -> ScoringWeights.parse(Map.of("provena.scoring.finding.decay", "1")))
        .hasMessage("provena.scoring.finding.decay must lie between 0 and 0.95, not 1");
    assertThatThrownBy(() -> ScoringWeights.parse(Map.of("provena.scoring.sla.low-days", "-1")))
        .hasMessageContaining("provena.scoring.sla.low-days must lie between 0 and any larger");
    assertThatThrownBy(
            () -> ScoringWeights.parse(Map.of("provena.scoring.critical-grade-cap", "G")))
        .hasMessage("provena.scoring.critical-grade-cap must be a grade A to F, not 'G'");
    assertThatThrownBy(
            () -> ScoringWeights.parse(Map.of("provena.scoring.finding.max-points", "NaN")))
        .hasMessageContaining("provena.scoring.finding.max-points must lie between");
  }

  @Test
  void every_key_is_documented_with_its_default() throws IOException {
    String doc = Files.readString(Path.of("docs/scoring.md"));
    ScoringWeights.defaults()
        .values()
        .forEach(
            (key, value) ->
                assertThat(doc)
                    .as("docs/scoring.md documents " + key)
                    .containsPattern(
                        "`provena\\.scoring\\."
                            + key.replace(".", "\\.")
                            + "` *\\| *"
                            + (value == Math.rint(value)
                                ? Long.toString(value.longValue())
                                : value.toString().replace(".", "\\."))
                            + " *\\|"));
    assertThat(doc).contains("`provena.scoring.critical-grade-cap` | D |");
  }
}
