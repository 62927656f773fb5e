package org.provena.sbom.infrastructure.cyclonedx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.provena.sbom.domain.InvalidSbomException;
import org.provena.sbom.domain.ParsedSbom;
import org.provena.sbom.domain.ParsedSbom.Dependency;
import org.provena.sbom.domain.ParsedSbom.Field;
import org.provena.sbom.domain.SbomFormat;
import org.provena.sbom.domain.SbomProblem;
import org.provena.sbom.infrastructure.DetectedFormat;
import org.provena.sbom.infrastructure.SbomFormatDetector;
import org.provena.shared.domain.ArtifactHash;
import org.provena.shared.domain.HashAlgorithm;

class CycloneDxReaderTest {

  @TempDir Path dir;

  private final SbomFormatDetector detector = new SbomFormatDetector();
  private final CycloneDxReader reader = new CycloneDxReader();

  @ParameterizedTest(name = "CycloneDX {0}")
  @CsvSource({
    "1.2, valid-dependency-1.2.xml, CYCLONEDX_XML",
    "1.3, valid-dependency-1.3.xml, CYCLONEDX_XML",
    "1.5, valid-dependency-1.5.json, CYCLONEDX_JSON",
    "1.6, valid-dependency-1.6.json, CYCLONEDX_JSON"
  })
  void the_dependency_graph_is_read_in_every_supported_version(
      String version, String fixture, SbomFormat format) throws Exception {
    ParsedSbom sbom = read(fixture("sbom/cyclonedx/" + fixture));

    assertThat(sbom.metadata().format()).isEqualTo(format);
    assertThat(sbom.metadata().specVersion()).isEqualTo(version);
    assertThat(sbom.components())
        .extracting(ParsedSbom.Component::ref)
        .containsExactly("library-a", "library-b", "library-c");
    assertThat(sbom.dependencies()).containsExactly(new Dependency("library-b", "library-c"));
    assertThat(sbom.facts().dependenciesDeclared()).isTrue();
    assertThat(sbom.facts().dependenciesComplete()).isNull();
  }

  @Test
  void nested_components_and_compositions_are_understood() throws Exception {
    ParsedSbom sbom = read(fixture("sbom/cyclonedx/valid-compositions-1.6.xml"));

    assertThat(sbom.primary().ref()).isEqualTo("acme-application-1.0");
    assertThat(sbom.primary().entry().name()).isEqualTo("Acme Application");
    assertThat(sbom.components())
        .extracting(ParsedSbom.Component::ref)
        .containsExactly(
            "pkg:maven/partner/shaded-library@1.0",
            "pkg:maven/ossproject/library@2.0",
            "pkg:maven/acme/library@3.0");
    assertThat(sbom.dependencies())
        .contains(
            new Dependency(
                "pkg:maven/partner/shaded-library@1.0", "pkg:maven/ossproject/library@2.0"),
            new Dependency("acme-application-1.0", "pkg:maven/acme/library@3.0"));
    assertThat(component(sbom, "pkg:maven/acme/library@3.0").declaredUnknown())
        .containsExactly(Field.DEPENDENCIES);
    assertThat(component(sbom, "pkg:maven/ossproject/library@2.0").declaredUnknown()).isEmpty();
    assertThat(sbom.facts().dependenciesComplete()).isTrue();
    assertThat(sbom.facts().containsVulnerabilities()).isTrue();
    assertThat(sbom.metadata().serialNumber())
        .isEqualTo("urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79");
    assertThat(sbom.metadata().documentVersion()).isEqualTo(1);
  }

  @Test
  void nested_components_become_edges_from_parent_to_child() throws Exception {
    ParsedSbom sbom = read(fixture("sbom/cyclonedx/cyclonedx-components-nested.json"));

    String image = sbom.components().get(0).ref();
    assertThat(sbom.components()).hasSize(3);
    assertThat(sbom.dependencies()).extracting(Dependency::from).containsOnly(image);
    assertThat(sbom.dependencies()).hasSize(2);
    assertThat(sbom.facts().dependenciesDeclared()).isTrue();
  }

  @Test
  void a_one_point_four_document_keeps_its_primary_component_and_metadata() throws Exception {
    ParsedSbom sbom = read(fixture("sbom/cyclonedx/cdx-v1.4.json"));

    assertThat(sbom.metadata().specVersion()).isEqualTo("1.4");
    assertThat(sbom.metadata().documentTimestamp())
        .isEqualTo(Instant.parse("2022-09-18T19:48:00Z"));
    assertThat(sbom.primary().entry().name()).isEqualTo("boxes");
    assertThat(sbom.primary().entry().licenceExpression()).isEqualTo("GPL-3.0-only");
    assertThat(sbom.primary().properties()).containsEntry("primaryLanguage", "C");
    assertThat(sbom.components()).extracting(c -> c.entry().name()).contains("libunistring");
    assertThat(sbom.components()).allSatisfy(c -> assertThat(c.ref()).startsWith("component-"));
    assertThat(sbom.facts().dependenciesDeclared()).isFalse();
  }

  @Test
  void every_field_of_a_component_is_mapped() throws Exception {
    Path document =
        write(
            "bom.json",
            """
            {
              "bomFormat": "CycloneDX",
              "specVersion": "1.6",
              "serialNumber": "urn:uuid:11111111-2222-3333-4444-555555555555",
              "version": 3,
              "metadata": {
                "timestamp": "2025-01-02T03:04:05Z",
                "lifecycles": [{"phase": "build"}, {"phase": "post-build"}],
                "authors": [{"name": "Ann Author"}, {"name": "Bob", "email": "bob@example.com"}],
                "tools": {"components": [{"type": "application", "name": "cdxgen", "version": "10.2"}]},
                "component": {"bom-ref": "app", "type": "application", "name": "app", "version": "1"}
              },
              "components": [
                {
                  "bom-ref": "lib",
                  "type": "library",
                  "group": "org.example",
                  "name": "lib",
                  "version": "2.0",
                  "supplier": {"name": "Example Corp"},
                  "purl": "pkg:MAVEN/org.example/lib@2.0?type=jar&classifier=",
                  "cpe": "cpe:2.3:a:example:lib:2.0:*:*:*:*:*:*:*",
                  "licenses": [{"license": {"id": "Apache-2.0"}}, {"license": {"name": "Custom"}}],
                  "hashes": [
                    {"alg": "SHA-256", "content": "ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789"},
                    {"alg": "SHA3-512", "content": "%s"}
                  ],
                  "properties": [
                    {"name": "support", "value": "first"},
                    {"name": "support", "value": "second"}
                  ]
                },
                {"type": "library", "name": "no-ref", "purl": "not a purl"}
              ],
              "dependencies": [{"ref": "app", "dependsOn": ["lib"]}],
              "compositions": [{"aggregate": "incomplete"}]
            }
            """
                .formatted("a".repeat(128)));

    ParsedSbom sbom = read(document);

    assertThat(sbom.metadata().documentVersion()).isEqualTo(3);
    assertThat(sbom.metadata().author()).isEqualTo("Ann Author, Bob");
    assertThat(sbom.metadata().toolName()).isEqualTo("cdxgen");
    assertThat(sbom.metadata().toolVersion()).isEqualTo("10.2");
    assertThat(sbom.metadata().lifecycle()).isEqualTo("build,post-build");
    assertThat(sbom.facts().authorContact()).isEqualTo("bob@example.com");
    assertThat(sbom.facts().dependenciesComplete()).isFalse();
    assertThat(sbom.facts().containsVulnerabilities()).isFalse();
    ParsedSbom.Component lib = component(sbom, "lib");
    assertThat(lib.entry().packageType()).isEqualTo("library");
    assertThat(lib.entry().namespace()).isEqualTo("org.example");
    assertThat(lib.entry().version()).isEqualTo("2.0");
    assertThat(lib.entry().supplierName()).isEqualTo("Example Corp");
    assertThat(lib.entry().purl()).isEqualTo("pkg:maven/org.example/lib@2.0?type=jar");
    assertThat(lib.entry().cpe()).isEqualTo("cpe:2.3:a:example:lib:2.0:*:*:*:*:*:*:*");
    assertThat(lib.entry().licenceExpression()).isEqualTo("Apache-2.0 AND Custom");
    assertThat(lib.entry().hashes())
        .containsExactlyInAnyOrder(
            new ArtifactHash(
                HashAlgorithm.SHA256,
                "abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789"),
            new ArtifactHash(HashAlgorithm.SHA3_512, "a".repeat(128)));
    assertThat(lib.properties()).containsEntry("support", "second");
    assertThat(sbom.dependencies()).containsExactly(new Dependency("app", "lib"));
    ParsedSbom.Component noRef = sbom.components().get(1);
    assertThat(noRef.ref()).isEqualTo("component-1");
    assertThat(noRef.entry().purl()).isEqualTo("not a purl");
    assertThat(sbom.facts().warnings()).anyMatch(w -> w.contains("purl 'not a purl'"));
  }

  @Test
  void every_json_schema_error_is_reported_with_its_json_path() throws Exception {
    Path document =
        write(
            "bom.json",
            """
            {"bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1,
             "metadata": {"timestamp": "yesterday"},
             "components": [{"type": "no-such-type", "name": "a"}, {"type": "library"}]}
            """);

    InvalidSbomException e = rejection(document);

    assertThat(e.getMessage()).contains("not valid CycloneDX 1.6");
    assertThat(e.problems())
        .extracting(SbomProblem::location)
        .contains("$.metadata.timestamp", "$.components[0].type", "$.components[1]");
  }

  @Test
  void a_component_listed_twice_is_rejected_at_the_repeated_entry() throws Exception {
    Path document =
        write(
            "bom.json",
            """
            {"bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1,
             "components": [
               {"type": "library", "name": "zlib", "version": "1.3.1"},
               {"type": "library", "name": "openssl", "version": "3.0.13"},
               {"version": "1.3.1", "name": "zlib", "type": "library"}]}
            """);

    InvalidSbomException e = rejection(document);

    // CycloneDX 1.6 JSON schema: "components" has "uniqueItems": true; key order does not matter.
    assertThat(e.problems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.location()).isEqualTo("$.components[2]");
              assertThat(problem.message()).contains("unique").contains("$.components[0]");
            });
  }

  @Test
  void the_graph_is_read_whatever_the_order_of_the_document_members() throws Exception {
    Path document =
        write(
            "bom.json",
            """
            {"dependencies": [{"ref": "app", "dependsOn": ["lib"]}],
             "components": [{"type": "library", "bom-ref": "lib", "name": "lib"}],
             "metadata": {"component": {"type": "application", "bom-ref": "app", "name": "app"}},
             "version": 1, "specVersion": "1.6", "bomFormat": "CycloneDX"}
            """);

    ParsedSbom sbom = read(document);

    assertThat(sbom.primary().ref()).isEqualTo("app");
    assertThat(sbom.dependencies()).containsExactly(new Dependency("app", "lib"));
  }

  @Test
  void a_synthetic_ref_never_takes_a_ref_that_a_later_component_declares() throws Exception {
    Path document =
        write(
            "bom.json",
            """
            {"bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1,
             "components": [
               {"type": "library", "name": "no-ref"},
               {"type": "library", "bom-ref": "component-1", "name": "declared"}],
             "dependencies": [{"ref": "component-1", "dependsOn": []}]}
            """);

    ParsedSbom sbom = read(document);

    assertThat(sbom.components())
        .extracting(c -> c.entry().name() + "=" + c.ref())
        .containsExactly("no-ref=component-2", "declared=component-1");
  }

  @Test
  void a_json_spec_vector_with_a_bad_timestamp_is_rejected_at_that_path() throws Exception {
    InvalidSbomException e =
        rejection(fixture("sbom/cyclonedx/invalid-metadata-timestamp-1.6.json"));

    assertThat(e.problems()).extracting(SbomProblem::location).contains("$.metadata.timestamp");
  }

  @Test
  void an_xml_schema_error_is_reported_with_its_line() throws Exception {
    InvalidSbomException e =
        rejection(fixture("sbom/cyclonedx/invalid-metadata-timestamp-1.6.xml"));

    assertThat(e.problems()).isNotEmpty();
    assertThat(e.problems()).allSatisfy(p -> assertThat(p.location()).startsWith("line 4:"));
  }

  @Test
  void an_xml_external_entity_is_refused_not_resolved() throws Exception {
    Path secret = write("secret.txt", "top secret");
    Path document =
        write(
            "xxe.xml",
            "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE bom [<!ENTITY xxe SYSTEM \""
                + secret.toUri()
                + "\">]>\n"
                + "<bom xmlns=\"http://cyclonedx.org/schema/bom/1.4\" version=\"1\"><components>"
                + "<component type=\"library\"><name>&xxe;</name></component>"
                + "</components></bom>");

    assertDoctypeRefused(document);
  }

  @Test
  void an_xml_parameter_entity_is_refused_not_resolved() throws Exception {
    Path dtd = write("evil.dtd", "<!ENTITY % all \"<!ENTITY send SYSTEM 'http://127.0.0.1:1/'>\">");
    Path document =
        write(
            "xxe-param.xml",
            "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE bom [<!ENTITY % remote SYSTEM \""
                + dtd.toUri()
                + "\"> %remote; %all;]>\n"
                + "<bom xmlns=\"http://cyclonedx.org/schema/bom/1.4\" version=\"1\"/>");

    assertDoctypeRefused(document);
  }

  @Test
  void a_billion_laughs_document_is_refused_not_expanded() throws Exception {
    StringBuilder entities = new StringBuilder("<!ENTITY lol0 \"lol\">");
    for (int i = 1; i <= 9; i++) {
      String previous = "&lol" + (i - 1) + ";";
      entities
          .append("<!ENTITY lol")
          .append(i)
          .append(" \"")
          .append(previous.repeat(10))
          .append("\">");
    }
    Path document =
        write(
            "laughs.xml",
            "<?xml version=\"1.0\"?>\n<!DOCTYPE bom ["
                + entities
                + "]>\n<bom xmlns=\"http://cyclonedx.org/schema/bom/1.4\" version=\"1\">"
                + "<components><component type=\"library\"><name>&lol9;</name></component>"
                + "</components></bom>");

    assertDoctypeRefused(document);
  }

  @Test
  void json_nested_a_hundred_thousand_levels_deep_is_a_clean_rejection() throws Exception {
    int depth = 100_000;
    String content =
        "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"components\":"
            + "[".repeat(depth)
            + "]".repeat(depth)
            + "}";
    Path document = write("deep.json", content);

    InvalidSbomException e = rejection(document);

    assertThat(e.getMessage()).contains("nested too deeply");
    assertThat(e.problems().get(0).message()).contains("deeper than 1000 levels");
  }

  @Test
  void malformed_utf8_in_json_is_rejected_with_its_position() throws Exception {
    Path document = dir.resolve("bad-utf8.json");
    byte[] head =
        "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"version\":1,\"serialNumber\":\""
            .getBytes(StandardCharsets.UTF_8);
    byte[] bad = {(byte) 0xC3, (byte) 0x28, '"', '}'};
    Files.write(document, concat(head, bad));

    InvalidSbomException e = rejection(document);

    assertThat(e.getMessage()).contains("not well-formed JSON");
    assertThat(e.problems().get(0).location()).startsWith("line 1:");
  }

  @Test
  void malformed_utf8_in_xml_is_rejected_with_its_line() throws Exception {
    Path document = dir.resolve("bad-utf8.xml");
    byte[] head =
        ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<bom xmlns=\"http://cyclonedx.org/schema/bom/1.4\" version=\"1\"><components>\n"
                + "<component type=\"library\"><name>")
            .getBytes(StandardCharsets.UTF_8);
    byte[] tail = "</name></component></components></bom>".getBytes(StandardCharsets.UTF_8);
    Files.write(document, concat(concat(head, new byte[] {(byte) 0xFF, (byte) 0xFE}), tail));

    InvalidSbomException e = rejection(document);

    assertThat(e.problems().get(0).location()).startsWith("line 3:");
  }

  @Test
  void truncated_json_is_rejected() throws Exception {
    Path document =
        write("truncated.json", "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.5\",");

    assertThat(rejection(document).getMessage()).contains("not well-formed JSON");
  }

  @Test
  void the_reader_handles_only_cyclonedx_formats() {
    assertThat(reader.reads(SbomFormat.CYCLONEDX_JSON)).isTrue();
    assertThat(reader.reads(SbomFormat.CYCLONEDX_XML)).isTrue();
    assertThat(reader.reads(SbomFormat.SPDX_JSON)).isFalse();
    assertThat(reader.reads(SbomFormat.SPDX_TAG_VALUE)).isFalse();
  }

  private void assertDoctypeRefused(Path document) {
    InvalidSbomException e = rejection(document);
    assertThat(e.problems())
        .anySatisfy(p -> assertThat(p.message()).contains("DOCTYPE").contains("not accepted"));
    assertThat(e.problems()).noneSatisfy(p -> assertThat(p.message()).contains("top secret"));
  }

  private InvalidSbomException rejection(Path document) {
    Throwable thrown = catchThrowable(() -> read(document));
    assertThat(thrown).isInstanceOf(InvalidSbomException.class);
    return (InvalidSbomException) thrown;
  }

  private ParsedSbom read(Path document) throws InvalidSbomException {
    DetectedFormat detected = detector.detect(document);
    return reader.read(document, detected);
  }

  private static ParsedSbom.Component component(ParsedSbom sbom, String ref) {
    return sbom.components().stream()
        .filter(c -> c.ref().equals(ref))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no component " + ref));
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  private static Path fixture(String resource) throws URISyntaxException {
    return Path.of(CycloneDxReaderTest.class.getClassLoader().getResource(resource).toURI());
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] joined = new byte[a.length + b.length];
    System.arraycopy(a, 0, joined, 0, a.length);
    System.arraycopy(b, 0, joined, a.length, b.length);
    return joined;
  }
}
