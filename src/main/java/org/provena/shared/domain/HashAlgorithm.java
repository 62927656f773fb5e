package org.provena.shared.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * Hash algorithms as SBOM and attestation formats name them (CycloneDX {@code hash-alg}, SPDX
 * {@code ChecksumAlgorithm}, in-toto digest keys). MD5 and SHA-1 are accepted as data but count as
 * weak wherever hashes are judged.
 */
public enum HashAlgorithm {
  MD5(false),
  SHA1(false),
  SHA256(true),
  SHA384(true),
  SHA512(true),
  SHA3_256(true),
  SHA3_384(true),
  SHA3_512(true),
  BLAKE2B_256(true),
  BLAKE2B_384(true),
  BLAKE2B_512(true),
  BLAKE3(true);

  private final boolean strong;

  HashAlgorithm(boolean strong) {
    this.strong = strong;
  }

  public boolean isStrong() {
    return strong;
  }

  /** Reads "SHA-256", "sha256", "SHA3-256", "BLAKE2b-256" and the like. */
  public static Optional<HashAlgorithm> parse(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String key = name.trim().toUpperCase(Locale.ROOT).replace('-', '_');
    if (key.startsWith("SHA_") && !key.startsWith("SHA_3")) {
      key = "SHA" + key.substring(4);
    }
    for (HashAlgorithm algorithm : values()) {
      if (algorithm.name().equals(key)) {
        return Optional.of(algorithm);
      }
    }
    return Optional.empty();
  }
}
