package org.provena.attestation.domain;

/**
 * What checking a document's signature found: no signature at all, a signature that verifies
 * against one of the supplier's registered identities, or one that does not (tampered content, an
 * unknown or revoked key, a Sigstore certificate for someone else).
 */
public enum SignatureOutcome {
  UNSIGNED,
  VALID,
  INVALID
}
