package org.provena.sbom.domain.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.provena.sbom.domain.quality.TestSboms.MD5_VALUE;
import static org.provena.sbom.domain.quality.TestSboms.SHA1_VALUE;
import static org.provena.sbom.domain.quality.TestSboms.SHA256_VALUE;
import static org.provena.sbom.domain.quality.TestSboms.aComponent;
import static org.provena.sbom.domain.quality.TestSboms.anSbom;
import static org.provena.sbom.domain.quality.TestSboms.field;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.provena.sbom.domain.ParsedSbom;
import org.provena.sbom.domain.SbomFormat;
import org.provena.shared.domain.ArtifactHash;
import org.provena.shared.domain.HashAlgorithm;

class BsiProfileTest {

  private final QualityAssessor assessor = new QualityAssessor();

  private ProfileResult bsi(ParsedSbom sbom) {
    return assessor.assess(sbom, DeclaredSupport.NONE).bsi();
  }

  @ParameterizedTest(name = "{0} {1} passes: {2}")
  @CsvSource({
    "CYCLONEDX_JSON, 1.6, true",
    "CYCLONEDX_XML, 1.7, true",
    "CYCLONEDX_JSON, 1.5, false",
    "CYCLONEDX_JSON, 1.4, false",
    "SPDX_JSON, SPDX-2.3, false",
    "SPDX_TAG_VALUE, SPDX-2.2, false",
    "SPDX_JSON_LD, 3.0.0, false",
    "SPDX_JSON_LD, 3.0.1, true",
    "SPDX_JSON_LD, 3.1, true"
  })
  void only_cyclonedx_1_6_or_spdx_3_0_1_and_later_pass_the_spec_version_check(
      SbomFormat format, String version, boolean passes) {
    FieldCoverage spec =
        field(bsi(anSbom().format(format).specVersion(version).build()), "specVersion");

    assertThat(spec.passed()).isEqualTo(passes);
    assertThat(spec.coverage()).isEqualTo(passes ? 100.0 : 0.0);
  }

  @Test
  void an_old_spec_version_fix_says_which_version_is_needed() {
    FieldCoverage spec = field(bsi(anSbom().specVersion("1.5").build()), "specVersion");

    assertThat(spec.fix())
        .isEqualTo(
            "Generate the SBOM as CycloneDX 1.6 or later; this one is CycloneDX 1.5, which BSI"
                + " TR-03183-2 does not accept.");
  }

  @Test
  void a_sha256_only_component_is_missing_its_sha512() {
    FieldCoverage sha512 =
        field(
            bsi(
                anSbom()
                    .components(
                        aComponent("lib")
                            .hashes(new ArtifactHash(HashAlgorithm.SHA256, SHA256_VALUE)))
                    .build()),
            "sha512");

    assertThat(sha512.missing()).isEqualTo(1);
    assertThat(sha512.passed()).isFalse();
    assertThat(sha512.fix())
        .startsWith("Add a SHA-512 hash to 1 component (")
        .contains("of these, 1 carries only hashes of another algorithm");
  }

  @Test
  void md5_and_sha1_do_not_count_as_sha512() {
    FieldCoverage sha512 =
        field(
            bsi(
                anSbom()
                    .components(
                        aComponent("a").hashes(new ArtifactHash(HashAlgorithm.MD5, MD5_VALUE)),
                        aComponent("b").hashes(new ArtifactHash(HashAlgorithm.SHA1, SHA1_VALUE)))
                    .build()),
            "sha512");

    assertThat(sha512.present()).isEqualTo(1);
    assertThat(sha512.missing()).isEqualTo(2);
  }

  @Test
  void a_file_without_purl_is_not_deployable_and_needs_no_sha512() {
    FieldCoverage sha512 =
        field(
            bsi(
                anSbom()
                    .components(
                        aComponent("lib"), aComponent("README").type("file").purl(null).hashes())
                    .build()),
            "sha512");

    assertThat(sha512.total()).isEqualTo(2);
    assertThat(sha512.passed()).isTrue();
  }

  @Test
  void a_file_with_a_purl_is_deployable() {
    FieldCoverage sha512 =
        field(
            bsi(anSbom().components(aComponent("firmware.bin").type("file").hashes()).build()),
            "sha512");

    assertThat(sha512.total()).isEqualTo(2);
    assertThat(sha512.missing()).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"sbom@acme.example", "mailto:psirt@acme.example", "https://acme.example/psirt"})
  void an_email_address_or_url_is_an_author_contact(String contact) {
    assertThat(field(bsi(anSbom().authorContact(contact).build()), "authorContact").passed())
        .isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"ACME PSIRT", "  ", "call us"})
  void a_contact_that_is_neither_email_nor_url_fails(String contact) {
    FieldCoverage authorContact =
        field(bsi(anSbom().authorContact(contact).build()), "authorContact");

    assertThat(authorContact.passed()).isFalse();
    assertThat(authorContact.fix()).contains("e-mail address or URL");
  }

  @Test
  void vulnerability_data_inside_the_sbom_fails_the_bsi_profile() {
    ProfileResult result = bsi(anSbom().containingVulnerabilities().build());

    assertThat(field(result, "noVulnerabilityData").passed()).isFalse();
    assertThat(field(result, "noVulnerabilityData").fix()).contains("VEX or CSAF");
    assertThat(result.score()).isEqualTo(91);
  }
}
