package org.provena.attestation.domain;

/** The kinds of evidence suppliers attest with. */
public enum AttestationKind {
  /** An in-toto Statement v1 in a DSSE envelope, of another predicate type. */
  INTOTO_STATEMENT,
  /** An in-toto Statement with a SLSA Provenance v1 predicate. */
  SLSA_PROVENANCE,
  /** A Sigstore bundle (v0.3) around a signed artifact or attestation. */
  SIGSTORE_BUNDLE,
  /** CycloneDX 1.6 {@code declarations}: claims, evidence and their attestations. */
  CYCLONEDX_DECLARATIONS,
  /** CISA Secure Software Development Attestation form, signed PDF attached. */
  CISA_SECURE_SOFTWARE_DEVELOPMENT,
  IEC_62443_4_1_CERTIFICATE,
  ISO_27001_CERTIFICATE,
  PENETRATION_TEST_SUMMARY
}
