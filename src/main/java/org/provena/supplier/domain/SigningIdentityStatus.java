package org.provena.supplier.domain;

/**
 * A signing identity in use, replaced by a newer one (signatures made before stay good), or revoked
 * (signatures by it are no longer trusted).
 */
public enum SigningIdentityStatus {
  ACTIVE,
  ROTATED,
  REVOKED
}
