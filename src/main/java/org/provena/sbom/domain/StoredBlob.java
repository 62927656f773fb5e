package org.provena.sbom.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The record that an original (an SBOM, a VEX document, an attestation) was stored completely in
 * the blob store, under the lower-case hex SHA-256 of its bytes (ADR 0005). Written before the
 * upload is accepted, so nothing accepted can refer to bytes that are not there. Identical bytes
 * are stored once; a record never changes.
 */
@Entity
@Table(name = "stored_blob")
public class StoredBlob {

  private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

  @Id
  @Column(name = "sha256")
  private String sha256;

  @Column(name = "size_bytes", nullable = false, updatable = false)
  private long sizeBytes;

  @Column(name = "media_type", updatable = false)
  private String mediaType;

  @Column(name = "stored_at", nullable = false, updatable = false)
  private Instant storedAt;

  protected StoredBlob() {}

  /** Bytes with this digest and size are now in the blob store. */
  public static StoredBlob stored(String sha256, long sizeBytes, String mediaType, Instant now) {
    String digest = sha256 == null ? "" : sha256.trim().toLowerCase(Locale.ROOT);
    if (!SHA256_HEX.matcher(digest).matches()) {
      throw new IllegalArgumentException("Not a SHA-256 hex digest: " + sha256);
    }
    if (sizeBytes < 0) {
      throw new IllegalArgumentException("A blob size cannot be negative");
    }
    StoredBlob blob = new StoredBlob();
    blob.sha256 = digest;
    blob.sizeBytes = sizeBytes;
    blob.mediaType = mediaType;
    blob.storedAt = now;
    return blob;
  }

  public String sha256() {
    return sha256;
  }

  public long sizeBytes() {
    return sizeBytes;
  }

  public Optional<String> mediaType() {
    return Optional.ofNullable(mediaType);
  }

  public Instant storedAt() {
    return storedAt;
  }
}
