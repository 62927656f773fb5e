package org.provena.sbom.domain.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.provena.sbom.domain.quality.TestSboms.MD5_VALUE;
import static org.provena.sbom.domain.quality.TestSboms.SHA1_VALUE;
import static org.provena.sbom.domain.quality.TestSboms.SHA256_VALUE;
import static org.provena.sbom.domain.quality.TestSboms.aComponent;
import static org.provena.sbom.domain.quality.TestSboms.anSbom;
import static org.provena.sbom.domain.quality.TestSboms.field;

import org.junit.jupiter.api.Test;
import org.provena.sbom.domain.ParsedSbom;
import org.provena.sbom.domain.ParsedSbom.Field;
import org.provena.shared.domain.ArtifactHash;
import org.provena.shared.domain.HashAlgorithm;

class CisaProfileTest {

  private final QualityAssessor assessor = new QualityAssessor();

  private ProfileResult cisa(ParsedSbom sbom) {
    return assessor.assess(sbom, DeclaredSupport.NONE).cisa2026();
  }

  @Test
  void cisa_adds_hash_licence_tool_context_format_and_sbom_version_to_ntia() {
    assertThat(cisa(anSbom().build()).fields())
        .extracting(FieldCoverage::check)
        .containsExactly(
            "supplier",
            "componentName",
            "version",
            "uniqueIdentifier",
            "dependencies",
            "author",
            "timestamp",
            "hash",
            "licence",
            "toolNameVersion",
            "generationContext",
            "formatVersion",
            "sbomVersion");
  }

  @Test
  void a_component_without_hash_is_missing() {
    FieldCoverage hash =
        field(cisa(anSbom().components(aComponent("lib").hashes()).build()), "hash");

    assertThat(hash.missing()).isEqualTo(1);
    assertThat(hash.fix()).startsWith("Add a hash with its algorithm to 1 component (");
  }

  @Test
  void a_hash_declared_withheld_is_counted_apart() {
    FieldCoverage hash =
        field(
            cisa(anSbom().components(aComponent("lib").hashes().withheld(Field.HASH)).build()),
            "hash");

    assertThat(hash.declaredWithheld()).isEqualTo(1);
    assertThat(hash.missing()).isZero();
  }

  @Test
  void any_strong_hash_satisfies_cisa() {
    FieldCoverage hash =
        field(
            cisa(
                anSbom()
                    .components(
                        aComponent("lib")
                            .hashes(new ArtifactHash(HashAlgorithm.SHA256, SHA256_VALUE)))
                    .build()),
            "hash");

    assertThat(hash.passed()).isTrue();
    assertThat(hash.fix()).isNull();
  }

  @Test
  void a_sha1_or_md5_only_hash_counts_for_cisa_but_the_fix_asks_for_a_stronger_one() {
    FieldCoverage hash =
        field(
            cisa(
                anSbom()
                    .components(
                        aComponent("lib").hashes(new ArtifactHash(HashAlgorithm.SHA1, SHA1_VALUE)),
                        aComponent("old").hashes(new ArtifactHash(HashAlgorithm.MD5, MD5_VALUE)))
                    .build()),
            "hash");

    assertThat(hash.present()).isEqualTo(3);
    assertThat(hash.passed()).isTrue();
    assertThat(hash.fix())
        .startsWith("Add a SHA-256 or stronger hash to 2 components that carry only MD5 or SHA-1");
  }

  @Test
  void a_weak_hash_note_follows_the_missing_hash_fix() {
    FieldCoverage hash =
        field(
            cisa(
                anSbom()
                    .components(
                        aComponent("lib").hashes(new ArtifactHash(HashAlgorithm.SHA1, SHA1_VALUE)),
                        aComponent("bare").hashes())
                    .build()),
            "hash");

    assertThat(hash.passed()).isFalse();
    assertThat(hash.fix())
        .startsWith("Add a hash with its algorithm to 1 component (")
        .contains("; add a SHA-256 or stronger hash to 1 component that carries only MD5 or SHA-1")
        .endsWith(".");
  }

  @Test
  void a_licence_declared_noassertion_is_unknown() {
    FieldCoverage licence =
        field(
            cisa(anSbom().components(aComponent("lib").licence("NOASSERTION")).build()), "licence");

    assertThat(licence.declaredUnknown()).isEqualTo(1);
    assertThat(licence.missing()).isZero();
    assertThat(licence.coverage()).isEqualTo(50.0);
  }

  @Test
  void a_tool_name_without_version_fails_and_the_fix_names_the_tool() {
    FieldCoverage tool = field(cisa(anSbom().tool("syft", null).build()), "toolNameVersion");

    assertThat(tool.passed()).isFalse();
    assertThat(tool.fix()).startsWith("Add the version of the tool syft");
  }

  @Test
  void a_cyclonedx_lifecycle_is_the_generation_context() {
    assertThat(field(cisa(anSbom().lifecycle("pre-build").build()), "generationContext").passed())
        .isTrue();
    assertThat(field(cisa(anSbom().lifecycle(null).build()), "generationContext").fix())
        .contains("metadata.lifecycles");
  }

  @Test
  void an_spdx_2_document_has_no_generation_context_and_the_fix_says_why() {
    FieldCoverage context = field(cisa(anSbom().spdx("SPDX-2.3").build()), "generationContext");

    assertThat(context.missing()).isEqualTo(1);
    assertThat(context.fix()).contains("SPDX 2.x has no field for it");
  }

  @Test
  void an_spdx_document_namespace_counts_as_the_sbom_version() {
    assertThat(field(cisa(anSbom().spdx("SPDX-2.3").build()), "sbomVersion").passed()).isTrue();
  }

  @Test
  void an_sbom_without_serial_number_or_version_fails_the_sbom_version_check() {
    FieldCoverage version =
        field(cisa(anSbom().serialNumber(null).documentVersion(null).build()), "sbomVersion");

    assertThat(version.passed()).isFalse();
    assertThat(version.fix()).contains("serialNumber");
  }

  @Test
  void the_format_version_needs_the_spec_version() {
    FieldCoverage format = field(cisa(anSbom().specVersion(null).build()), "formatVersion");

    assertThat(format.passed()).isFalse();
    assertThat(format.fix()).contains("specVersion");
  }
}
