package org.provena.finding.infrastructure.vex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.provena.finding.domain.InvalidVexException;
import org.provena.finding.domain.VexDocumentContent;

/**
 * Sweeps the VEX documents and CSAF advisories of the shared corpus (outside the repository;
 * skipped when it is absent). Each file is read, or rejected for the reason listed here; nothing
 * throws anything else.
 */
class VexCorpusTest {

  private static final Path CORPUS =
      Path.of(System.getProperty("provena.corpus", "../shared/corpus"));

  /** Files rejected, by path under the corpus, with the reason the rejection must give. */
  private static final Map<String, String> REJECTED =
      Map.ofEntries(
          Map.entry(
              "vex/guac/cyclonedx-vex-no-analysis.json",
              "no vulnerability carries an analysis: this is a BOM or VDR, not a VEX"),
          Map.entry("vex/bom-examples/bom.json", "CycloneDX 1.3 is not read as VEX"));

  /**
   * The BOMs that CycloneDX's VEX examples link to (bom-1.json …): components only, no
   * vulnerabilities.
   */
  private static final String BOM_OF_A_USE_CASE = "lists no vulnerabilities: this is a BOM";

  private final VexDocumentReader reader =
      new VexDocumentReader(new CycloneDxVexReader(), new OpenVexReader(), new CsafVexReader());

  @TestFactory
  Stream<DynamicTest> every_corpus_document_is_read_or_rejected_for_its_listed_reason()
      throws IOException {
    Assumptions.assumeTrue(
        Files.isDirectory(CORPUS.resolve("vex")), "no corpus at " + CORPUS.toAbsolutePath());
    Stream<Path> vex = Files.walk(CORPUS.resolve("vex"));
    Stream<Path> csaf = Files.walk(CORPUS.resolve("advisories/csaf"));
    return Stream.concat(vex, csaf)
        .filter(Files::isRegularFile)
        .sorted()
        .map(
            file -> {
              String name = CORPUS.relativize(file).toString().replace('\\', '/');
              return DynamicTest.dynamicTest(name, () -> check(file, name));
            });
  }

  private void check(Path file, String name) throws IOException {
    byte[] document = Files.readAllBytes(file);
    String reason =
        REJECTED.getOrDefault(
            name, file.getFileName().toString().startsWith("bom-") ? BOM_OF_A_USE_CASE : null);

    Throwable thrown = catchThrowable(() -> reader.read(document));

    if (reason != null) {
      assertThat(thrown).as(name).isInstanceOf(InvalidVexException.class);
      assertThat(((InvalidVexException) thrown).problems())
          .as(name)
          .anySatisfy(p -> assertThat(p.message()).contains(reason));
      return;
    }
    assertThat(thrown).as(name).isNull();
    VexDocumentContent content = uncheckedRead(document);
    assertThat(content.statements()).as(name).isNotEmpty();
    assertThat(content.statements())
        .as(name)
        .allSatisfy(
            s -> {
              assertThat(s.vulnerabilityId()).isNotBlank();
              assertThat(s.location()).isNotBlank();
            });
  }

  private VexDocumentContent uncheckedRead(byte[] document) {
    try {
      return reader.read(document);
    } catch (InvalidVexException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }
}
