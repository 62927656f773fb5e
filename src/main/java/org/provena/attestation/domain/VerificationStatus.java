package org.provena.attestation.domain;

/**
 * The outcome of checking an attestation: not yet checked, signature valid and within its validity
 * period, not signed at all, signature or signer invalid, past its expiry, or close to it.
 */
public enum VerificationStatus {
  PENDING,
  VERIFIED,
  UNSIGNED,
  INVALID,
  EXPIRED,
  EXPIRING
}
