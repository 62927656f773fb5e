package org.provena.supplier.domain;

/**
 * A registered public key, or a Sigstore keyless identity (certificate subject and OIDC issuer).
 */
public enum SigningIdentityKind {
  PUBLIC_KEY,
  SIGSTORE_IDENTITY
}
