package org.provena.sbom.application;

import java.io.InputStream;
import java.nio.file.Path;
import org.provena.sbom.domain.DocumentTooLargeException;

/** Where uploaded originals are kept byte for byte, addressed by their SHA-256 (ADR 0005). */
public interface OriginalStore {

  /** A stored original: its digest, its size and where it lies. */
  record Stored(String sha256, long size, Path path) {}

  /** Streams the body into the store, cutting it off past {@code maxBytes}. */
  Stored store(InputStream body, long maxBytes) throws DocumentTooLargeException;

  Path path(String sha256);

  /** Removes an original that nothing refers to. */
  void delete(String sha256);
}
