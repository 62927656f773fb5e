package org.provena.attestation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SlsaBuildLevelsTest {

  static final String GENERATOR =
      "https://github.com/slsa-framework/slsa-github-generator/.github/workflows/"
          + "generator_generic_slsa3.yml@refs/tags/v2.1.0";

  static Provenance builtBy(String builderId) {
    return new Provenance(
        "https://slsa.dev/provenance/v1",
        builderId,
        "https://example.com/buildtype",
        null,
        null,
        null,
        List.of(),
        null,
        null,
        null);
  }

  @Test
  void no_provenance_is_level_0() {
    assertThat(SlsaBuildLevels.DEFAULT.levelOf(null, SignatureOutcome.VALID, GENERATOR)).isZero();
  }

  @Test
  void provenance_that_is_not_validly_signed_is_level_1_whoever_built_it() {
    assertThat(SlsaBuildLevels.DEFAULT.levelOf(builtBy(GENERATOR), SignatureOutcome.UNSIGNED, null))
        .isEqualTo(1);
    assertThat(SlsaBuildLevels.DEFAULT.levelOf(builtBy(GENERATOR), SignatureOutcome.INVALID, null))
        .isEqualTo(1);
  }

  @Test
  void provenance_the_allow_listed_builder_signed_itself_earns_its_level() {
    assertThat(
            SlsaBuildLevels.DEFAULT.levelOf(builtBy(GENERATOR), SignatureOutcome.VALID, GENERATOR))
        .isEqualTo(3);
    String runner = "https://github.com/actions/runner/github-hosted";
    assertThat(SlsaBuildLevels.DEFAULT.levelOf(builtBy(runner), SignatureOutcome.VALID, runner))
        .isEqualTo(2);
  }

  @Test
  void naming_an_allow_listed_builder_in_provenance_signed_with_the_suppliers_key_earns_nothing() {
    assertThat(SlsaBuildLevels.DEFAULT.levelOf(builtBy(GENERATOR), SignatureOutcome.VALID, null))
        .as("the builder id is the supplier's claim, not the platform's signature")
        .isEqualTo(1);
    assertThat(
            SlsaBuildLevels.DEFAULT.levelOf(
                builtBy("https://jenkins.acme.example/job/release"),
                SignatureOutcome.VALID,
                GENERATOR))
        .as("signed by the generator, but claiming another builder")
        .isEqualTo(1);
  }

  @Test
  void validly_signed_provenance_of_an_unknown_builder_is_level_1() {
    assertThat(
            SlsaBuildLevels.DEFAULT.levelOf(
                builtBy("https://jenkins.acme.example/job/release"),
                SignatureOutcome.VALID,
                "https://jenkins.acme.example/job/release"))
        .isEqualTo(1);
    assertThat(
            SlsaBuildLevels.DEFAULT.levelOf(
                builtBy("https://github.com/actions/runner/github-hosted-but-not"),
                SignatureOutcome.VALID,
                "https://github.com/actions/runner/github-hosted-but-not"))
        .isEqualTo(1);
  }

  @Test
  void the_configuration_string_is_read_into_exact_and_prefix_entries() {
    SlsaBuildLevels levels =
        SlsaBuildLevels.parse(
            "https://github.com/slsa-framework/slsa-github-generator/.github/workflows/"
                + "generator_generic_slsa3.yml@*=3, https://github.com/actions/runner/github-hosted=2");

    assertThat(levels.entries())
        .containsExactly(
            new SlsaBuildLevels.Entry(
                "https://github.com/slsa-framework/slsa-github-generator/.github/workflows/"
                    + "generator_generic_slsa3.yml@*",
                3),
            new SlsaBuildLevels.Entry("https://github.com/actions/runner/github-hosted", 2));
    assertThat(levels.levelOf(builtBy(GENERATOR), SignatureOutcome.VALID, GENERATOR)).isEqualTo(3);
    assertThat(
            levels.levelOf(
                builtBy(
                    "https://github.com/slsa-framework/slsa-github-generator/.github/workflows/"
                        + "builder_go_slsa3.yml@refs/tags/v2.1.0"),
                SignatureOutcome.VALID,
                "https://github.com/slsa-framework/slsa-github-generator/.github/workflows/builder_go_slsa3.yml@refs/tags/v2.1.0"))
        .isEqualTo(1);
  }

  @Test
  void a_builder_id_with_a_query_keeps_it() {
    SlsaBuildLevels levels = SlsaBuildLevels.parse("https://ci.example/builder?pool=secure=3");

    assertThat(levels.entries())
        .containsExactly(new SlsaBuildLevels.Entry("https://ci.example/builder?pool=secure", 3));
  }

  @Test
  void malformed_entries_are_refused_with_what_is_expected() {
    assertThatThrownBy(() -> SlsaBuildLevels.parse("https://ci.example/builder"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not 'builder-id=level'");
    assertThatThrownBy(() -> SlsaBuildLevels.parse("https://ci.example/builder=4"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("SLSA build levels of a builder run from 1 to 3, not 4");
    assertThatThrownBy(() -> SlsaBuildLevels.parse("*=3"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
