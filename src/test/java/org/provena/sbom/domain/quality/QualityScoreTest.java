package org.provena.sbom.domain.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.provena.sbom.domain.quality.TestSboms.aComponent;
import static org.provena.sbom.domain.quality.TestSboms.anSbom;
import static org.provena.sbom.domain.quality.TestSboms.field;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.provena.sbom.domain.ParsedSbom;

class QualityScoreTest {

  private final QualityAssessor assessor = new QualityAssessor();

  private QualityReport assess(ParsedSbom sbom) {
    return assessor.assess(sbom, DeclaredSupport.NONE);
  }

  @Test
  void the_score_is_the_mean_of_the_checks_coverage() {
    // 4 components, one without supplier: supplier 75 %, six other checks 100 % -> 675 / 7 = 96.4
    ParsedSbom sbom =
        anSbom()
            .components(aComponent("a"), aComponent("b"), aComponent("c").supplier(null))
            .dependenciesComplete(true)
            .build();

    ProfileResult ntia = assess(sbom).ntia2021();

    assertThat(field(ntia, "supplier").coverage()).isEqualTo(75.0);
    assertThat(ntia.score()).isEqualTo(96);
  }

  @Test
  void a_failed_document_check_costs_its_whole_share() {
    // NTIA has seven checks: without a timestamp 600 / 7 = 85.7 -> 86
    assertThat(assess(anSbom().timestamp(null).build()).ntia2021().score()).isEqualTo(86);
  }

  @Test
  void coverage_has_one_decimal_and_the_score_uses_the_exact_mean() {
    // 3 components, two without version: 33.3 %; NTIA score (33.33 + 600) / 7 = 90.47 -> 90
    ParsedSbom sbom =
        anSbom()
            .components(aComponent("a").version(null), aComponent("b").version(null))
            .dependenciesComplete(true)
            .build();

    ProfileResult ntia = assess(sbom).ntia2021();

    assertThat(field(ntia, "version").coverage()).isEqualTo(33.3);
    assertThat(ntia.score()).isEqualTo(90);
  }

  @Test
  void an_sbom_without_components_has_zero_component_coverage_and_says_so() {
    ParsedSbom empty = anSbom().withoutPrimary().components().build();

    QualityReport report = assess(empty);

    FieldCoverage supplier = field(report.ntia2021(), "supplier");
    assertThat(supplier.total()).isZero();
    assertThat(supplier.coverage()).isZero();
    assertThat(supplier.passed()).isFalse();
    assertThat(supplier.fix()).isEqualTo("The SBOM lists no components.");
    assertThat(field(report.bsi(), "sha512").fix()).isEqualTo("The SBOM lists no components.");
    assertThat(report.fda().score()).isZero();
    // NTIA: only author and timestamp (2 of 7 checks) are met -> 200 / 7 = 28.6 -> 29
    assertThat(report.ntia2021().score()).isEqualTo(29);
  }

  @Test
  void the_counts_of_every_check_add_up_to_its_total() {
    ParsedSbom messy =
        anSbom()
            .components(
                aComponent("a").supplier(null).hashes(),
                aComponent("b").version(null).purl(null).licence("NOASSERTION"),
                aComponent("c").withoutSupportProperties().property("eos", "unknown"))
            .dependency("app", "a")
            .tool(null, null)
            .build();

    QualityReport report = assess(messy);

    for (QualityProfile profile : QualityProfile.values()) {
      assertThat(report.resultFor(profile).fields())
          .allSatisfy(
              f ->
                  assertThat(f.present() + f.declaredUnknown() + f.declaredWithheld() + f.missing())
                      .isEqualTo(f.total()));
    }
  }

  @Test
  void every_failed_check_tells_the_supplier_what_to_change() {
    ParsedSbom poor =
        anSbom()
            .spdx("SPDX-2.3")
            .author(null)
            .timestamp(null)
            .tool(null, null)
            .authorContact(null)
            .containingVulnerabilities()
            .components(
                aComponent("a").supplier(null).version(null).purl(null).hashes().licence(null))
            .build();

    QualityReport report = assess(poor);

    for (QualityProfile profile : QualityProfile.values()) {
      assertThat(report.resultFor(profile).fields())
          .filteredOn(f -> !f.passed())
          .allSatisfy(f -> assertThat(f.fix()).isNotBlank().endsWith("."));
    }
  }

  @Test
  void each_profile_reports_under_its_rest_contract_key() {
    QualityReport report = assess(anSbom().build());

    assertThat(
            Arrays.stream(QualityProfile.values()).map(p -> report.resultFor(p).profile()).toList())
        .containsExactly("ntia2021", "cisa2026", "bsi", "fda");
    assertThat(report.ntia2021().profile()).isEqualTo(QualityProfile.NTIA_2021.key());
    assertThat(report.bsi().profile()).isEqualTo("bsi");
  }

  @Test
  void checks_shared_by_profiles_read_the_same_everywhere() {
    QualityReport report = assess(anSbom().components(aComponent("a").supplier(null)).build());

    assertThat(field(report.ntia2021(), "supplier"))
        .isEqualTo(field(report.cisa2026(), "supplier"))
        .isEqualTo(field(report.bsi(), "supplier"));
  }
}
