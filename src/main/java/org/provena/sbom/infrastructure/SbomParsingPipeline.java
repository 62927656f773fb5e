package org.provena.sbom.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.provena.sbom.application.SbomParser;
import org.provena.sbom.domain.InvalidSbomException;
import org.provena.sbom.domain.ParsedSbom;
import org.provena.sbom.domain.SbomProblem;

/**
 * The one way from a stored original to a {@link ParsedSbom}: bounded decompression of a .gz or
 * single-entry .zip body into a scratch file, format detection from the content, then the reader
 * for that format (schema validation and reading). The scratch file is removed afterwards.
 */
@ApplicationScoped
public class SbomParsingPipeline implements SbomParser {

  @Inject CompressedDocuments compressed;
  @Inject SbomFormatDetector detector;
  @Inject Instance<SbomReader> readers;

  @Inject
  @ConfigProperty(name = "provena.sbom.max-bytes", defaultValue = "104857600")
  long maxBytes;

  @Override
  public ParsedSbom parse(Path original) throws InvalidSbomException {
    Path scratch = scratchFile(original);
    try {
      Path document =
          compressed.expand(original, scratch, maxBytes, CompressedDocuments.DEFAULT_MAX_RATIO);
      DetectedFormat detected = detector.detect(document);
      for (SbomReader reader : readers) {
        if (reader.reads(detected.format())) {
          return reader.read(document, detected);
        }
      }
      throw new InvalidSbomException(
          detected.format() + " " + detected.specVersion() + " is not supported yet",
          new SbomProblem(
              "$", "No reader for " + detected.format() + " " + detected.specVersion()));
    } finally {
      try {
        Files.deleteIfExists(scratch);
      } catch (IOException ignored) {
        // A leftover scratch file is harmless.
      }
    }
  }

  private static Path scratchFile(Path original) {
    try {
      return Files.createTempFile(original.getParent(), ".expand-", ".tmp");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
