package org.provena.sbom.infrastructure.spdx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provena.sbom.domain.InvalidSbomException;
import org.provena.sbom.domain.ParsedSbom;
import org.provena.sbom.domain.ParsedSbom.Component;
import org.provena.sbom.domain.ParsedSbom.Dependency;
import org.provena.sbom.domain.ParsedSbom.Field;
import org.provena.sbom.domain.SbomFormat;
import org.provena.sbom.infrastructure.DetectedFormat;
import org.provena.shared.domain.HashAlgorithm;

class SpdxReaderTest {

  private static final DetectedFormat JSON_22 = new DetectedFormat(SbomFormat.SPDX_JSON, "2.2");
  private static final DetectedFormat JSON_23 = new DetectedFormat(SbomFormat.SPDX_JSON, "2.3");
  private static final DetectedFormat TAG_23 = new DetectedFormat(SbomFormat.SPDX_TAG_VALUE, "2.3");

  private final SpdxReader reader = new SpdxReader();

  @TempDir Path temp;

  @Test
  void the_described_package_is_the_primary_component_and_the_others_are_components()
      throws Exception {
    ParsedSbom sbom = reader.read(fixture("appbomination.spdx.json"), JSON_22);

    assertThat(sbom.metadata().specVersion()).isEqualTo("2.2");
    assertThat(sbom.metadata().serialNumber())
        .isEqualTo(
            "http://www.sourceauditor.com/spdxdocs/appbomination-src/e3b71037-57de-44c9-8b7f-4e8a62f45311");
    assertThat(sbom.metadata().author()).isEqualTo("Gary O'Neall");
    assertThat(sbom.primary().ref()).isEqualTo("SPDXRef-1");
    assertThat(sbom.primary().entry().supplierName()).isEqualTo("ACT Project");
    assertThat(sbom.components()).extracting(Component::ref).doesNotContain("SPDXRef-1").hasSize(6);
  }

  @Test
  void dependency_of_relationships_point_from_the_dependent_to_its_dependency() throws Exception {
    ParsedSbom sbom = reader.read(fixture("appbomination.spdx.json"), JSON_22);

    assertThat(sbom.dependencies())
        .contains(
            new Dependency("SPDXRef-1", "SPDXRef-21"),
            new Dependency("SPDXRef-1", "SPDXRef-22"),
            new Dependency("SPDXRef-22", "SPDXRef-23"));
    assertThat(sbom.facts().dependenciesDeclared()).isTrue();
  }

  @Test
  void depends_on_edges_and_purls_are_read() throws Exception {
    ParsedSbom sbom = reader.read(fixture("sbom.spdx.json"), JSON_23);

    assertThat(sbom.dependencies())
        .containsExactlyInAnyOrder(
            new Dependency(
                "SPDXRef-Package-hello-server-src",
                "SPDXRef-Package-SPDXRef-Package-cargo-tokio-1"),
            new Dependency(
                "SPDXRef-Package-hello-server-src",
                "SPDXRef-Package-SPDXRef-Package-cargo-hyper-0.14"),
            new Dependency(
                "SPDXRef-Package-hello-server-src",
                "SPDXRef-Package-SPDXRef-Package-cargo-pretty-env-logger-0.4.0"));
    Component tokio = component(sbom, "SPDXRef-Package-SPDXRef-Package-cargo-tokio-1");
    assertThat(tokio.entry().purl()).isEqualTo("pkg:cargo/tokio@1.19.2");
    assertThat(tokio.entry().packageType()).isEqualTo("cargo");
    assertThat(tokio.entry().version()).isEqualTo("1.19.2");
    assertThat(tokio.entry().licenceExpression()).isEqualTo("MIT");
    assertThat(tokio.entry().hashes())
        .extracting(h -> h.algorithm())
        .containsOnly(HashAlgorithm.SHA256);
  }

  @Test
  void contains_edges_are_dependencies_and_advisory_references_are_vulnerability_data()
      throws Exception {
    ParsedSbom sbom = reader.read(fixture("ACME-v2.3.spdx.json"), JSON_23);

    assertThat(sbom.primary().ref()).isEqualTo("SPDXRef-Acme");
    assertThat(sbom.dependencies())
        .containsExactlyInAnyOrder(
            new Dependency("SPDXRef-Acme", "SPDXRef-npm-elliptic"),
            new Dependency("SPDXRef-Acme", "SPDXRef-alpine"),
            new Dependency("SPDXRef-Acme", "SPDXRef-openssl"));
    assertThat(sbom.metadata().author()).isEqualTo("ExampleCodeInspect, Jane Doe");
    assertThat(sbom.facts().containsVulnerabilities()).isTrue();
  }

  @Test
  void tag_value_documents_give_tool_name_and_version_cpe_and_supplier() throws Exception {
    ParsedSbom sbom = reader.read(fixture("SPDXTagExample-v2.3.spdx"), TAG_23);

    assertThat(sbom.metadata().format()).isEqualTo(SbomFormat.SPDX_TAG_VALUE);
    assertThat(sbom.metadata().toolName()).isEqualTo("LicenseFind");
    assertThat(sbom.metadata().toolVersion()).isEqualTo("1.0");
    assertThat(sbom.primary().entry().name()).isEqualTo("glibc");
    assertThat(sbom.primary().entry().supplierName()).isEqualTo("Jane Doe");
    assertThat(sbom.primary().entry().cpe()).startsWith("cpe:2.3:a:pivotal_software");
  }

  @Test
  void a_purl_is_normalised() throws Exception {
    ParsedSbom sbom =
        reader.read(
            document(
                "\"supplier\": \"Organization: Example Inc\", \"externalRefs\": [{"
                    + "\"referenceCategory\": \"PACKAGE-MANAGER\", \"referenceType\": \"purl\","
                    + " \"referenceLocator\": \"pkg:NPM/%40scope/lib@1.0.0?b=2&a=1\"}]",
                "\"relationshipType\": \"DEPENDS_ON\", \"relatedSpdxElement\": \"NONE\""),
            JSON_23);

    assertThat(sbom.primary().entry().purl()).isEqualTo("pkg:npm/%40scope/lib@1.0.0?a=1&b=2");
    assertThat(sbom.primary().entry().namespace()).isEqualTo("@scope");
    assertThat(sbom.primary().entry().supplierName()).isEqualTo("Example Inc");
    assertThat(sbom.facts().dependenciesComplete()).isTrue();
  }

  @Test
  void a_noassertion_supplier_is_declared_unknown_and_none_licence_is_a_value() throws Exception {
    ParsedSbom sbom =
        reader.read(
            document(
                "\"supplier\": \"NOASSERTION\", \"licenseConcluded\": \"NONE\"",
                "\"relationshipType\": \"DEPENDS_ON\", \"relatedSpdxElement\": \"NOASSERTION\""),
            JSON_23);

    assertThat(sbom.primary().declaredUnknown()).containsExactly(Field.SUPPLIER);
    assertThat(sbom.primary().entry().supplierName()).isNull();
    assertThat(sbom.primary().entry().licenceExpression()).isEqualTo("NONE");
    assertThat(sbom.facts().dependenciesComplete()).isFalse();
    assertThat(sbom.facts().authorContact()).isEqualTo("jane@example.com");
    assertThat(sbom.metadata().toolName()).isEqualTo("syft");
    assertThat(sbom.metadata().toolVersion()).isEqualTo("0.98.0");
  }

  @Test
  void a_tag_value_error_reports_its_line_number() throws Exception {
    List<String> lines = Files.readAllLines(fixture("SPDXTagExample-v2.3.spdx"));
    lines.add(5, "Relationship: SPDXRef-DOCUMENT NOT_A_TYPE SPDXRef-Package");
    Path broken = Files.write(temp.resolve("broken.spdx"), lines);

    InvalidSbomException rejected =
        catchThrowableOfType(InvalidSbomException.class, () -> reader.read(broken, TAG_23));

    assertThat(rejected.problems()).extracting(p -> p.location()).containsExactly("line 6");
  }

  @Test
  void spdx_3_is_rejected_as_not_supported_yet() throws Exception {
    Path doc = Files.writeString(temp.resolve("spdx3.json"), "{\"@context\": \"x\"}");

    InvalidSbomException rejected =
        catchThrowableOfType(
            InvalidSbomException.class,
            () -> reader.read(doc, new DetectedFormat(SbomFormat.SPDX_JSON_LD, "3.0.1")));

    assertThat(rejected).hasMessage("SPDX 3.0 is not supported yet");
    assertThat(rejected.problems()).extracting(p -> p.location()).containsExactly("$");
  }

  @Test
  void concurrent_reads_give_the_same_result_as_one_read() throws Exception {
    Path json = fixture("appbomination.spdx.json");
    Path tag = fixture("SPDXTagExample-v2.3.spdx");
    ParsedSbom expectedJson = reader.read(json, JSON_22);
    ParsedSbom expectedTag = reader.read(tag, TAG_23);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<ParsedSbom>> reads =
          java.util.stream.IntStream.range(0, 32)
              .mapToObj(
                  i ->
                      pool.submit(
                          () -> i % 2 == 0 ? reader.read(json, JSON_22) : reader.read(tag, TAG_23)))
              .toList();
      for (int i = 0; i < reads.size(); i++) {
        assertThat(reads.get(i).get()).isEqualTo(i % 2 == 0 ? expectedJson : expectedTag);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static Component component(ParsedSbom sbom, String ref) {
    return sbom.components().stream().filter(c -> c.ref().equals(ref)).findFirst().orElseThrow();
  }

  private static Path fixture(String name) throws URISyntaxException {
    return Path.of(SpdxReaderTest.class.getResource("/sbom/spdx/" + name).toURI());
  }

  private Path document(String packageFields, String relationship) throws IOException {
    String json =
        "{\"spdxVersion\": \"SPDX-2.3\", \"dataLicense\": \"CC0-1.0\", \"SPDXID\": \"SPDXRef-DOCUMENT\","
            + " \"name\": \"test\", \"documentNamespace\": \"https://example.com/spdx/test-1\","
            + " \"creationInfo\": {\"created\": \"2024-01-02T03:04:05Z\", \"creators\":"
            + " [\"Tool: syft-0.98.0\", \"Person: Jane Doe (jane@example.com)\"]},"
            + " \"packages\": [{\"SPDXID\": \"SPDXRef-app\", \"name\": \"app\", \"versionInfo\": \"1.0.0\","
            + " \"downloadLocation\": \"NOASSERTION\", \"filesAnalyzed\": false, "
            + packageFields
            + "}], \"relationships\": [{\"spdxElementId\": \"SPDXRef-DOCUMENT\","
            + " \"relationshipType\": \"DESCRIBES\", \"relatedSpdxElement\": \"SPDXRef-app\"},"
            + " {\"spdxElementId\": \"SPDXRef-app\", "
            + relationship
            + "}]}";
    return Files.writeString(temp.resolve("doc.spdx.json"), json);
  }
}
