package org.provena.sbom.domain.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.provena.sbom.domain.quality.TestSboms.aComponent;
import static org.provena.sbom.domain.quality.TestSboms.anSbom;
import static org.provena.sbom.domain.quality.TestSboms.field;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.provena.sbom.domain.ParsedSbom;
import org.provena.sbom.domain.ParsedSbom.Field;
import org.provena.sbom.domain.quality.TestSboms.ComponentBuilder;

class NtiaProfileTest {

  private final QualityAssessor assessor = new QualityAssessor();

  private ProfileResult ntia(ParsedSbom sbom) {
    return assessor.assess(sbom, DeclaredSupport.NONE).ntia2021();
  }

  @Test
  void a_complete_sbom_scores_100_in_every_profile() {
    QualityReport report = assessor.assess(anSbom().build(), DeclaredSupport.NONE);

    for (QualityProfile profile : QualityProfile.values()) {
      ProfileResult result = report.resultFor(profile);
      assertThat(result.score()).as(profile.key()).isEqualTo(100);
      assertThat(result.fields()).allSatisfy(f -> assertThat(f.passed()).isTrue());
      assertThat(result.fields()).allSatisfy(f -> assertThat(f.fix()).isNull());
    }
  }

  @Test
  void ntia_checks_the_seven_minimum_elements_in_order() {
    assertThat(ntia(anSbom().build()).fields())
        .extracting(FieldCoverage::check)
        .containsExactly(
            "supplier",
            "componentName",
            "version",
            "uniqueIdentifier",
            "dependencies",
            "author",
            "timestamp");
  }

  @Test
  void a_component_without_supplier_is_missing_not_unknown() {
    FieldCoverage supplier =
        field(
            ntia(
                anSbom()
                    .components(aComponent("lib").supplier(null))
                    .dependency("app", "lib")
                    .build()),
            "supplier");

    assertThat(supplier.total()).isEqualTo(2);
    assertThat(supplier.present()).isEqualTo(1);
    assertThat(supplier.missing()).isEqualTo(1);
    assertThat(supplier.declaredUnknown()).isZero();
    assertThat(supplier.coverage()).isEqualTo(50.0);
    assertThat(supplier.passed()).isFalse();
  }

  @Test
  void a_supplier_declared_unknown_is_counted_apart_from_missing_and_does_not_pass() {
    FieldCoverage supplier =
        field(
            ntia(
                anSbom()
                    .components(aComponent("lib").supplier(null).unknown(Field.SUPPLIER))
                    .dependency("app", "lib")
                    .build()),
            "supplier");

    assertThat(supplier.declaredUnknown()).isEqualTo(1);
    assertThat(supplier.missing()).isZero();
    assertThat(supplier.coverage()).isEqualTo(50.0);
    assertThat(supplier.passed()).isFalse();
    assertThat(supplier.fix()).contains("1 declares it unknown");
  }

  @Test
  void a_supplier_written_as_noassertion_is_declared_unknown() {
    FieldCoverage supplier =
        field(
            ntia(anSbom().components(aComponent("lib").supplier("NOASSERTION")).build()),
            "supplier");

    assertThat(supplier.declaredUnknown()).isEqualTo(1);
    assertThat(supplier.present()).isEqualTo(1);
  }

  @Test
  void a_withheld_version_is_counted_apart_and_does_not_pass() {
    FieldCoverage version =
        field(
            ntia(
                anSbom()
                    .components(aComponent("lib").version(null).withheld(Field.VERSION))
                    .build()),
            "version");

    assertThat(version.declaredWithheld()).isEqualTo(1);
    assertThat(version.missing()).isZero();
    assertThat(version.passed()).isFalse();
    assertThat(version.fix()).contains("1 declares it withheld");
  }

  @Test
  void the_fix_names_how_many_components_lack_the_field_and_where_to_put_it() {
    ComponentBuilder[] withoutSupplier =
        IntStream.range(0, 41)
            .mapToObj(i -> aComponent("lib" + i).supplier(null))
            .toArray(ComponentBuilder[]::new);

    FieldCoverage supplier = field(ntia(anSbom().components(withoutSupplier).build()), "supplier");

    assertThat(supplier.fix())
        .isEqualTo(
            "Add a supplier to 41 components (CycloneDX components[].supplier, SPDX"
                + " PackageSupplier).");
  }

  @Test
  void the_primary_component_counts_like_any_other() {
    FieldCoverage version =
        field(ntia(anSbom().primary(aComponent("app").version(null)).build()), "version");

    assertThat(version.total()).isEqualTo(2);
    assertThat(version.missing()).isEqualTo(1);
    assertThat(version.fix()).startsWith("Add a version to 1 component (");
  }

  @Test
  void a_cpe_alone_is_a_unique_identifier() {
    FieldCoverage identifier =
        field(
            ntia(
                anSbom()
                    .components(
                        aComponent("lib").purl(null).cpe("cpe:2.3:a:acme:tls:3.1.4:*:*:*:*:*:*:*"))
                    .dependency("app", "lib")
                    .build()),
            "uniqueIdentifier");

    assertThat(identifier.passed()).isTrue();
  }

  @Test
  void a_component_without_purl_or_cpe_lacks_a_unique_identifier() {
    FieldCoverage identifier =
        field(
            ntia(
                anSbom().components(aComponent("lib").purl(null)).dependency("app", "lib").build()),
            "uniqueIdentifier");

    assertThat(identifier.missing()).isEqualTo(1);
    assertThat(identifier.fix()).contains("purl or CPE");
  }

  @Test
  void a_component_in_no_dependency_edge_is_missing_its_dependencies() {
    FieldCoverage dependencies =
        field(
            ntia(
                anSbom()
                    .components(aComponent("lib"), aComponent("orphan"))
                    .dependency("app", "lib")
                    .build()),
            "dependencies");

    assertThat(dependencies.total()).isEqualTo(3);
    assertThat(dependencies.present()).isEqualTo(2);
    assertThat(dependencies.missing()).isEqualTo(1);
    assertThat(dependencies.fix()).startsWith("Add dependency relationships for 1 component (");
  }

  @Test
  void a_leaf_that_is_only_a_dependency_target_is_covered() {
    FieldCoverage dependencies =
        field(
            ntia(
                anSbom()
                    .components(aComponent("lib"), aComponent("leaf"))
                    .dependency("app", "lib")
                    .dependency("lib", "leaf")
                    .build()),
            "dependencies");

    assertThat(dependencies.passed()).isTrue();
  }

  @Test
  void an_sbom_without_edges_has_no_dependency_coverage() {
    FieldCoverage dependencies =
        field(ntia(anSbom().components(aComponent("lib")).build()), "dependencies");

    assertThat(dependencies.missing()).isEqualTo(2);
    assertThat(dependencies.coverage()).isZero();
  }

  @Test
  void a_graph_declared_complete_covers_every_component() {
    FieldCoverage dependencies =
        field(
            ntia(anSbom().components(aComponent("lib")).dependenciesComplete(true).build()),
            "dependencies");

    assertThat(dependencies.passed()).isTrue();
  }

  @Test
  void dependencies_declared_unknown_are_counted_apart() {
    FieldCoverage dependencies =
        field(
            ntia(
                anSbom()
                    .components(
                        aComponent("lib"), aComponent("vendored").unknown(Field.DEPENDENCIES))
                    .dependency("app", "lib")
                    .build()),
            "dependencies");

    assertThat(dependencies.declaredUnknown()).isEqualTo(1);
    assertThat(dependencies.missing()).isZero();
  }

  @Test
  void an_sbom_without_author_fails_the_author_document_check() {
    FieldCoverage author = field(ntia(anSbom().author(null).build()), "author");

    assertThat(author.scope()).isEqualTo("document");
    assertThat(author.total()).isEqualTo(1);
    assertThat(author.missing()).isEqualTo(1);
    assertThat(author.coverage()).isZero();
    assertThat(author.fix()).contains("metadata.authors");
  }

  @Test
  void an_author_written_as_noassertion_is_declared_unknown() {
    FieldCoverage author = field(ntia(anSbom().author("NOASSERTION").build()), "author");

    assertThat(author.declaredUnknown()).isEqualTo(1);
    assertThat(author.passed()).isFalse();
  }

  @Test
  void an_sbom_without_timestamp_fails_the_timestamp_check() {
    FieldCoverage timestamp = field(ntia(anSbom().timestamp(null).build()), "timestamp");

    assertThat(timestamp.passed()).isFalse();
    assertThat(timestamp.fix()).contains("metadata.timestamp");
  }
}
