package org.provena.finding.infrastructure.vex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.provena.finding.infrastructure.vex.VexFixtures.read;
import static org.provena.finding.infrastructure.vex.VexFixtures.readFixture;

import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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

class CycloneDxVexReaderTest {

  @ParameterizedTest(name = "CISA use case 1, {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "vex-not_affected.json | NOT_AFFECTED | ABC | 4.2 | VULNERABLE_CODE_NOT_PRESENT",
        "vex-affected.json | AFFECTED | DEF | 1.0 |",
        "vex-fixed.json | FIXED | DEF | 1.1 |",
        "vex-under_investigation.json | UNDER_INVESTIGATION | GHI | 17.4 |"
      })
  void each_status_of_the_cisa_use_case_names_its_product_and_justification(
      String file, VexStatus status, String product, String version, VexJustification justification)
      throws Exception {
    VexDocumentContent vex = readFixture("bom-examples/CISA-Use-Cases/Case-1/" + file);

    assertThat(vex.format()).isEqualTo(VexSource.CYCLONEDX);
    assertThat(vex.specVersion()).isEqualTo("1.4");
    assertThat(vex.issuedAt()).isEqualTo(Instant.parse("2022-03-03T00:00:00Z"));
    VexDocumentStatement statement = only(vex);
    assertThat(statement.vulnerabilityId()).isEqualTo("CVE-2021-44228");
    assertThat(statement.claim().status()).isEqualTo(status);
    assertThat(statement.claim().justification()).isEqualTo(justification);
    assertThat(statement.products())
        .extracting(VexProduct::name, VexProduct::version)
        .containsExactly(tuple(product, version));
    assertThat(statement.claim().isComplete()).isTrue();
    assertThat(statement.timestamp()).isEqualTo(vex.issuedAt());
    // The product is named only by name and version: matching needs more, and the user is told.
    assertThat(vex.warnings())
        .extracting(VexProblem::message)
        .anySatisfy(m -> assertThat(m).contains("named only by name"));
  }

  @Test
  void an_exploitable_analysis_becomes_an_action_statement_led_by_its_responses() throws Exception {
    VexDocumentStatement statement =
        only(readFixture("bom-examples/CISA-Use-Cases/Case-1/vex-affected.json"));

    assertThat(statement.claim().actionStatement())
        .isEqualTo(
            "will not fix, update: This version of Product DEF is affected by the vulnerability."
                + " Customers are advised to upgrade to the latest release.");
    assertThat(statement.claim().impactStatement()).isNull();
    assertThat(statement.sourceJustification()).isEqualTo("will_not_fix,update");
  }

  @Test
  void a_not_affected_analysis_keeps_the_finer_cyclonedx_justification() throws Exception {
    VexDocumentContent vex = readFixture("bom-examples/CISA-Use-Cases/Case-2/vex.json");

    assertThat(vex.statements()).hasSize(19);
    assertThat(vex.statements())
        .allSatisfy(
            s -> {
              assertThat(s.claim().status()).isEqualTo(VexStatus.NOT_AFFECTED);
              assertThat(s.claim().justification())
                  .isEqualTo(VexJustification.VULNERABLE_CODE_NOT_IN_EXECUTE_PATH);
              assertThat(s.sourceJustification()).isEqualTo("code_not_reachable");
              assertThat(s.claim().impactStatement()).startsWith("This version of Product ABC");
            });
  }

  @Test
  void a_mixed_document_gives_every_status_its_own_statement() throws Exception {
    VexDocumentContent vex = readFixture("bom-examples/CISA-Use-Cases/Case-3/vex.json");

    Map<VexStatus, Long> byStatus =
        vex.statements().stream()
            .collect(Collectors.groupingBy(s -> s.claim().status(), Collectors.counting()));
    assertThat(byStatus)
        .containsOnly(
            Map.entry(VexStatus.UNDER_INVESTIGATION, 5L),
            Map.entry(VexStatus.NOT_AFFECTED, 6L),
            Map.entry(VexStatus.AFFECTED, 5L),
            Map.entry(VexStatus.FIXED, 3L));
    assertThat(statement(vex, "CVE-2020-11898").claim().actionStatement())
        .startsWith("We are working to integrate the upstream");
  }

  @Test
  void affected_versions_and_ranges_become_one_product_each() throws Exception {
    VexDocumentContent vex = readFixture("bom-examples/CISA-Use-Cases/Case-6/vex.json");

    assertThat(vex.statements()).hasSize(2);
    assertThat(vex.statements().get(0).claim().status()).isEqualTo(VexStatus.AFFECTED);
    assertThat(vex.statements().get(0).products())
        .extracting(VexProduct::version)
        .containsExactly("2.4", "2.6", "vers:generic/>=2.9|<=4.1");
    assertThat(vex.statements().get(1).claim().status()).isEqualTo(VexStatus.NOT_AFFECTED);
    assertThat(vex.statements().get(1).products())
        .extracting(VexProduct::version)
        .containsExactly("vers:generic/>=1.0|<=2.3", "2.5", "vers:generic/>=2.7|<=2.8", "4.2");
    assertThat(vex.statements().get(1).products()).allMatch(p -> "ABC".equals(p.name()));
  }

  @Test
  void bom_links_to_other_documents_are_kept_for_the_application_to_resolve() throws Exception {
    VexDocumentContent vex = readFixture("bom-examples/CISA-Use-Cases/Case-8/vex.json");

    VexDocumentStatement first = vex.statements().get(0);
    assertThat(first.products())
        .extracting(VexProduct::bomRef)
        .containsOnly(
            "urn:cdx:cbb2cd68-2857-43b8-a10b-e8c03d277d18/1#product-ABC",
            "urn:cdx:e4c3eedc-4978-470c-ad02-6ffff63738ff/1#product-JKL");
    assertThat(first.products()).hasSize(4);
    assertThat(first.products()).allMatch(p -> p.purl() == null);
    assertThat(vex.statements()).hasSize(8);
  }

  @Test
  void a_bom_link_whose_fragment_is_a_purl_names_the_purl_too() throws Exception {
    VexDocumentContent vex = readFixture("bom-examples/vex.json");

    VexDocumentStatement statement = only(vex);
    assertThat(statement.aliases()).containsExactly("SNYK-JAVA-COMFASTERXMLJACKSONCORE-1048302");
    assertThat(statement.products())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.purl())
                  .isEqualTo(
                      "pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.10.0?type=jar");
              assertThat(p.bomRef())
                  .isEqualTo(
                      "urn:cdx:3e671687-395b-41f5-a30f-a58921a69b79/1#pkg:maven/"
                          + "com.fasterxml.jackson.core/jackson-databind@2.10.0?type=jar");
            });
    assertThat(vex.warnings()).isEmpty();
  }

  @Test
  void guac_affected_vex_lists_the_versions_and_what_to_do() throws Exception {
    VexDocumentStatement statement = only(readFixture("guac/cyclonedx-vex-affected.json"));

    assertThat(statement.claim().status()).isEqualTo(VexStatus.AFFECTED);
    assertThat(statement.claim().actionStatement()).startsWith("will not fix, update: Versions");
    assertThat(statement.products()).extracting(VexProduct::version).containsExactly("2.4", "2.6");
    assertThat(statement.products())
        .allMatch(
            p -> p.bomRef().equals("urn:cdx:3e671687-395b-41f5-a30f-a58921a69b79/1#product-ABC"));
  }

  @Test
  void a_false_positive_is_not_affected_and_says_so_in_its_impact_statement() throws Exception {
    VexDocumentContent vex = readFixture("guac/cyclonedx-vex-false-positive.json");

    assertThat(vex.documentId()).isEqualTo("urn:uuid:4e671687-395b-41f5-a30f-a58921a69b80");
    assertThat(vex.statements())
        .extracting(s -> s.claim().status(), s -> s.claim().impactStatement())
        .containsExactly(
            tuple(
                VexStatus.NOT_AFFECTED,
                "False positive: Vulnerability was falsely identified or associated with this"
                    + " component"),
            tuple(VexStatus.NOT_AFFECTED, "False positive"));
    assertThat(vex.statements()).allMatch(s -> s.claim().isComplete());
    assertThat(vex.statements()).allMatch(s -> "false_positive".equals(s.sourceJustification()));
    // guac writes urn:uuid:…#ref, which is not a BOM-Link: kept, with a warning.
    assertThat(vex.warnings())
        .extracting(VexProblem::location)
        .contains("$.vulnerabilities[0].affects[0].ref");
    assertThat(vex.statements().get(0).products())
        .extracting(VexProduct::bomRef)
        .containsExactly("urn:uuid:4e671687-395b-41f5-a30f-a58921a69b80/1#test-component-2");
  }

  @Test
  void resolved_with_pedigree_is_fixed_and_keeps_its_word() throws Exception {
    VexDocumentContent vex = readFixture("guac/cyclonedx-vex-resolved-with-pedigree.json");

    assertThat(vex.statements()).hasSize(2);
    assertThat(vex.statements())
        .allSatisfy(
            s -> {
              assertThat(s.claim().status()).isEqualTo(VexStatus.FIXED);
              assertThat(s.sourceJustification()).isEqualTo("resolved_with_pedigree");
            });
    assertThat(vex.statements().get(0).claim().impactStatement())
        .isEqualTo(
            "Vulnerability has been remediated with evidence provided in component pedigree");
    assertThat(vex.issuedAt()).isEqualTo(Instant.parse("2024-01-15T10:30:00Z"));
  }

  @Test
  void xml_vex_is_read_like_json_with_element_paths_as_locations() throws Exception {
    VexDocumentContent vex = readFixture("guac/cyclonedx-vex.xml");

    assertThat(vex.specVersion()).isEqualTo("1.5");
    VexDocumentStatement statement = only(vex);
    assertThat(statement.location()).isEqualTo("/bom/vulnerabilities/vulnerability[1]");
    assertThat(statement.vulnerabilityId()).isEqualTo("CVE-2018-7489");
    assertThat(statement.claim().status()).isEqualTo(VexStatus.NOT_AFFECTED);
    assertThat(statement.claim().justification())
        .isEqualTo(VexJustification.VULNERABLE_CODE_NOT_IN_EXECUTE_PATH);
    assertThat(statement.claim().impactStatement())
        .startsWith("An optional explanation of why the application is not affected");
    assertThat(statement.claim().actionStatement()).isEqualTo("will not fix, update");
    assertThat(statement.products())
        .extracting(VexProduct::bomRef)
        .containsExactly("urn:cdx:3e671687-395b-41f5-a30f-a58921a69b79/1#jackson-databind-2.8.0");
  }

  @Test
  void a_document_whose_vulnerabilities_carry_no_analysis_is_rejected_as_a_vdr() {
    InvalidVexException rejected =
        catchThrowableOfType(
            InvalidVexException.class, () -> readFixture("guac/cyclonedx-vex-no-analysis.json"));

    assertThat(rejected.getMessage())
        .isEqualTo("no vulnerability carries an analysis: this is a BOM or VDR, not a VEX");
    assertThat(rejected.problems())
        .extracting(VexProblem::location)
        .containsExactly("$.vulnerabilities");
  }

  @Test
  void a_bom_without_vulnerabilities_is_not_a_vex() {
    InvalidVexException rejected =
        catchThrowableOfType(InvalidVexException.class, () -> readFixture("bom-examples/bom.json"));

    assertThat(rejected.getMessage()).contains("CycloneDX 1.3 is not read as VEX");
  }

  @Test
  void the_author_is_the_manufacturer_when_no_author_is_named() throws Exception {
    VexDocumentContent vex = readFixture("bom-examples/Use-Cases/Case-7/vex.json");

    assertThat(vex.author()).isEqualTo("Acme, Inc.");
    assertThat(only(vex).products()).isEmpty();
    assertThat(vex.warnings())
        .containsExactly(
            new VexProblem(
                "$.vulnerabilities[0]",
                "names no affected component (no affects): it cannot be matched to a finding"));
  }

  @Test
  void a_tool_made_document_names_the_tool_as_author() throws Exception {
    VexDocumentContent vex = readFixture("guac/xray-cdx-vulns.json");

    assertThat(vex.author()).isEqualTo("JFrog Inc. Xray 3.103.6");
    assertThat(only(vex).claim().status()).isEqualTo(VexStatus.UNDER_INVESTIGATION);
    assertThat(only(vex).claim().actionStatement()).isEqualTo("workaround available");
  }

  @Test
  void a_component_of_the_same_document_lends_the_product_its_identifiers() throws Exception {
    VexDocumentContent vex =
        read(
            """
            {"bomFormat": "CycloneDX", "specVersion": "1.6",
             "serialNumber": "urn:uuid:11111111-2222-3333-4444-555555555555", "version": 1,
             "metadata": {"timestamp": "2025-02-01T00:00:00Z",
               "authors": [{"name": "Ann"}, {"name": "Bo"}]},
             "components": [{"type": "library", "bom-ref": "log4j", "name": "log4j-core",
               "version": "2.14.1", "purl": "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1",
               "cpe": "cpe:2.3:a:apache:log4j:2.14.1:*:*:*:*:*:*:*",
               "hashes": [{"alg": "SHA-256", "content": "AB12"}],
               "components": [{"type": "library", "bom-ref": "inner", "name": "inner",
                 "purl": "pkg:generic/inner@1"}]}],
             "vulnerabilities": [
               {"id": "CVE-2021-44228", "references": [{"id": "GHSA-jfh8-c2jp-5v3q"}],
                "analysis": {"state": "not_affected", "justification": "requires_configuration",
                  "firstIssued": "2025-01-01T00:00:00Z", "lastUpdated": "2025-01-05T00:00:00Z"},
                "affects": [{"ref": "log4j"}, {"ref": "inner"}, {"ref": "pkg:npm/lodash@4.17.20"},
                  {"ref": "urn:cdx:11111111-2222-3333-4444-555555555555/1#log4j"}]}]}
            """);

    assertThat(vex.author()).isEqualTo("Ann, Bo");
    VexDocumentStatement statement = only(vex);
    assertThat(statement.aliases()).containsExactly("GHSA-jfh8-c2jp-5v3q");
    assertThat(statement.claim().justification())
        .isEqualTo(VexJustification.VULNERABLE_CODE_CANNOT_BE_CONTROLLED_BY_ADVERSARY);
    assertThat(statement.sourceJustification()).isEqualTo("requires_configuration");
    assertThat(statement.timestamp()).isEqualTo(Instant.parse("2025-01-05T00:00:00Z"));
    assertThat(statement.products())
        .extracting(VexProduct::purl)
        .containsExactly(
            "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1",
            "pkg:generic/inner@1",
            "pkg:npm/lodash@4.17.20",
            "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1");
    VexProduct log4j = statement.products().get(0);
    assertThat(log4j.cpe()).isEqualTo("cpe:2.3:a:apache:log4j:2.14.1:*:*:*:*:*:*:*");
    assertThat(log4j.hashes()).containsExactly(new ArtifactHash(HashAlgorithm.SHA256, "ab12"));
    assertThat(log4j.bomRef()).isNull();
    // A BOM-Link to this very document resolves here, and keeps the link.
    assertThat(statement.products().get(3).bomRef())
        .isEqualTo("urn:cdx:11111111-2222-3333-4444-555555555555/1#log4j");
    assertThat(vex.warnings()).isEmpty();
  }

  @Test
  void structural_errors_are_reported_together_with_their_paths() {
    InvalidVexException rejected =
        catchThrowableOfType(
            InvalidVexException.class,
            () ->
                read(
                    """
                    {"bomFormat": "CycloneDX", "specVersion": "1.5", "vulnerabilities": [
                      {"id": "CVE-1", "analysis": {"state": "not_affected", "detail": "x"},
                       "affects": [{"versions": []}]},
                      {"id": "CVE-2", "analysis": {"state": "maybe"}, "affects": [{"ref": "pkg:npm/a@1"}]},
                      {"analysis": {"state": "in_triage"}, "affects": [{"ref": "pkg:npm/a@1"}]},
                      {"id": "CVE-4", "analysis": {"detail": "no state"}, "affects": [{"ref": "pkg:npm/a@1"}]}]}
                    """));

    assertThat(rejected.problems())
        .extracting(VexProblem::location)
        .containsExactly(
            "$.vulnerabilities[0].affects[0].ref",
            "$.vulnerabilities[1].analysis.state",
            "$.vulnerabilities[2].id",
            "$.vulnerabilities[3].analysis.state");
    assertThat(rejected.problems().get(1).message()).startsWith("unknown analysis.state 'maybe'");
  }

  @Test
  void statements_short_of_cisa_minimum_requirements_are_kept_with_a_warning() throws Exception {
    VexDocumentContent vex =
        read(
            """
            {"bomFormat": "CycloneDX", "specVersion": "1.6", "vulnerabilities": [
              {"id": "CVE-1", "analysis": {"state": "not_affected"}, "affects": [{"ref": "pkg:npm/a@1"}]},
              {"id": "CVE-2", "analysis": {"state": "exploitable"}, "affects": [{"ref": "pkg:npm/a@1"}]},
              {"id": "CVE-3", "affects": [{"ref": "pkg:npm/a@1"}]}]}
            """);

    assertThat(vex.statements()).hasSize(2);
    assertThat(vex.warnings())
        .containsExactly(
            new VexProblem(
                "$.vulnerabilities[0]",
                "not_affected needs a justification or an impact statement (CISA minimum"
                    + " requirements)"),
            new VexProblem(
                "$.vulnerabilities[1]",
                "affected needs an action statement (CISA minimum requirements)"),
            new VexProblem(
                "$.vulnerabilities[2]",
                "CVE-3 has no analysis: a finding (VDR), not a VEX statement; skipped"));
  }

  @Test
  void xml_errors_are_located_by_element_path() {
    InvalidVexException rejected =
        catchThrowableOfType(
            InvalidVexException.class,
            () ->
                read(
                    """
                    <?xml version="1.0"?>
                    <bom xmlns="http://cyclonedx.org/schema/bom/1.6" version="1">
                      <vulnerabilities>
                        <vulnerability><id>CVE-1</id><analysis><state>not_affected</state>
                          <justification>code_not_present</justification></analysis>
                          <affects><target><ref>pkg:npm/a@1</ref></target></affects></vulnerability>
                        <vulnerability><id>CVE-2</id><analysis><state>sort_of</state></analysis>
                          <affects><target><ref>pkg:npm/a@1</ref></target></affects></vulnerability>
                      </vulnerabilities>
                    </bom>
                    """));

    assertThat(rejected.problems())
        .extracting(VexProblem::location)
        .containsExactly("/bom/vulnerabilities/vulnerability[2]/analysis/state");
  }

  @Test
  void xml_components_hashes_and_responses_map_like_their_json_forms() throws Exception {
    VexDocumentContent vex =
        read(
            """
            <bom xmlns="http://cyclonedx.org/schema/bom/1.4" serialNumber="urn:uuid:11111111-2222-3333-4444-555555555555" version="2">
              <metadata><timestamp>2025-03-01T10:00:00Z</timestamp>
                <tools><tool><vendor>Acme</vendor><name>scanner</name><version>1</version></tool></tools>
              </metadata>
              <components><component type="library" bom-ref="a">
                <name>a</name><version>1.0</version>
                <hashes><hash alg="SHA-512">CAFE</hash></hashes>
                <purl>pkg:npm/a@1.0</purl></component></components>
              <vulnerabilities><vulnerability bom-ref="v1"><id>CVE-9</id>
                <references><reference><id>GHSA-xxxx-yyyy-zzzz</id><source><name>GitHub</name></source></reference></references>
                <analysis><state>exploitable</state><responses><response>update</response></responses></analysis>
                <affects><target><ref>a</ref><versions><version><range>vers:npm/&lt;2</range><status>affected</status></version></versions></target></affects>
              </vulnerability></vulnerabilities>
            </bom>
            """);

    assertThat(vex.documentId()).isEqualTo("urn:uuid:11111111-2222-3333-4444-555555555555");
    assertThat(vex.author()).isEqualTo("Acme scanner 1");
    VexDocumentStatement statement = only(vex);
    assertThat(statement.aliases()).containsExactly("GHSA-xxxx-yyyy-zzzz");
    assertThat(statement.claim().actionStatement()).isEqualTo("update");
    assertThat(statement.products())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.purl()).isEqualTo("pkg:npm/a@1.0");
              assertThat(p.version()).isEqualTo("vers:npm/<2");
              assertThat(p.hashes())
                  .containsExactly(new ArtifactHash(HashAlgorithm.SHA512, "cafe"));
            });
  }

  private static VexDocumentStatement only(VexDocumentContent vex) {
    assertThat(vex.statements()).hasSize(1);
    return vex.statements().get(0);
  }

  private static VexDocumentStatement statement(VexDocumentContent vex, String id) {
    Map<String, VexDocumentStatement> byId =
        vex.statements().stream()
            .collect(Collectors.toMap(VexDocumentStatement::vulnerabilityId, Function.identity()));
    return byId.get(id);
  }
}
