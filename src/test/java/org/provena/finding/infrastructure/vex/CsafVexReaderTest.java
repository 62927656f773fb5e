package org.provena.finding.infrastructure.vex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.provena.finding.infrastructure.vex.VexFixtures.read;
import static org.provena.finding.infrastructure.vex.VexFixtures.readFixture;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
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

class CsafVexReaderTest {

  private static final String RHEL = "cpe:/o:redhat:rhel_eus:8.6::baseos";

  @Test
  void the_red_hat_advisory_gives_each_status_its_products_with_purls_and_cpes() throws Exception {
    VexDocumentContent vex = readFixture("csaf/rhsa-csaf.json");

    assertThat(vex.format()).isEqualTo(VexSource.CSAF);
    assertThat(vex.specVersion()).isEqualTo("2.0");
    assertThat(vex.documentId()).isEqualTo("RHSA-2023:1441");
    assertThat(vex.author()).isEqualTo("Red Hat Product Security");
    assertThat(vex.issuedAt()).isEqualTo(Instant.parse("2023-03-23T11:14:00Z"));
    assertThat(vex.statements())
        .extracting(s -> s.claim().status())
        .containsExactly(VexStatus.AFFECTED, VexStatus.FIXED);

    VexDocumentStatement affected = vex.statements().get(0);
    assertThat(affected.vulnerabilityId()).isEqualTo("CVE-2023-0286");
    assertThat(affected.aliases())
        .containsExactly("https://bugzilla.redhat.com/show_bug.cgi?id=2164440");
    assertThat(affected.location()).isEqualTo("$.vulnerabilities[0].product_status.known_affected");
    assertThat(affected.products())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.cpe()).isEqualTo(RHEL);
              assertThat(p.subcomponents())
                  .extracting(VexProduct::purl)
                  .containsExactly("pkg:rpm/redhat/openssl@1.1.1k-7.el8_6?arch=x86_64&epoch=1");
            });
    assertThat(affected.claim().actionStatement())
        .startsWith("vendor fix: For details on how to apply");
    assertThat(affected.sourceJustification()).isEqualTo("vendor_fix");

    VexDocumentStatement fixed = vex.statements().get(1);
    assertThat(fixed.products()).hasSize(35).allMatch(p -> RHEL.equals(p.cpe()));
    assertThat(fixed.products())
        .flatExtracting(VexProduct::subcomponents)
        .extracting(VexProduct::purl)
        .contains(
            "pkg:rpm/redhat/openssl@1.1.1k-8.el8_6?arch=aarch64&epoch=1",
            "pkg:rpm/redhat/nginx@1.20.1-1.module%2Bel8.8.0%2B20359%2B9bd89172.1?arch=x86_64&epoch=1");
    assertThat(fixed.products())
        .flatExtracting(VexProduct::subcomponents)
        .extracting(VexProduct::name)
        .contains("openssl-debuginfo-1:1.1.1k-8.el8_6.i686");
    // Most packages of the advisory carry no purl: each is named once as a warning.
    assertThat(vex.warnings())
        .extracting(VexProblem::message)
        .contains(
            "product 'openssl-perl-1:1.1.1k-8.el8_6.s390x' is named only by name: it cannot be"
                + " matched to packages by purl, CPE or hash")
        .doesNotHaveDuplicates();
  }

  @Test
  void flags_and_impact_threats_justify_not_affected_products_through_product_groups()
      throws Exception {
    VexDocumentContent vex =
        read(
            csaf(
                """
                "product_tree": {
                  "branches": [{"category": "vendor", "name": "Acme", "branches": [
                    {"category": "product_name", "name": "Router", "branches": [
                      {"category": "product_version", "name": "3.1",
                       "product": {"product_id": "R31", "name": "Acme Router 3.1",
                         "product_identification_helper": {"purl": "pkg:generic/acme/router@3.1",
                           "hashes": [{"filename": "fw.bin", "file_hashes": [{"algorithm": "sha256", "value": "AB"}]}]}}},
                      {"category": "product_version", "name": "3.2",
                       "product": {"product_id": "R32", "name": "Acme Router 3.2",
                         "product_identification_helper": {"cpe": "cpe:2.3:h:acme:router:3.2:*:*:*:*:*:*:*"}}}]}]}],
                  "full_product_names": [{"product_id": "CAM", "name": "Acme Camera",
                    "product_identification_helper": {"purl": "pkg:generic/acme/camera@1"}}],
                  "product_groups": [{"group_id": "ROUTERS", "product_ids": ["R31", "R32"]}]},
                "vulnerabilities": [{"cve": "CVE-2024-9",
                  "ids": [{"system_name": "Acme", "text": "ACME-2024-1"}],
                  "product_status": {"known_not_affected": ["R31", "R32", "CAM"]},
                  "flags": [{"label": "vulnerable_code_not_in_execute_path", "group_ids": ["ROUTERS"]},
                            {"label": "component_not_present", "product_ids": ["CAM"]}],
                  "threats": [{"category": "impact", "details": "The camera has no TLS stack", "product_ids": ["CAM"]}]}]
                """));

    assertThat(vex.statements()).hasSize(2);
    VexDocumentStatement routers = vex.statements().get(0);
    assertThat(routers.aliases()).containsExactly("ACME-2024-1");
    assertThat(routers.claim().justification())
        .isEqualTo(VexJustification.VULNERABLE_CODE_NOT_IN_EXECUTE_PATH);
    assertThat(routers.products())
        .extracting(VexProduct::name, VexProduct::version)
        .containsExactly(tuple("Router", "3.1"), tuple("Router", "3.2"));
    assertThat(routers.products().get(0).hashes())
        .containsExactly(new ArtifactHash(HashAlgorithm.SHA256, "ab"));
    VexDocumentStatement camera = vex.statements().get(1);
    assertThat(camera.claim().justification()).isEqualTo(VexJustification.COMPONENT_NOT_PRESENT);
    assertThat(camera.claim().impactStatement()).isEqualTo("The camera has no TLS stack");
    assertThat(camera.products())
        .extracting(VexProduct::purl)
        .containsExactly("pkg:generic/acme/camera@1");
    assertThat(vex.warnings()).isEmpty();
  }

  @Test
  void a_relationship_makes_the_component_a_subcomponent_of_the_product_it_is_part_of()
      throws Exception {
    VexDocumentContent vex =
        read(
            csaf(
                """
                "product_tree": {
                  "full_product_names": [
                    {"product_id": "OS", "name": "Acme OS 5", "product_identification_helper": {"cpe": "cpe:/o:acme:os:5"}},
                    {"product_id": "LIB", "name": "zlib 1.2.13", "product_identification_helper": {"purl": "pkg:generic/zlib@1.2.13"}},
                    {"product_id": "APP", "name": "Acme App", "product_identification_helper": {"purl": "pkg:generic/acme/app@2"}}],
                  "relationships": [
                    {"category": "default_component_of", "product_reference": "LIB", "relates_to_product_reference": "APP-ON-OS",
                     "full_product_name": {"product_id": "LIB-IN-APP-ON-OS", "name": "zlib in App on OS"}},
                    {"category": "installed_on", "product_reference": "APP", "relates_to_product_reference": "OS",
                     "full_product_name": {"product_id": "APP-ON-OS", "name": "App on OS"}}]},
                "vulnerabilities": [{"cve": "CVE-2022-37434",
                  "product_status": {"known_affected": ["LIB-IN-APP-ON-OS"], "fixed": ["OS"], "under_investigation": ["APP"]},
                  "remediations": [
                    {"category": "vendor_fix", "details": "Update to App 2.1", "product_ids": ["LIB-IN-APP-ON-OS"]},
                    {"category": "workaround", "details": "Disable compression", "product_ids": ["LIB-IN-APP-ON-OS"]}]}]
                """));

    VexDocumentStatement affected = vex.statements().get(0);
    assertThat(affected.claim().status()).isEqualTo(VexStatus.AFFECTED);
    VexProduct os = affected.products().get(0);
    assertThat(os.cpe()).isEqualTo("cpe:/o:acme:os:5");
    assertThat(os.subcomponents())
        .extracting(VexProduct::purl)
        .containsExactly("pkg:generic/acme/app@2", "pkg:generic/zlib@1.2.13");
    assertThat(affected.claim().actionStatement())
        .isEqualTo("vendor fix: Update to App 2.1\nworkaround: Disable compression");
    assertThat(affected.sourceJustification()).isEqualTo("vendor_fix,workaround");
    assertThat(vex.statements())
        .extracting(s -> s.claim().status())
        .containsExactly(VexStatus.AFFECTED, VexStatus.FIXED, VexStatus.UNDER_INVESTIGATION);
  }

  @Test
  void products_of_one_status_with_different_remediations_are_split_by_claim() throws Exception {
    VexDocumentContent vex =
        read(
            csaf(
                """
                "product_tree": {"full_product_names": [
                  {"product_id": "A", "name": "a", "product_identification_helper": {"purl": "pkg:npm/a@1"}},
                  {"product_id": "B", "name": "b", "product_identification_helper": {"purl": "pkg:npm/b@1"}}]},
                "vulnerabilities": [{"ids": [{"system_name": "GHSA", "text": "GHSA-1111-2222-3333"},
                                             {"system_name": "OSV", "text": "OSV-1"}],
                  "product_status": {"known_affected": ["A"], "first_affected": ["B"]},
                  "remediations": [{"category": "no_fix_planned", "details": "End of life", "product_ids": ["B"]}]}]
                """));

    assertThat(vex.statements()).hasSize(2);
    assertThat(vex.statements())
        .extracting(VexDocumentStatement::vulnerabilityId)
        .containsOnly("GHSA-1111-2222-3333");
    assertThat(vex.statements().get(0).aliases()).containsExactly("OSV-1");
    assertThat(vex.statements().get(0).claim().actionStatement()).isNull();
    assertThat(vex.statements().get(1).claim().actionStatement())
        .isEqualTo("no fix planned: End of life");
    assertThat(vex.warnings())
        .containsExactly(
            new VexProblem(
                "$.vulnerabilities[0].product_status.known_affected",
                "affected needs an action statement (CISA minimum requirements)"));
  }

  @Test
  void an_undefined_product_id_and_an_unknown_status_are_rejected_with_their_paths() {
    InvalidVexException rejected =
        catchThrowableOfType(
            InvalidVexException.class,
            () ->
                read(
                    csaf(
                        """
                        "product_tree": {"full_product_names": [
                          {"product_id": "A", "name": "a", "product_identification_helper": {"purl": "pkg:npm/a@1"}}]},
                        "vulnerabilities": [
                          {"cve": "CVE-1", "product_status": {"fixed": ["A", "B"], "patched": ["A"]}},
                          {"product_status": {"fixed": ["A"]}}]
                        """)));

    assertThat(rejected.problems())
        .extracting(VexProblem::location)
        .containsExactly(
            "$.vulnerabilities[0].product_status.fixed[1]",
            "$.vulnerabilities[0].product_status.patched",
            "$.vulnerabilities[1]");
  }

  @Test
  void other_csaf_profiles_and_versions_are_not_read_as_vex() {
    String base =
        "{\"document\": {\"category\": \"csaf_base\", \"csaf_version\": \"2.0\"},"
            + " \"vulnerabilities\": []}";
    String next =
        "{\"document\": {\"category\": \"csaf_vex\", \"csaf_version\": \"2.1\"},"
            + " \"vulnerabilities\": []}";

    assertThat(catchThrowableOfType(InvalidVexException.class, () -> read(base)).problems())
        .extracting(VexProblem::location)
        .containsExactly("$.document.category");
    assertThat(catchThrowableOfType(InvalidVexException.class, () -> read(next)).getMessage())
        .isEqualTo("CSAF 2.1 is not read; CSAF 2.0 is");
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void relationships_that_relate_a_composite_to_itself_are_refused_at_their_path() {
    // Each relationship would double the one before: 60 of them are 2^60 subcomponents.
    StringBuilder relationships =
        new StringBuilder(relationship("LIB", "OS", "C0")); // a sound start: LIB in OS
    for (int k = 1; k <= 60; k++) {
      relationships.append(',').append(relationship("C" + (k - 1), "C" + (k - 1), "C" + k));
    }

    InvalidVexException rejected =
        catchThrowableOfType(
            InvalidVexException.class, () -> read(tree(relationships.toString(), "C60")));

    assertThat(rejected.problems().get(0))
        .isEqualTo(
            new VexProblem(
                "$.product_tree.relationships[1]",
                "a relationship whose product_reference and relates_to_product_reference are the"
                    + " same product 'C0': a product is not a part of itself"));
    assertThat(rejected.problems())
        .extracting(VexProblem::location)
        .contains(
            "$.product_tree.relationships[60]", "$.vulnerabilities[0].product_status.fixed[0]");
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void relationships_nested_deeper_than_eight_levels_are_refused_in_any_order() {
    // Two chains built from each other double at every level without reusing a product; listed
    // last level first, so that each relationship needs the ones after it.
    List<String> levels = new ArrayList<>();
    levels.add(relationship("LIB", "OS", "X1"));
    levels.add(relationship("OS", "LIB", "Y1"));
    for (int k = 2; k <= 2_000; k++) {
      levels.add(relationship("Y" + (k - 1), "X" + (k - 1), "X" + k));
      levels.add(relationship("X" + (k - 1), "Y" + (k - 1), "Y" + k));
    }
    Collections.reverse(levels);
    int x9 = levels.indexOf(relationship("Y8", "X8", "X9"));

    InvalidVexException rejected =
        catchThrowableOfType(
            InvalidVexException.class, () -> read(tree(String.join(",", levels), "X8")));

    assertThat(rejected.problems())
        .contains(
            new VexProblem(
                "$.product_tree.relationships[" + x9 + "]",
                "a relationship nested deeper than 8 levels: the product it relates to or its"
                    + " part is already built from 8 levels of relationships"));
    assertThat(rejected.problems())
        .extracting(VexProblem::location)
        .doesNotContain("$.vulnerabilities[0].product_status.fixed[0]");
  }

  @Test
  void relationships_that_build_on_each_other_in_a_circle_are_refused() {
    String circle =
        String.join(
            ",",
            relationship("LIB", "B", "A"),
            relationship("LIB", "A", "B"),
            relationship("LIB", "OS", "OS"));

    InvalidVexException rejected =
        catchThrowableOfType(InvalidVexException.class, () -> read(tree(circle, "LIB")));

    assertThat(rejected.problems())
        .containsExactlyInAnyOrder(
            new VexProblem(
                "$.product_tree.relationships[0]",
                "a relationship built on product 'B', whose relationship is refused"),
            new VexProblem(
                "$.product_tree.relationships[1]",
                "a relationship that builds on itself through product 'A'"),
            new VexProblem(
                "$.product_tree.relationships[2]", "product id 'OS' is defined more than once"));
  }

  @Test
  void more_than_ten_thousand_products_relationships_included_are_refused() {
    StringBuilder names = new StringBuilder();
    for (int n = 0; n < 10_000; n++) {
      names.append(n == 0 ? "" : ",").append(product("P" + n));
    }
    String oneNameTooMany =
        csaf(
            "\"product_tree\": {\"full_product_names\": ["
                + names
                + ","
                + product("P10000")
                + "]},"
                + VULNERABILITY.formatted("P1"));
    String oneRelationshipTooMany =
        csaf(
            "\"product_tree\": {\"full_product_names\": ["
                + names
                + "], \"relationships\": ["
                + relationship("P1", "P2", "P1-IN-P2")
                + "]},"
                + VULNERABILITY.formatted("P1"));

    assertThat(
            catchThrowableOfType(InvalidVexException.class, () -> read(oneNameTooMany)).problems())
        .containsExactly(
            new VexProblem(
                "$.product_tree.full_product_names[10000]",
                "more than 10000 products (relationships included): Provena reads at most 10000"
                    + " per document"));
    assertThat(
            catchThrowableOfType(InvalidVexException.class, () -> read(oneRelationshipTooMany))
                .problems())
        .extracting(VexProblem::location)
        .containsExactly("$.product_tree.relationships[0]");
  }

  @Test
  void at_most_a_thousand_errors_and_a_thousand_warnings_are_kept() throws Exception {
    StringBuilder nameOnly = new StringBuilder();
    StringBuilder ids = new StringBuilder();
    for (int n = 0; n < 1_500; n++) {
      String comma = n == 0 ? "" : ",";
      nameOnly.append(comma).append("{\"product_id\": \"P%d\", \"name\": \"p%d\"}".formatted(n, n));
      ids.append(comma).append("\"P").append(n).append('"');
    }
    String fixed =
        "\"vulnerabilities\": [{\"cve\": \"CVE-1\", \"product_status\": {\"fixed\": ["
            + ids
            + "]}}]";

    VexDocumentContent warned =
        read(csaf("\"product_tree\": {\"full_product_names\": [" + nameOnly + "]}," + fixed));
    InvalidVexException rejected =
        catchThrowableOfType(
            InvalidVexException.class,
            () -> read(csaf("\"product_tree\": {\"full_product_names\": []}," + fixed)));

    assertThat(warned.warnings()).hasSize(1_000);
    assertThat(rejected.problems()).hasSize(1_000);
  }

  private static final String VULNERABILITY =
      """
      "vulnerabilities": [{"cve": "CVE-2022-37434", "product_status": {"fixed": ["%s"]}}]
      """;

  /** OS and LIB as products, the relationships given, and a vulnerability fixed in one product. */
  private static String tree(String relationships, String fixed) {
    return csaf(
        "\"product_tree\": {\"full_product_names\": ["
            + product("OS")
            + ","
            + product("LIB")
            + "], \"relationships\": ["
            + relationships
            + "]},"
            + VULNERABILITY.formatted(fixed));
  }

  private static String product(String id) {
    return """
        {"product_id": "%s", "name": "%s",
         "product_identification_helper": {"purl": "pkg:generic/%s@1"}}"""
        .formatted(id, id, id);
  }

  private static String relationship(String part, String whole, String id) {
    return """
        {"category": "default_component_of", "product_reference": "%s",
         "relates_to_product_reference": "%s", "full_product_name": {"product_id": "%s", "name": "%s"}}"""
        .formatted(part, whole, id, id);
  }

  private static String csaf(String body) {
    return """
        {"document": {"category": "csaf_vex", "csaf_version": "2.0", "title": "t",
           "publisher": {"category": "vendor", "name": "Acme PSIRT", "namespace": "https://acme.example"},
           "tracking": {"id": "ACME-VEX-1", "current_release_date": "2024-05-01T00:00:00Z",
             "initial_release_date": "2024-05-01T00:00:00Z", "status": "final", "version": "1",
             "revision_history": [{"date": "2024-05-01T00:00:00Z", "number": "1", "summary": "s"}]}},
        """
        + body
        + "}";
  }
}
