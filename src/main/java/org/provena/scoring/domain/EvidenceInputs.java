package org.provena.scoring.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * An attestation as scoring sees it: its kind, how it verified, what it is bound to, and its
 * validity period. Enumerated values are the database's enum constants.
 *
 * @param componentReleaseId the release it is about; null for evidence about the supplier as a
 *     whole
 * @param kind e.g. {@code SLSA_PROVENANCE}, {@code CISA_SECURE_SOFTWARE_DEVELOPMENT}, {@code
 *     ISO_27001_CERTIFICATE}
 * @param verificationStatus {@code PENDING}, {@code VERIFIED}, {@code UNSIGNED}, {@code INVALID},
 *     {@code EXPIRED} or {@code EXPIRING}
 * @param signatureOutcome {@code UNSIGNED}, {@code VALID} or {@code INVALID}; null when not checked
 * @param subjectBinding {@code MATCHED}, {@code MISMATCHED}, {@code NOT_APPLICABLE} or {@code
 *     UNKNOWN}; may be null
 * @param slsaBuildLevel the SLSA build level the signer stands for; null when not provenance
 * @param issuedAt when it was issued, signed or filed
 * @param expiresAt when it stops being valid (a certificate's "valid until", a secure-development
 *     attestation's renewal date); null when it does not expire
 * @param reason the verification's reason, for messages; may be null
 * @param coversAllReleases a secure-development attestation for all of the supplier's products
 * @param coveredReleaseIds the releases a secure-development attestation names
 */
public record EvidenceInputs(
    UUID attestationId,
    UUID componentReleaseId,
    String kind,
    String verificationStatus,
    String signatureOutcome,
    String subjectBinding,
    Integer slsaBuildLevel,
    Instant issuedAt,
    Instant expiresAt,
    String reason,
    boolean coversAllReleases,
    Set<UUID> coveredReleaseIds) {

  /** Kinds that state how a release was built. */
  public static final Set<String> PROVENANCE_KINDS =
      Set.of("SLSA_PROVENANCE", "INTOTO_STATEMENT", "SIGSTORE_BUNDLE");

  /** CISA's Secure Software Development Attestation form. */
  public static final String SECURE_DEVELOPMENT = "CISA_SECURE_SOFTWARE_DEVELOPMENT";

  /** Certificates about the supplier's organisation or process. */
  public static final Set<String> CERTIFICATE_KINDS =
      Set.of("IEC_62443_4_1_CERTIFICATE", "ISO_27001_CERTIFICATE", "PENETRATION_TEST_SUMMARY");

  public EvidenceInputs {
    Objects.requireNonNull(attestationId, "attestationId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(verificationStatus, "verificationStatus");
    coveredReleaseIds = Set.copyOf(coveredReleaseIds);
  }

  public boolean isProvenance() {
    return PROVENANCE_KINDS.contains(kind);
  }

  /** Past its expiry at {@code now} (by date or by the verifier's status). */
  public boolean expiredAt(Instant now) {
    return "EXPIRED".equals(verificationStatus) || (expiresAt != null && !expiresAt.isAfter(now));
  }

  /** The signature failed, or the verifier found it invalid (wrong signer, subject, dates). */
  public boolean invalid() {
    return "INVALID".equals(signatureOutcome) || "INVALID".equals(verificationStatus);
  }

  public boolean unsigned() {
    return "UNSIGNED".equals(signatureOutcome) || "UNSIGNED".equals(verificationStatus);
  }

  /** A secure-development attestation that names this release or all products. */
  public boolean covers(UUID releaseId) {
    return coversAllReleases || coveredReleaseIds.contains(releaseId);
  }
}
