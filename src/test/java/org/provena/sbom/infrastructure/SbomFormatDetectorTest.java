package org.provena.sbom.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.provena.sbom.domain.InvalidSbomException;
import org.provena.sbom.domain.SbomFormat;

class SbomFormatDetectorTest {

  @TempDir Path dir;

  private final SbomFormatDetector detector = new SbomFormatDetector();

  static Stream<Arguments> documents() {
    return Stream.of(
        Arguments.of(
            "{\"bomFormat\": \"CycloneDX\", \"specVersion\": \"1.6\", \"version\": 1}",
            SbomFormat.CYCLONEDX_JSON,
            "1.6"),
        Arguments.of(
            "\uFEFF\n  {\"specVersion\":\"1.2\",\"bomFormat\":\"CycloneDX\"}",
            SbomFormat.CYCLONEDX_JSON,
            "1.2"),
        Arguments.of(
            "<?xml version=\"1.0\"?>\n<!-- generated -->\n"
                + "<bom xmlns=\"http://cyclonedx.org/schema/bom/1.4\" version=\"1\"/>",
            SbomFormat.CYCLONEDX_XML,
            "1.4"),
        Arguments.of(
            "<cdx:bom xmlns:cdx='http://cyclonedx.org/schema/bom/1.3'></cdx:bom>",
            SbomFormat.CYCLONEDX_XML,
            "1.3"),
        Arguments.of(
            "{\"spdxVersion\": \"SPDX-2.3\", \"SPDXID\": \"SPDXRef-DOCUMENT\"}",
            SbomFormat.SPDX_JSON,
            "2.3"),
        Arguments.of(
            "SPDXVersion: SPDX-2.2\nDataLicense: CC0-1.0\n", SbomFormat.SPDX_TAG_VALUE, "2.2"),
        Arguments.of(
            "## comment\r\nSPDXVersion: SPDX-2.3\r\nDataLicense: CC0-1.0\r\n",
            SbomFormat.SPDX_TAG_VALUE,
            "2.3"),
        Arguments.of(
            "{\"@context\": \"https://spdx.org/rdf/3.0.1/spdx-context.jsonld\", \"@graph\": []}",
            SbomFormat.SPDX_JSON_LD,
            "3.0.1"));
  }

  @ParameterizedTest
  @MethodSource("documents")
  void each_format_is_recognised_from_its_content(String content, SbomFormat format, String version)
      throws Exception {
    DetectedFormat detected = detector.detect(write("document", content));

    assertThat(detected).isEqualTo(new DetectedFormat(format, version));
  }

  @Test
  void a_json_file_that_is_actually_xml_is_detected_as_xml() throws Exception {
    Path misnamed = write("bom.json", "<bom xmlns=\"http://cyclonedx.org/schema/bom/1.5\"></bom>");

    assertThat(detector.detect(misnamed))
        .isEqualTo(new DetectedFormat(SbomFormat.CYCLONEDX_XML, "1.5"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"name\": \"package.json\"}",
        "<project xmlns=\"http://maven.apache.org/POM/4.0.0\"/>",
        "hello world",
        "",
        "<bom xmlns=\"http://example.com/bom\"/>"
      })
  void content_that_is_not_an_sbom_is_rejected(String content) throws IOException {
    Path document = write("upload", content);

    assertThatThrownBy(() -> detector.detect(document))
        .isInstanceOf(InvalidSbomException.class)
        .hasMessageContaining("not an SBOM: neither CycloneDX nor SPDX");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.0", "1.1", "2.0", "1.99"})
  void cyclonedx_versions_that_cannot_be_validated_are_rejected(String version) throws IOException {
    Path json = write("bom", "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"" + version + "\"}");
    Path xml = write("bom.xml", "<bom xmlns=\"http://cyclonedx.org/schema/bom/" + version + "\"/>");

    assertThatThrownBy(() -> detector.detect(json))
        .isInstanceOf(InvalidSbomException.class)
        .hasMessageContaining("CycloneDX " + version + " is not supported");
    assertThatThrownBy(() -> detector.detect(xml))
        .isInstanceOf(InvalidSbomException.class)
        .hasMessageContaining("CycloneDX " + version + " is not supported");
  }

  @Test
  void cyclonedx_json_without_a_spec_version_is_rejected() throws IOException {
    Path document = write("bom", "{\"bomFormat\":\"CycloneDX\",\"version\":1}");

    assertThatThrownBy(() -> detector.detect(document))
        .isInstanceOf(InvalidSbomException.class)
        .hasMessageContaining("specVersion");
  }

  @Test
  void supported_cyclonedx_versions_run_from_one_point_two_to_what_the_library_knows() {
    assertThat(SbomFormatDetector.supportedCycloneDxVersions())
        .startsWith("1.2", "1.3", "1.4", "1.5", "1.6")
        .doesNotContain("1.0", "1.1");
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }
}
