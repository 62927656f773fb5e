package org.provena.shared.domain;

/** Public-key algorithms accepted for registered signing keys. */
public enum KeyAlgorithm {
  ECDSA_P256,
  ED25519,
  RSA
}
