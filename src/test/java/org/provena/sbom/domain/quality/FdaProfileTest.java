package org.provena.sbom.domain.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.provena.sbom.domain.quality.TestSboms.aComponent;
import static org.provena.sbom.domain.quality.TestSboms.anSbom;
import static org.provena.sbom.domain.quality.TestSboms.field;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.provena.sbom.domain.ParsedSbom;

class FdaProfileTest {

  private final QualityAssessor assessor = new QualityAssessor();

  private ProfileResult fda(ParsedSbom sbom, DeclaredSupport release) {
    return assessor.assess(sbom, release).fda();
  }

  private static ParsedSbom withLibrarySupport(String name, String value) {
    return anSbom()
        .components(aComponent("lib").withoutSupportProperties().property(name, value))
        .build();
  }

  @Test
  void fda_checks_level_of_support_and_end_of_support() {
    assertThat(fda(anSbom().build(), DeclaredSupport.NONE).fields())
        .extracting(FieldCoverage::check)
        .containsExactly("levelOfSupport", "endOfSupport");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "levelOfSupport",
        "level-of-support",
        "LEVEL_OF_SUPPORT",
        "support-level",
        "cdx:support-level",
        "fda:levelOfSupport"
      })
  void a_level_of_support_is_read_whatever_its_spelling(String name) {
    FieldCoverage level =
        field(
            fda(withLibrarySupport(name, "security fixes only"), DeclaredSupport.NONE),
            "levelOfSupport");

    assertThat(level.present()).isEqualTo(2);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"endOfSupport", "end-of-support", "EOS", "support-end-date", "cdx:end-of-support"})
  void an_end_of_support_date_is_read_whatever_its_spelling(String name) {
    FieldCoverage end =
        field(fda(withLibrarySupport(name, "2030-06-30"), DeclaredSupport.NONE), "endOfSupport");

    assertThat(end.present()).isEqualTo(2);
  }

  @Test
  void an_end_of_support_given_as_a_date_time_counts() {
    FieldCoverage end =
        field(
            fda(withLibrarySupport("endOfSupport", "2030-06-30T00:00:00Z"), DeclaredSupport.NONE),
            "endOfSupport");

    assertThat(end.passed()).isTrue();
  }

  @Test
  void a_component_without_support_properties_is_missing_both() {
    ProfileResult result =
        fda(
            anSbom().components(aComponent("lib").withoutSupportProperties()).build(),
            DeclaredSupport.NONE);

    assertThat(field(result, "levelOfSupport").missing()).isEqualTo(1);
    assertThat(field(result, "endOfSupport").missing()).isEqualTo(1);
    assertThat(result.score()).isEqualTo(50);
  }

  @Test
  void a_declared_unknown_end_of_support_is_unknown_not_missing() {
    FieldCoverage end =
        field(
            fda(withLibrarySupport("endOfSupport", "Unknown"), DeclaredSupport.NONE),
            "endOfSupport");

    assertThat(end.declaredUnknown()).isEqualTo(1);
    assertThat(end.missing()).isZero();
    assertThat(end.coverage()).isEqualTo(50.0);
    assertThat(end.passed()).isFalse();
  }

  @Test
  void a_declared_unknown_level_of_support_is_unknown_not_missing() {
    FieldCoverage level =
        field(
            fda(withLibrarySupport("support-level", "unknown"), DeclaredSupport.NONE),
            "levelOfSupport");

    assertThat(level.declaredUnknown()).isEqualTo(1);
  }

  @Test
  void an_end_of_support_that_is_not_a_date_is_missing_and_the_fix_says_so() {
    FieldCoverage end =
        field(
            fda(withLibrarySupport("endOfSupport", "next year"), DeclaredSupport.NONE),
            "endOfSupport");

    assertThat(end.missing()).isEqualTo(1);
    assertThat(end.fix()).contains("of these, 1 gives a date that is not yyyy-mm-dd");
  }

  @Test
  void the_primary_falls_back_to_the_support_declared_on_the_release() {
    ParsedSbom sbom = anSbom().primary(aComponent("app").withoutSupportProperties()).build();

    ProfileResult silent = fda(sbom, DeclaredSupport.NONE);
    ProfileResult declared =
        fda(sbom, new DeclaredSupport("ACTIVELY_MAINTAINED", LocalDate.of(2032, 12, 31)));

    assertThat(silent.score()).isEqualTo(50);
    assertThat(declared.score()).isEqualTo(100);
    assertThat(declared.fields()).allSatisfy(f -> assertThat(f.passed()).isTrue());
  }

  @Test
  void the_release_declaration_does_not_cover_other_components() {
    ParsedSbom sbom =
        anSbom()
            .primary(aComponent("app").withoutSupportProperties())
            .components(aComponent("lib").withoutSupportProperties())
            .build();

    FieldCoverage level =
        field(
            fda(sbom, new DeclaredSupport("ACTIVELY_MAINTAINED", LocalDate.of(2032, 12, 31))),
            "levelOfSupport");

    assertThat(level.present()).isEqualTo(1);
    assertThat(level.missing()).isEqualTo(1);
  }

  @Test
  void a_release_declaring_its_support_unknown_makes_the_primary_unknown() {
    FieldCoverage level =
        field(
            fda(
                anSbom().primary(aComponent("app").withoutSupportProperties()).build(),
                new DeclaredSupport("UNKNOWN", null)),
            "levelOfSupport");

    assertThat(level.declaredUnknown()).isEqualTo(1);
    assertThat(level.missing()).isZero();
  }

  @Test
  void a_release_date_answers_where_the_sbom_only_says_unknown() {
    FieldCoverage end =
        field(
            fda(
                anSbom()
                    .primary(
                        aComponent("app")
                            .withoutSupportProperties()
                            .property("endOfSupport", "unknown"))
                    .build(),
                new DeclaredSupport(null, LocalDate.of(2032, 12, 31))),
            "endOfSupport");

    assertThat(end.passed()).isTrue();
  }
}
