package org.provena.sbom.infrastructure.spdx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.provena.sbom.domain.InvalidSbomException;
import org.provena.sbom.domain.ParsedSbom;
import org.provena.sbom.domain.SbomFormat;
import org.provena.sbom.infrastructure.DetectedFormat;

/**
 * Reads every SPDX document of the shared corpus ({@code corpus/sbom/spdx}, see its MANIFEST.md).
 * Runs only where the corpus is checked out.
 *
 * <p>Skipped serialisations, which Provena does not accept: RDF/XML ({@code *.rdf.xml}), XML
 * ({@code *.spdx.xml}) and YAML ({@code *.yaml}) — in this corpus the official SPDX 2.2 and 2.3
 * specification examples SPDXRdfExample, SPDXXMLExample and SPDXYAMLExample.
 */
class SpdxCorpusTest {

  private static final Pattern JSON_VERSION =
      Pattern.compile("\"spdxVersion\"\\s*:\\s*\"SPDX-(\\d+\\.\\d+)\"");
  private static final Pattern TAG_VERSION =
      Pattern.compile("(?m)^SPDXVersion:\\s*SPDX-(\\d+\\.\\d+)");

  /**
   * Documents that are really invalid, by path under corpus/sbom/spdx, with the reason a person
   * understands.
   */
  private static final Map<String, String> INVALID = Map.of();

  private final SpdxReader reader = new SpdxReader();

  @TestFactory
  Stream<DynamicTest> every_spdx_document_of_the_corpus_is_read_or_rejected_for_a_known_reason()
      throws IOException {
    Path corpus = Path.of(System.getProperty("provena.corpus", "../shared/corpus"));
    Assumptions.assumeTrue(Files.isDirectory(corpus));
    Path root = corpus.resolve("sbom/spdx");
    List<Path> documents;
    try (Stream<Path> files = Files.walk(root)) {
      documents =
          files.filter(Files::isRegularFile).filter(SpdxCorpusTest::accepted).sorted().toList();
    }
    assertThat(documents).isNotEmpty();
    return documents.stream()
        .map(
            document ->
                DynamicTest.dynamicTest(
                    root.relativize(document).toString(),
                    () ->
                        check(document, root.relativize(document).toString().replace('\\', '/'))));
  }

  private static boolean accepted(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".json") || name.endsWith(".spdx");
  }

  private void check(Path document, String relative) throws IOException {
    DetectedFormat detected = detect(document);
    if (detected.format() == SbomFormat.SPDX_JSON_LD) {
      assertThatThrownBy(() -> reader.read(document, detected))
          .isInstanceOf(InvalidSbomException.class)
          .hasMessage("SPDX 3.0 is not supported yet");
      return;
    }
    if (INVALID.containsKey(relative)) {
      assertThatThrownBy(() -> reader.read(document, detected))
          .as(INVALID.get(relative))
          .isInstanceOf(InvalidSbomException.class);
      return;
    }
    ParsedSbom sbom;
    try {
      long start = System.nanoTime();
      sbom = reader.read(document, detected);
      System.out.printf(
          "SPDX corpus: %s read in %d ms, primary %s, %d components, %d edges, %d warnings%n",
          relative,
          (System.nanoTime() - start) / 1_000_000,
          sbom.primary() == null ? "-" : sbom.primary().entry().name(),
          sbom.components().size(),
          sbom.dependencies().size(),
          sbom.facts().warnings().size());
    } catch (InvalidSbomException e) {
      throw new AssertionError(relative + ": " + e.getMessage() + " " + e.problems(), e);
    }
    assertThat(sbom.metadata().format()).isEqualTo(detected.format());
    assertThat(sbom.metadata().specVersion()).isEqualTo(detected.specVersion());
    assertThat(sbom.metadata().serialNumber()).isNotBlank();
  }

  /** A stand-in for the format detector, by content: enough for this corpus. */
  private static DetectedFormat detect(Path document) throws IOException {
    String text = Files.readString(document, StandardCharsets.UTF_8);
    Matcher json = JSON_VERSION.matcher(text);
    if (json.find()) {
      return new DetectedFormat(SbomFormat.SPDX_JSON, json.group(1));
    }
    Matcher tag = TAG_VERSION.matcher(text);
    if (tag.find()) {
      return new DetectedFormat(SbomFormat.SPDX_TAG_VALUE, tag.group(1));
    }
    return new DetectedFormat(SbomFormat.SPDX_JSON_LD, "3.0");
  }
}
