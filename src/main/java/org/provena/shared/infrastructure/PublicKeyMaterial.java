package org.provena.shared.infrastructure;

import java.security.PublicKey;
import java.util.Objects;
import org.provena.shared.domain.KeyAlgorithm;

/**
 * A public key a supplier registered or a document embeds, read and checked by {@link PublicKeys}.
 *
 * @param pem the key as a normalised SubjectPublicKeyInfo PEM ({@code -----BEGIN PUBLIC KEY-----},
 *     64-character lines), whatever form it was given in
 * @param fingerprint lower-case hex SHA-256 of the DER SubjectPublicKeyInfo: the one name of a key
 *     across PEM, certificate and JWK forms
 * @param keyId the JWK {@code kid}, or null
 */
public record PublicKeyMaterial(
    KeyAlgorithm algorithm, PublicKey key, String pem, String fingerprint, String keyId) {

  public PublicKeyMaterial {
    Objects.requireNonNull(algorithm, "algorithm");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(pem, "pem");
    Objects.requireNonNull(fingerprint, "fingerprint");
  }
}
