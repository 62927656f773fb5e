package org.provena.finding.infrastructure.vex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.provena.finding.infrastructure.vex.VexFixtures.read;
import static org.provena.finding.infrastructure.vex.VexFixtures.readFixture;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.provena.finding.domain.InvalidVexException;
import org.provena.finding.domain.VexDocumentContent;
import org.provena.finding.domain.VexDocumentStatement;
import org.provena.finding.domain.VexJustification;
import org.provena.finding.domain.VexProblem;
import org.provena.finding.domain.VexProduct;
import org.provena.finding.domain.VexSource;
import org.provena.finding.domain.VexStatus;
import org.provena.shared.domain.ArtifactHash;
import org.provena.shared.domain.HashAlgorithm;

class OpenVexReaderTest {

  @Test
  void guac_not_affected_names_the_image_and_the_packages_inside_it() throws Exception {
    VexDocumentContent vex = readFixture("guac/open-vex-not-affected.json");

    assertThat(vex.format()).isEqualTo(VexSource.OPENVEX);
    assertThat(vex.specVersion()).isEqualTo("0.0.1");
    assertThat(vex.author()).isEqualTo("Wolfi J. Inkinson");
    assertThat(vex.documentId())
        .isEqualTo(
            "https://openvex.dev/docs/public/vex-a06f9de1ad1b1e555a33b2d0c1e7e6ecc4dc1800ff457c61ea09d8e97670d2a3");
    assertThat(vex.issuedAt()).isEqualTo(Instant.parse("2023-01-10T03:23:03.579712389Z"));
    VexDocumentStatement statement = vex.statements().get(0);
    assertThat(statement.vulnerabilityId()).isEqualTo("CVE-2023-12345");
    assertThat(statement.claim().status()).isEqualTo(VexStatus.NOT_AFFECTED);
    assertThat(statement.claim().justification())
        .isEqualTo(VexJustification.INLINE_MITIGATIONS_ALREADY_EXIST);
    assertThat(statement.claim().impactStatement())
        .isEqualTo("Included git is mitigated against CVE-2023-12345 !");
    assertThat(statement.timestamp()).isEqualTo(vex.issuedAt());
    VexProduct image = statement.products().get(0);
    assertThat(image.purl())
        .isEqualTo(
            "pkg:oci/git@sha256:23a264e6e429852221a963e9f17338ba3f5796dc7086e46439a6f4482cf6e0cb");
    assertThat(image.subcomponents())
        .extracting(VexProduct::purl)
        .containsExactly(
            "pkg:apk/alpine/git@2.38.1-r0?arch=x86_64",
            "pkg:apk/alpine/git@2.38.1-r0?arch=ppc64le");
    assertThat(vex.warnings()).isEmpty();
  }

  @Test
  void guac_affected_without_an_openvex_context_is_read_by_its_shape_with_a_warning()
      throws Exception {
    VexDocumentContent vex = readFixture("guac/open-vex-affected.json");

    assertThat(vex.specVersion()).isEqualTo("0.2.0");
    VexDocumentStatement statement = vex.statements().get(0);
    assertThat(statement.claim().status()).isEqualTo(VexStatus.AFFECTED);
    assertThat(statement.claim().actionStatement()).isEqualTo("This is a test action statement");
    assertThat(statement.products())
        .extracting(VexProduct::purl)
        .containsExactly("pkg:apk/wolfi/bash@1.0.0");
    assertThat(vex.warnings()).extracting(VexProblem::location).containsExactly("$.@context");
  }

  @Test
  void a_version_0_2_0_document_gives_identifiers_hashes_aliases_and_notes() throws Exception {
    VexDocumentContent vex =
        read(
            """
            {"@context": "https://openvex.dev/ns/v0.2.0", "@id": "https://example.com/vex/1",
             "author": "Acme PSIRT", "role": "supplier", "timestamp": "2025-01-01T00:00:00Z",
             "version": 2, "statements": [
              {"vulnerability": {"@id": "https://nvd.nist.gov/vuln/detail/CVE-2024-1",
                 "name": "CVE-2024-1", "aliases": ["GHSA-aaaa-bbbb-cccc"]},
               "products": [{"@id": "https://example.com/product/router",
                 "identifiers": {"purl": "pkg:generic/router@3.1",
                   "cpe23": "cpe:2.3:h:acme:router:3.1:*:*:*:*:*:*:*"},
                 "hashes": {"sha-256": "AA", "sha3-512": "bb"},
                 "subcomponents": [{"@id": "pkg:deb/debian/openssl@3.0.11"}]}],
               "status": "under_investigation", "status_notes": "Reproducing on hardware",
               "timestamp": "2025-01-02T00:00:00Z"},
              {"vulnerability": {"name": "CVE-2024-2"},
               "products": [{"@id": "cpe:2.3:h:acme:router:3.1:*:*:*:*:*:*:*"}],
               "status": "not_affected", "justification": "vulnerable_code_not_in_execute_path"}]}
            """);

    assertThat(vex.specVersion()).isEqualTo("0.2.0");
    VexDocumentStatement first = vex.statements().get(0);
    assertThat(first.aliases()).containsExactly("GHSA-aaaa-bbbb-cccc");
    assertThat(first.claim().impactStatement()).isEqualTo("Reproducing on hardware");
    assertThat(first.timestamp()).isEqualTo(Instant.parse("2025-01-02T00:00:00Z"));
    VexProduct router = first.products().get(0);
    assertThat(router.purl()).isEqualTo("pkg:generic/router@3.1");
    assertThat(router.cpe()).isEqualTo("cpe:2.3:h:acme:router:3.1:*:*:*:*:*:*:*");
    assertThat(router.hashes())
        .containsExactlyInAnyOrder(
            new ArtifactHash(HashAlgorithm.SHA256, "aa"),
            new ArtifactHash(HashAlgorithm.SHA3_512, "bb"));
    assertThat(router.subcomponents())
        .extracting(VexProduct::purl)
        .containsExactly("pkg:deb/debian/openssl@3.0.11");
    VexDocumentStatement second = vex.statements().get(1);
    assertThat(second.products().get(0).cpe()).isEqualTo("cpe:2.3:h:acme:router:3.1:*:*:*:*:*:*:*");
    assertThat(second.claim().justification())
        .isEqualTo(VexJustification.VULNERABLE_CODE_NOT_IN_EXECUTE_PATH);
    assertThat(second.timestamp()).isEqualTo(Instant.parse("2025-01-01T00:00:00Z"));
    assertThat(vex.warnings()).isEmpty();
  }

  @Test
  void a_version_0_0_x_document_names_vulnerabilities_and_products_by_plain_strings()
      throws Exception {
    VexDocumentContent vex =
        read(
            """
            {"@context": "https://openvex.dev/ns/v0.0.1", "@id": "vex-1", "author": "Acme",
             "timestamp": "2023-06-01T00:00:00Z", "version": "1", "statements": [
              {"vulnerability": "CVE-2023-1", "products": ["pkg:oci/app@sha256:01", "pkg:oci/app@sha256:02"],
               "subcomponents": ["pkg:golang/golang.org/x/net@0.7.0"],
               "status": "fixed"},
              {"vulnerability": "CVE-2023-2", "products": ["pkg:oci/app@sha256:01"],
               "status": "affected", "action_statement": "Upgrade to 1.2",
               "action_statement_timestamp": "2023-06-02T00:00:00Z"}]}
            """);

    assertThat(vex.specVersion()).isEqualTo("0.0.1");
    VexDocumentStatement fixed = vex.statements().get(0);
    assertThat(fixed.vulnerabilityId()).isEqualTo("CVE-2023-1");
    assertThat(fixed.claim().status()).isEqualTo(VexStatus.FIXED);
    // 0.0.x lists subcomponents once per statement; each product gets them.
    assertThat(fixed.products())
        .allSatisfy(
            p ->
                assertThat(p.subcomponents())
                    .extracting(VexProduct::purl)
                    .containsExactly("pkg:golang/golang.org/x/net@0.7.0"));
    assertThat(fixed.products())
        .extracting(VexProduct::purl)
        .containsExactly("pkg:oci/app@sha256:01", "pkg:oci/app@sha256:02");
    assertThat(vex.statements().get(1).claim().actionStatement()).isEqualTo("Upgrade to 1.2");
  }

  @Test
  void statements_short_of_cisa_minimum_requirements_are_warned_about_where_they_are()
      throws Exception {
    VexDocumentContent vex =
        read(
            """
            {"@context": "https://openvex.dev/ns/v0.2.0", "@id": "x", "author": "a",
             "timestamp": "2025-01-01T00:00:00Z", "version": 1, "statements": [
              {"vulnerability": {"name": "CVE-1"}, "products": [{"@id": "pkg:npm/a@1"}], "status": "fixed"},
              {"vulnerability": {"name": "CVE-2"}, "products": [{"@id": "pkg:npm/a@1"}], "status": "fixed"},
              {"vulnerability": {"name": "CVE-3"}, "products": [{"@id": "pkg:npm/a@1"}], "status": "affected"},
              {"vulnerability": {"name": "CVE-4"}, "products": [{"@id": "pkg:npm/a@1"}], "status": "not_affected"},
              {"vulnerability": {"name": "CVE-5"}, "products": [{"@id": "https://example.com/thing"}],
               "status": "not_affected", "justification": "it_is_fine"}]}
            """);

    assertThat(vex.statements()).hasSize(5);
    assertThat(vex.warnings())
        .containsExactly(
            new VexProblem(
                "$.statements[2]",
                "affected needs an action statement (CISA minimum requirements)"),
            new VexProblem(
                "$.statements[3]",
                "not_affected needs a justification or an impact statement (CISA minimum"
                    + " requirements)"),
            new VexProblem(
                "$.statements[4].products[0]",
                "product 'https://example.com/thing' is named only by an IRI, not a purl, CPE or"
                    + " hash: it cannot be matched to packages"),
            new VexProblem(
                "$.statements[4].justification",
                "'it_is_fine' is not one of the five justifications of OpenVEX"),
            new VexProblem(
                "$.statements[4]",
                "not_affected needs a justification or an impact statement (CISA minimum"
                    + " requirements)"));
    assertThat(vex.statements().get(4).sourceJustification()).isEqualTo("it_is_fine");
  }

  @Test
  void every_structural_error_is_reported_with_its_json_path() {
    InvalidVexException rejected =
        catchThrowableOfType(
            InvalidVexException.class,
            () ->
                read(
                    """
                    {"@context": "https://openvex.dev/ns/v0.2.0", "@id": "x", "author": "a",
                     "timestamp": "2025-01-01T00:00:00Z", "version": 1, "statements": [
                      {"products": [{"@id": "pkg:npm/a@1"}], "status": "fixed"},
                      {"vulnerability": {"name": "CVE-2"}, "products": [{"@id": "pkg:npm/a@1"}]},
                      {"vulnerability": {"name": "CVE-3"}, "products": [{"@id": "pkg:npm/a@1"}], "status": "patched"},
                      {"vulnerability": {"name": "CVE-4"}, "products": [{"hashes": {}}], "status": "fixed"}]}
                    """));

    assertThat(rejected.problems())
        .extracting(VexProblem::location)
        .containsExactly(
            "$.statements[0].vulnerability",
            "$.statements[1].status",
            "$.statements[2].status",
            "$.statements[3].products[0]");
    assertThat(rejected.problems().get(2).message()).startsWith("unknown status 'patched'");
    assertThat(rejected.getMessage()).startsWith("not a valid OpenVEX document:");
  }

  @Test
  void a_document_without_statements_is_rejected() {
    InvalidVexException rejected =
        catchThrowableOfType(
            InvalidVexException.class,
            () -> read("{\"@context\": \"https://openvex.dev/ns/v0.2.0\", \"statements\": []}"));

    assertThat(rejected.problems())
        .containsExactly(new VexProblem("$.statements", "an OpenVEX document without statements"));
  }
}
