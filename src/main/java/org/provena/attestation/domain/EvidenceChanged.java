package org.provena.attestation.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * A supplier's evidence changed: an attestation was filed, verified again after a key change, or
 * expired. {@code componentReleaseId} is the release it is bound to, or {@code null} for evidence
 * about the supplier as a whole (a certificate, a secure-development attestation). Fired inside the
 * transaction that changed it, so what observers write commits with it.
 */
public record EvidenceChanged(UUID supplierId, UUID componentReleaseId) {

  public EvidenceChanged {
    Objects.requireNonNull(supplierId, "supplierId");
  }
}
