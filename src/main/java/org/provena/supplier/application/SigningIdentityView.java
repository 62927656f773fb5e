package org.provena.supplier.application;

import java.time.Instant;
import java.util.UUID;
import org.provena.shared.domain.KeyAlgorithm;
import org.provena.supplier.domain.SigningIdentity;
import org.provena.supplier.domain.SigningIdentityKind;
import org.provena.supplier.domain.SigningIdentityStatus;

/** A registered signing identity as lists, the API and verification see it. */
public record SigningIdentityView(
    UUID id,
    UUID supplierId,
    String label,
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

  static SigningIdentityView of(SigningIdentity i) {
    return new SigningIdentityView(
        i.id(),
        i.supplierId(),
        i.label().orElse(null),
        i.kind(),
        i.algorithm().orElse(null),
        i.keyId().orElse(null),
        i.publicKeyPem().orElse(null),
        i.fingerprint().orElse(null),
        i.certificateSubject().orElse(null),
        i.oidcIssuer().orElse(null),
        i.status(),
        i.registeredAt(),
        i.revokedAt().orElse(null),
        i.revocationReason().orElse(null));
  }
}
