package org.provena.attestation.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.provena.shared.domain.ArtifactHash;

/**
 * A piece of evidence a supplier provided, about itself or about one of its component releases: its
 * kind, subject, issuer and validity period as read from the stored original, and the result of
 * verifying it — the signature against the supplier's registered signing identities, the subject
 * digest against the delivered artifact, the dates against today.
 *
 * <p>Lifecycle: {@link #upload uploaded} with status {@code PENDING} → {@link #describe described}
 * from its content → {@link #recordVerification verified}, and verified again whenever signing
 * identities change or expiry approaches. The original and what it says never change.
 */
@Entity
@Table(name = "attestation")
public class Attestation {

  @Id private UUID id;

  @Version
  @Column(name = "row_version")
  private long rowVersion;

  @Column(name = "supplier_id", nullable = false, updatable = false)
  private UUID supplierId;

  @Column(name = "component_release_id", updatable = false)
  private UUID componentReleaseId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private AttestationKind kind;

  @Column(name = "subject_name")
  private String subjectName;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "algorithm", column = @Column(name = "subject_digest_algorithm")),
    @AttributeOverride(name = "value", column = @Column(name = "subject_digest"))
  })
  private ArtifactHash subjectDigest;

  @Enumerated(EnumType.STRING)
  @Column(name = "subject_binding")
  private SubjectBinding subjectBinding;

  private String issuer;

  @Column(name = "issued_at")
  private Instant issuedAt;

  @Column(name = "expires_at")
  private Instant expiresAt;

  @Column(name = "original_sha256", updatable = false)
  private String originalSha256;

  @Column(name = "media_type", updatable = false)
  private String mediaType;

  @Enumerated(EnumType.STRING)
  @Column(name = "verification_status", nullable = false)
  private VerificationStatus verificationStatus;

  @Column(name = "verification_reason")
  private String verificationReason;

  @Column(name = "verified_at")
  private Instant verifiedAt;

  @Column(name = "signing_identity_id")
  private UUID signingIdentityId;

  @Column(name = "slsa_build_level")
  private Integer slsaBuildLevel;

  private String details;

  @Column(name = "uploaded_by", nullable = false, updatable = false)
  private String uploadedBy;

  @Column(name = "uploaded_at", nullable = false, updatable = false)
  private Instant uploadedAt;

  protected Attestation() {}

  /**
   * A supplier provides evidence, stored as {@code originalSha256}; {@code componentReleaseId} is
   * null for evidence about the supplier as a whole (an ISO/IEC 27001 certificate, say).
   */
  public static Attestation upload(
      UUID supplierId,
      UUID componentReleaseId,
      AttestationKind kind,
      String originalSha256,
      String mediaType,
      String uploadedBy,
      Instant now) {
    Attestation a = new Attestation();
    a.id = UUID.randomUUID();
    a.supplierId = Objects.requireNonNull(supplierId, "supplierId");
    a.componentReleaseId = componentReleaseId;
    a.kind = Objects.requireNonNull(kind, "kind");
    a.originalSha256 = originalSha256;
    a.mediaType = mediaType;
    a.uploadedBy = Objects.requireNonNull(uploadedBy, "uploadedBy");
    a.uploadedAt = now;
    a.verificationStatus = VerificationStatus.PENDING;
    a.subjectBinding =
        componentReleaseId == null ? SubjectBinding.NOT_APPLICABLE : SubjectBinding.UNKNOWN;
    return a;
  }

  /**
   * What the attestation says: its subject and digest, issuer, validity period, SLSA build level
   * (provenance only) and further details as JSON text.
   */
  public void describe(
      String subjectName,
      ArtifactHash subjectDigest,
      String issuer,
      Instant issuedAt,
      Instant expiresAt,
      Integer slsaBuildLevel,
      String details) {
    if (slsaBuildLevel != null && (slsaBuildLevel < 0 || slsaBuildLevel > 3)) {
      throw new IllegalArgumentException("SLSA build levels run from 0 to 3");
    }
    this.subjectName = subjectName;
    this.subjectDigest = subjectDigest;
    this.issuer = issuer;
    this.issuedAt = issuedAt;
    this.expiresAt = expiresAt;
    this.slsaBuildLevel = slsaBuildLevel;
    this.details = details;
  }

  /** Whether the subject digest matched the delivered artifact's hashes. */
  public void bindSubject(SubjectBinding binding) {
    this.subjectBinding = Objects.requireNonNull(binding, "binding");
  }

  /**
   * The outcome of a verification: the status, why (for anything but {@code VERIFIED}), and the
   * registered identity that signed it, if one did.
   */
  public void recordVerification(
      VerificationStatus status, String reason, UUID signingIdentityId, Instant now) {
    if (status == null || status == VerificationStatus.PENDING) {
      throw new IllegalArgumentException("A verification has an outcome");
    }
    this.verificationStatus = status;
    this.verificationReason = reason;
    this.signingIdentityId = signingIdentityId;
    this.verifiedAt = now;
  }

  public boolean isExpiredAt(Instant when) {
    return expiresAt != null && !expiresAt.isAfter(when);
  }

  public UUID id() {
    return id;
  }

  public UUID supplierId() {
    return supplierId;
  }

  public Optional<UUID> componentReleaseId() {
    return Optional.ofNullable(componentReleaseId);
  }

  public AttestationKind kind() {
    return kind;
  }

  public Optional<String> subjectName() {
    return Optional.ofNullable(subjectName);
  }

  public Optional<ArtifactHash> subjectDigest() {
    return Optional.ofNullable(subjectDigest);
  }

  public SubjectBinding subjectBinding() {
    return subjectBinding == null ? SubjectBinding.UNKNOWN : subjectBinding;
  }

  public Optional<String> issuer() {
    return Optional.ofNullable(issuer);
  }

  public Optional<Instant> issuedAt() {
    return Optional.ofNullable(issuedAt);
  }

  public Optional<Instant> expiresAt() {
    return Optional.ofNullable(expiresAt);
  }

  public Optional<String> originalSha256() {
    return Optional.ofNullable(originalSha256);
  }

  public Optional<String> mediaType() {
    return Optional.ofNullable(mediaType);
  }

  public VerificationStatus verificationStatus() {
    return verificationStatus;
  }

  public Optional<String> verificationReason() {
    return Optional.ofNullable(verificationReason);
  }

  public Optional<Instant> verifiedAt() {
    return Optional.ofNullable(verifiedAt);
  }

  public Optional<UUID> signingIdentityId() {
    return Optional.ofNullable(signingIdentityId);
  }

  public Optional<Integer> slsaBuildLevel() {
    return Optional.ofNullable(slsaBuildLevel);
  }

  public Optional<String> details() {
    return Optional.ofNullable(details);
  }

  public String uploadedBy() {
    return uploadedBy;
  }

  public Instant uploadedAt() {
    return uploadedAt;
  }
}
