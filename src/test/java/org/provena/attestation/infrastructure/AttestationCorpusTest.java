package org.provena.attestation.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.provena.attestation.domain.EvidenceContent;
import org.provena.attestation.domain.InvalidEvidenceException;
import org.provena.attestation.infrastructure.sigstore.SigstoreBundles;

/**
 * Sweeps the attestations of the shared corpus (outside the repository; skipped when absent), and
 * the CycloneDX spec vectors with declarations: every one is read, none refused.
 */
class AttestationCorpusTest {

  private static final Path CORPUS =
      Path.of(System.getProperty("provena.corpus", "../shared/corpus"));

  private final EvidenceDocumentReader reader = new EvidenceDocumentReader(new SigstoreBundles());

  private static List<Path> files(Path dir, String suffix) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
    }
  }

  @Test
  void every_corpus_attestation_is_read_with_subjects_and_a_signature_outcome() throws Exception {
    Path attestations = CORPUS.resolve("attestations");
    Assumptions.assumeTrue(
        Files.isDirectory(attestations),
        "no attestation corpus at " + attestations.toAbsolutePath());
    List<Path> files = files(attestations, ".json");
    assertThat(files).isNotEmpty();

    for (Path file : files) {
      EvidenceContent content = read(file);

      assertThat(content.subjects()).as(file.toString()).isNotEmpty();
      assertThat(content.signature()).as(file.toString()).isNotNull();
    }
  }

  @Test
  void every_cyclonedx_attestation_spec_vector_is_read() throws Exception {
    Path vectors = CORPUS.resolve("spec-vectors").resolve("cyclonedx");
    Assumptions.assumeTrue(Files.isDirectory(vectors), "no spec vectors at " + vectors);
    List<Path> files =
        files(vectors, ".json").stream()
            .filter(p -> p.getFileName().toString().startsWith("valid-attestation-"))
            .toList();
    assertThat(files).isNotEmpty();

    for (Path file : files) {
      assertThat(read(file).detailsJson()).as(file.toString()).isNotBlank();
    }
  }

  private EvidenceContent read(Path file) throws IOException {
    try {
      return reader.read(Files.readAllBytes(file), List.of());
    } catch (InvalidEvidenceException e) {
      throw new AssertionError(file + " was refused: " + e.problems(), e);
    }
  }
}
