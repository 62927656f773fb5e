package org.provena.sbom.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * What an SBOM says about itself: format and spec version, serial number and document version, the
 * author, the generating tool, the timestamp and generation context (CycloneDX {@code
 * metadata.lifecycles}). All but the format may be absent; quality profiles report what is missing.
 */
public record SbomMetadata(
    SbomFormat format,
    String specVersion,
    String serialNumber,
    Integer documentVersion,
    String author,
    String toolName,
    String toolVersion,
    Instant documentTimestamp,
    String lifecycle) {

  public SbomMetadata {
    Objects.requireNonNull(format, "format");
  }
}
