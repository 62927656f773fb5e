package org.provena.attestation.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a machine-readable evidence document says, and how its signature checked out: read from an
 * in-toto statement (in a DSSE envelope or a Sigstore bundle), a SLSA provenance, or CycloneDX
 * declarations.
 *
 * @param mediaType the detected type, e.g. {@code application/vnd.in-toto+json}, {@code
 *     application/vnd.dev.sigstore.bundle.v0.3+json}, {@code application/vnd.cyclonedx+json}
 * @param predicateType the in-toto predicate type; null for other documents
 * @param subjects the artifacts the document is about (in-toto subjects, a Sigstore message
 *     signature's digest, declarations' target components with hashes); may be empty
 * @param issuer who issued it: the builder id of a provenance, the signer of a bundle, the assessor
 *     of declarations
 * @param expiresAt the earliest expiry the document states (CycloneDX evidence {@code expires})
 * @param provenance the build facts of a SLSA provenance; null for other kinds
 * @param detailsJson further kind-specific facts as a JSON object text (claims, standards,
 *     signatories …) for the portal to show; may be null
 */
public record EvidenceContent(
    AttestationKind kind,
    String mediaType,
    String predicateType,
    List<EvidenceSubject> subjects,
    String issuer,
    Instant issuedAt,
    Instant expiresAt,
    Provenance provenance,
    String detailsJson,
    SignatureCheck signature) {

  public EvidenceContent {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(signature, "signature");
    subjects = subjects == null ? List.of() : List.copyOf(subjects);
  }
}
