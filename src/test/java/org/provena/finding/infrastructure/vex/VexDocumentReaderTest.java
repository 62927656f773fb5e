package org.provena.finding.infrastructure.vex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.provena.finding.infrastructure.vex.VexFixtures.READER;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.provena.finding.domain.InvalidVexException;
import org.provena.finding.domain.VexProblem;
import org.provena.finding.domain.VexSource;

class VexDocumentReaderTest {

  private static final String CDX_XML = "<bom xmlns=\"http://cyclonedx.org/schema/bom/1.6\">";

  @Test
  void each_format_is_told_from_the_content_alone() throws Exception {
    byte[] openVex =
        ("\uFEFF  {\"@context\": \"https://openvex.dev/ns/v0.2.0\", \"statements\": [{\"vulnerability\":"
                + " {\"name\": \"CVE-1\"}, \"products\": [{\"@id\": \"pkg:npm/a@1\"}], \"status\":"
                + " \"fixed\"}]}")
            .getBytes(StandardCharsets.UTF_8);

    assertThat(READER.read(openVex).format()).isEqualTo(VexSource.OPENVEX);
    assertThat(VexFixtures.readFixture("guac/cyclonedx-vex.xml").format())
        .isEqualTo(VexSource.CYCLONEDX);
    assertThat(VexFixtures.readFixture("csaf/rhsa-csaf.json").format()).isEqualTo(VexSource.CSAF);
  }

  @Test
  void an_empty_document_is_rejected() {
    assertThat(rejection(new byte[0]).getMessage()).isEqualTo("the document is empty");
  }

  @Test
  void text_that_is_neither_json_nor_xml_is_rejected_with_its_line() {
    InvalidVexException rejected = rejection("CVE-2021-44228 is not affecting us");

    assertThat(rejected.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.location()).isEqualTo("line 1:1");
              assertThat(p.message()).startsWith("not JSON");
            });
  }

  @Test
  void json_of_another_kind_is_not_a_vex_document() {
    InvalidVexException spdx = rejection("{\"spdxVersion\": \"SPDX-2.3\", \"packages\": []}");
    InvalidVexException array = rejection("[1, 2]");

    assertThat(spdx.getMessage()).startsWith("not a VEX document: JSON with neither bomFormat");
    assertThat(array.getMessage()).isEqualTo("not a VEX document: the JSON is not an object");
  }

  @Test
  void xml_that_is_not_a_cyclonedx_bom_is_rejected() {
    InvalidVexException rejected =
        rejection("<cvrf xmlns=\"http://www.icasi.org/CVRF/schema/cvrf/1.1\"/>");

    assertThat(rejected.getMessage()).contains("root is not a CycloneDX <bom>");
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void json_nested_a_hundred_thousand_levels_deep_is_refused() {
    InvalidVexException rejected = rejection("[".repeat(100_000) + "]".repeat(100_000));

    assertThat(rejected.getMessage()).contains("nesting up to 200 levels");
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void xml_nested_a_hundred_thousand_levels_deep_is_refused() {
    InvalidVexException rejected =
        rejection(CDX_XML + "<a>".repeat(100_000) + "</a>".repeat(100_000) + "</bom>");

    assertThat(rejected.getMessage()).contains("deeper than 200 levels");
  }

  @Test
  void an_external_entity_is_refused_before_anything_is_fetched() {
    InvalidVexException rejected =
        rejection(
            "<?xml version=\"1.0\"?><!DOCTYPE bom [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + CDX_XML
                + "<metadata><timestamp>&xxe;</timestamp></metadata></bom>");

    assertThat(rejected.problems())
        .extracting(VexProblem::message)
        .containsExactly(
            "document type declarations (DOCTYPE) are not accepted: they allow external entities"
                + " (XXE) and entity expansion");
    assertThat(rejected.getMessage()).doesNotContain("root:");
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void billion_laughs_are_refused_without_expanding_anything() {
    StringBuilder entities = new StringBuilder("<!ENTITY lol0 \"lol\">");
    for (int i = 1; i < 10; i++) {
      entities.append("<!ENTITY lol").append(i).append(" \"");
      entities.append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
    }
    InvalidVexException rejected =
        rejection("<!DOCTYPE bom [" + entities + "]>" + CDX_XML + "&lol9;</bom>");

    assertThat(rejected.getMessage()).contains("DOCTYPE");
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void a_fifty_megabyte_json_string_is_refused() {
    String huge = "a".repeat(50 * 1024 * 1024);

    InvalidVexException rejected =
        rejection(
            "{\"bomFormat\": \"CycloneDX\", \"specVersion\": \"1.6\", \"vulnerabilities\": [{\"id\": \""
                + huge
                + "\"}]}");

    assertThat(rejected.getMessage()).contains("strings up to 1048576 characters");
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void a_fifty_megabyte_xml_text_is_refused() {
    String huge = "a".repeat(50 * 1024 * 1024);

    InvalidVexException rejected =
        rejection(CDX_XML + "<vulnerabilities><vulnerability><id>" + huge + "</id>");

    assertThat(rejected.getMessage()).contains("text longer than 1048576 characters");
  }

  @Test
  void a_key_given_twice_is_refused_at_its_path_because_a_signed_document_must_say_one_thing() {
    InvalidVexException twoStatusLists =
        rejection(
            "{\"@context\": \"https://openvex.dev/ns/v0.2.0\", \"statements\": [{\"vulnerability\":"
                + " {\"name\": \"CVE-1\"}, \"products\": [{\"@id\": \"pkg:npm/a@1\"}],"
                + " \"status\": \"not_affected\", \"status\": \"affected\"}]}");
    InvalidVexException twoVersions =
        rejection(
            "{\"document\": {\"csaf_version\": \"2.0\", \"category\": \"csaf_vex\","
                + " \"csaf_version\": \"2.1\"}, \"vulnerabilities\": []}");

    assertThat(twoStatusLists.problems())
        .containsExactly(
            new VexProblem(
                "$.statements[0].status",
                "the key 'status' is given twice: a document must say one thing (RFC 8259"
                    + " section 4)"));
    assertThat(twoVersions.problems())
        .extracting(VexProblem::location)
        .containsExactly("$.document.csaf_version");
  }

  @Test
  void malformed_xml_is_rejected_with_its_line() {
    InvalidVexException rejected = rejection(CDX_XML + "\n<vulnerabilities>\n</bom>");

    assertThat(rejected.problems().get(0).location()).startsWith("line 3:");
    assertThat(rejected.problems().get(0).message()).startsWith("not well-formed XML");
  }

  private static InvalidVexException rejection(String document) {
    return rejection(document.getBytes(StandardCharsets.UTF_8));
  }

  private static InvalidVexException rejection(byte[] document) {
    Throwable thrown = catchThrowable(() -> READER.read(document));
    assertThat(thrown).isInstanceOf(InvalidVexException.class);
    return (InvalidVexException) thrown;
  }
}
