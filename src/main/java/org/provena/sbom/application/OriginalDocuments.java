package org.provena.sbom.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.provena.sbom.domain.DocumentTooLargeException;
import org.provena.sbom.domain.StoredBlob;
import org.provena.sbom.domain.StoredBlobRepository;

/**
 * The original-document store as other contexts use it for their uploads (attestations, VEX
 * documents): the same content-addressed store and {@code stored_blob} rows as SBOMs (ADR 0005), so
 * that "an accepted upload is never lost" and "a rejected upload leaves nothing behind" hold for
 * every kind of evidence alike.
 */
@ApplicationScoped
public class OriginalDocuments {

  @Inject OriginalStore originals;
  @Inject StoredBlobRepository blobs;
  @Inject Clock clock;

  /** Streams the body into the store (not yet kept: {@link #keep} or {@link #discard} it). */
  public OriginalStore.Stored receive(InputStream body, long maxBytes)
      throws DocumentTooLargeException {
    return originals.store(body, maxBytes);
  }

  /** Records the stored bytes as kept, in the caller's transaction. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void keep(OriginalStore.Stored stored, String mediaType) {
    if (blobs.find(stored.sha256()).isEmpty()) {
      blobs.store(StoredBlob.stored(stored.sha256(), stored.size(), mediaType, clock.instant()));
    }
  }

  /** A refused upload leaves nothing behind, unless the same bytes were kept before. */
  @Transactional
  public void discard(String sha256) {
    if (blobs.find(sha256).isEmpty() && Files.exists(originals.path(sha256))) {
      originals.delete(sha256);
    }
  }

  public byte[] read(String sha256) {
    try {
      return Files.readAllBytes(originals.path(sha256));
    } catch (IOException e) {
      throw new UncheckedIOException("original " + sha256 + " cannot be read", e);
    }
  }

  public Path path(String sha256) {
    return originals.path(sha256);
  }
}
