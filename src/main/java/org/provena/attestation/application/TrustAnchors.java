package org.provena.attestation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.provena.attestation.domain.TrustAnchor;
import org.provena.supplier.application.SigningIdentities;
import org.provena.supplier.application.SigningIdentityView;

/** A supplier's registered signing identities as verification uses them, in every status. */
@ApplicationScoped
public class TrustAnchors {

  @Inject SigningIdentities identities;

  public List<TrustAnchor> of(UUID supplierId) {
    return identities.of(supplierId).stream().map(TrustAnchors::anchor).toList();
  }

  private static TrustAnchor anchor(SigningIdentityView v) {
    return new TrustAnchor(
        v.id(),
        v.kind(),
        v.algorithm(),
        v.keyId(),
        v.publicKeyPem(),
        v.fingerprint(),
        v.certificateSubject(),
        v.oidcIssuer(),
        v.status(),
        v.registeredAt(),
        v.revokedAt(),
        v.revocationReason());
  }
}
