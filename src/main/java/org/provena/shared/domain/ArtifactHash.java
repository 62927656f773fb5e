package org.provena.shared.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Locale;
import java.util.Objects;

/** A digest of an artifact: algorithm and lower-case hex value. */
@Embeddable
public class ArtifactHash {

  @Enumerated(EnumType.STRING)
  @Column(name = "algorithm", nullable = false)
  private HashAlgorithm algorithm;

  @Column(name = "hash_value", nullable = false)
  private String value;

  protected ArtifactHash() {}

  public ArtifactHash(HashAlgorithm algorithm, String value) {
    this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
    this.value = Objects.requireNonNull(value, "value").trim().toLowerCase(Locale.ROOT);
  }

  public HashAlgorithm algorithm() {
    return algorithm;
  }

  public String value() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ArtifactHash other
        && algorithm == other.algorithm
        && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(algorithm, value);
  }

  @Override
  public String toString() {
    return algorithm + ":" + value;
  }
}
