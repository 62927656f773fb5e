package org.provena.attestation.application;

import java.time.Instant;
import java.util.UUID;
import org.provena.attestation.domain.Attestation;

/**
 * An attestation as the portal and the API show it.
 *
 * @param subjectsJson every subject, JSON text ({@code [{"name":…,"digests":["sha256:…"]}]})
 * @param detailsJson kind-specific facts, JSON text
 */
public record AttestationView(
    UUID id,
    UUID supplierId,
    UUID componentReleaseId,
    String kind,
    String mediaType,
    String predicateType,
    String subjectName,
    String subjectDigest,
    String subjectsJson,
    String subjectBinding,
    String bindingReason,
    String issuer,
    Instant issuedAt,
    Instant validFrom,
    Instant expiresAt,
    String status,
    String reason,
    String signatureOutcome,
    String signer,
    UUID signingIdentityId,
    Instant verifiedAt,
    Integer slsaBuildLevel,
    String detailsJson,
    String originalSha256,
    String uploadedBy,
    Instant uploadedAt) {

  static AttestationView of(Attestation a) {
    return new AttestationView(
        a.id(),
        a.supplierId(),
        a.componentReleaseId().orElse(null),
        a.kind().name(),
        a.mediaType().orElse(null),
        a.predicateType().orElse(null),
        a.subjectName().orElse(null),
        a.subjectDigest().map(AttestationView::label).orElse(null),
        a.subjectsJson().orElse(null),
        a.subjectBinding().name(),
        a.bindingReason().orElse(null),
        a.issuer().orElse(null),
        a.issuedAt().orElse(null),
        a.validFrom().orElse(null),
        a.expiresAt().orElse(null),
        a.verificationStatus().name(),
        a.verificationReason().orElse(null),
        a.signatureOutcome().map(Enum::name).orElse(null),
        a.signer().orElse(null),
        a.signingIdentityId().orElse(null),
        a.verifiedAt().orElse(null),
        a.slsaBuildLevel().orElse(null),
        a.details().orElse(null),
        a.originalSha256().orElse(null),
        a.uploadedBy(),
        a.uploadedAt());
  }

  /** {@code sha256:…}, as in-toto and the API write digests. */
  static String label(org.provena.shared.domain.ArtifactHash hash) {
    return hash.algorithm().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
        + ":"
        + hash.value();
  }
}
