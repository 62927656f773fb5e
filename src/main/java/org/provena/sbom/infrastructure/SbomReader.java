package org.provena.sbom.infrastructure;

import java.nio.file.Path;
import org.provena.sbom.domain.InvalidSbomException;
import org.provena.sbom.domain.ParsedSbom;
import org.provena.sbom.domain.SbomFormat;

/**
 * Reads one family of SBOM formats: validates a document against its specification's schema and
 * turns it into a {@link ParsedSbom}. One implementation per family (CycloneDX, SPDX).
 * Implementations are stateless CDI beans and safe for concurrent use.
 */
public interface SbomReader {

  /** Whether this reader handles documents of this format. */
  boolean reads(SbomFormat format);

  /**
   * Validates and reads the document.
   *
   * @param document the stored original (already decompressed), read as often as needed
   * @param detected what {@link SbomFormatDetector} found
   * @throws InvalidSbomException listing every schema error with its JSON path or line number
   */
  ParsedSbom read(Path document, DetectedFormat detected) throws InvalidSbomException;
}
