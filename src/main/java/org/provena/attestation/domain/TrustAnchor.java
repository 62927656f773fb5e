package org.provena.attestation.domain;

import java.time.Instant;
import java.util.UUID;
import org.provena.shared.domain.KeyAlgorithm;
import org.provena.supplier.domain.SigningIdentityKind;
import org.provena.supplier.domain.SigningIdentityStatus;

/**
 * A supplier's registered signing identity as verification sees it: a public key (algorithm, key
 * id, SPKI PEM, SHA-256 fingerprint) or a Sigstore identity (certificate subject and OIDC issuer),
 * with its status. Signatures by an {@code ACTIVE} or {@code ROTATED} identity count; signatures by
 * a {@code REVOKED} one do not.
 */
public record TrustAnchor(
    UUID id,
    SigningIdentityKind kind,
    KeyAlgorithm algorithm,
    String keyId,
    String publicKeyPem,
    String fingerprint,
    String certificateSubject,
    String oidcIssuer,
    SigningIdentityStatus status,
    Instant registeredAt,
    Instant revokedAt,
    String revocationReason) {

  public boolean isRevoked() {
    return status == SigningIdentityStatus.REVOKED;
  }
}
