package org.provena.supplier.application;

import org.provena.shared.domain.KeyAlgorithm;

/** Reads a public key a supplier registers, given as PEM or as a JWK. */
public interface PublicKeyReader {

  /**
   * A key as it is registered.
   *
   * @param pem the SubjectPublicKeyInfo as PEM
   * @param fingerprint lower-case hex SHA-256 of the DER SubjectPublicKeyInfo
   * @param keyId the JWK's {@code kid}, if it had one
   */
  record ReadKey(KeyAlgorithm algorithm, String pem, String fingerprint, String keyId) {}

  /**
   * @throws IllegalArgumentException not a public key Provena accepts (ECDSA P-256, Ed25519, RSA of
   *     2048 bits or more), with the reason
   */
  ReadKey read(String pemOrJwk);
}
