package org.provena.request.domain;

/** What the manufacturer asks for. */
public enum RequestKind {
  SBOM,
  /** VEX answers for the findings the request lists. */
  VEX,
  ATTESTATION,
  /** A new attestation of a kind whose current one is expiring or no longer covers the release. */
  ATTESTATION_RENEWAL
}
