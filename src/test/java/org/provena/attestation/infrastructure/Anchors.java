package org.provena.attestation.infrastructure;

import java.security.KeyPair;
import java.time.Instant;
import java.util.UUID;
import org.provena.attestation.domain.TrustAnchor;
import org.provena.shared.infrastructure.PublicKeyMaterial;
import org.provena.shared.infrastructure.PublicKeys;
import org.provena.supplier.domain.SigningIdentityKind;
import org.provena.supplier.domain.SigningIdentityStatus;
import org.provena.testing.TestKeys;

/** Registered signing identities as a test needs them. */
public final class Anchors {

  public static final Instant REGISTERED = Instant.parse("2025-01-10T09:00:00Z");

  private Anchors() {}

  public static TrustAnchor key(KeyPair pair, String keyId) {
    return key(pair, keyId, SigningIdentityStatus.ACTIVE, null, null);
  }

  public static TrustAnchor rotatedKey(KeyPair pair, String keyId) {
    return key(pair, keyId, SigningIdentityStatus.ROTATED, null, null);
  }

  public static TrustAnchor revokedKey(KeyPair pair, String keyId, Instant when, String reason) {
    return key(pair, keyId, SigningIdentityStatus.REVOKED, when, reason);
  }

  private static TrustAnchor key(
      KeyPair pair, String keyId, SigningIdentityStatus status, Instant revokedAt, String reason) {
    PublicKeyMaterial key = PublicKeys.parse(TestKeys.publicPem(pair));
    return new TrustAnchor(
        UUID.randomUUID(),
        SigningIdentityKind.PUBLIC_KEY,
        key.algorithm(),
        keyId,
        key.pem(),
        key.fingerprint(),
        null,
        null,
        status,
        REGISTERED,
        revokedAt,
        reason);
  }

  public static TrustAnchor identity(String subject, String issuer) {
    return identity(subject, issuer, SigningIdentityStatus.ACTIVE, null, null);
  }

  public static TrustAnchor identity(
      String subject,
      String issuer,
      SigningIdentityStatus status,
      Instant revokedAt,
      String reason) {
    return new TrustAnchor(
        UUID.randomUUID(),
        SigningIdentityKind.SIGSTORE_IDENTITY,
        null,
        null,
        null,
        null,
        subject,
        issuer,
        status,
        REGISTERED,
        revokedAt,
        reason);
  }
}
