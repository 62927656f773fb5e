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
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.provena.shared.domain.ArtifactHash;
import org.provena.shared.domain.Texts;

/**
 * A piece of evidence a supplier provided, about itself or about one of its component releases: its
 * kind, subject, issuer and validity period as read from the stored original, and the result of
 * verifying it — the signature against the supplier's registered signing identities, the subject
 * digest against the delivered artifact, the dates against today.
 *
 * <p>Lifecycle: {@link #upload uploaded} with status {@code PENDING} → {@link #describe described}
 * from its content → {@link #verify verified}, and verified again whenever signing identities
 * change; its status is {@link #reconsiderExpiry reconsidered} daily as expiry approaches. The
 * original and what it says never change.
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

  @Column(name = "valid_from")
  private Instant validFrom;

  @Column(name = "expires_at")
  private Instant expiresAt;

  @Column(name = "predicate_type")
  private String predicateType;

  /** Every subject the document names, as JSON text ({@code [{"name":…,"digests":[…]}]}). */
  private String subjects;

  @Column(name = "binding_reason")
  private String bindingReason;

  private String signer;

  @Column(name = "signature_reason")
  private String signatureReason;

  @Enumerated(EnumType.STRING)
  @Column(name = "signature_outcome")
  private SignatureOutcome signatureOutcome;

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
    a.mediaType = Texts.clip(mediaType, 200);
    a.uploadedBy = Objects.requireNonNull(uploadedBy, "uploadedBy");
    a.uploadedAt = now;
    a.verificationStatus = VerificationStatus.PENDING;
    a.subjectBinding =
        componentReleaseId == null ? SubjectBinding.NOT_APPLICABLE : SubjectBinding.UNKNOWN;
    return a;
  }

  /** What the attestation says, as read from its original or entered in the portal's form. */
  public void describe(AttestationFacts facts) {
    Objects.requireNonNull(facts, "facts");
    if (facts.slsaBuildLevel() != null
        && (facts.slsaBuildLevel() < 0 || facts.slsaBuildLevel() > 3)) {
      throw new IllegalArgumentException("SLSA build levels run from 0 to 3");
    }
    if (facts.validFrom() != null
        && facts.expiresAt() != null
        && facts.expiresAt().isBefore(facts.validFrom())) {
      throw new IllegalArgumentException("Evidence cannot expire before it becomes valid");
    }
    this.predicateType = Texts.clip(facts.predicateType(), 500);
    this.subjects = facts.subjectsJson();
    this.issuer = Texts.clip(facts.issuer(), 1000);
    this.issuedAt = facts.issuedAt();
    this.validFrom = facts.validFrom();
    this.expiresAt = facts.expiresAt();
    this.slsaBuildLevel = facts.slsaBuildLevel();
    this.details = facts.detailsJson();
  }

  /**
   * The SLSA build level found when the provenance was checked again (its signer may have changed).
   */
  public void regrade(Integer slsaBuildLevel) {
    if (slsaBuildLevel != null && (slsaBuildLevel < 0 || slsaBuildLevel > 3)) {
      throw new IllegalArgumentException("SLSA build levels run from 0 to 3");
    }
    this.slsaBuildLevel = slsaBuildLevel;
  }

  /**
   * Whether a subject of the attestation is the delivered artifact: {@code subject} is the subject
   * that matched (or the first one, when none did), {@code reason} says what was compared.
   */
  public void bindSubject(
      SubjectBinding binding, String subjectName, ArtifactHash subjectDigest, String reason) {
    this.subjectBinding = Objects.requireNonNull(binding, "binding");
    this.subjectName = Texts.clip(subjectName, 2000);
    this.subjectDigest = subjectDigest;
    this.bindingReason = Texts.clip(reason, 2000);
  }

  /**
   * Checks the attestation as of {@code now}: its signature (as {@code signature} found it), its
   * subject binding and its validity period decide the status ({@link Verdict}).
   */
  public Verdict verify(SignatureCheck signature, Instant now, Duration expiringWithin) {
    Verdict verdict =
        Verdict.decide(
            signature, subjectBinding(), bindingReason, validFrom, expiresAt, now, expiringWithin);
    this.signatureOutcome = signature.outcome();
    this.signer = Texts.clip(signature.signer(), 2000);
    this.signatureReason = Texts.clip(signature.reason(), 4000);
    this.signingIdentityId =
        signature.outcome() == SignatureOutcome.VALID ? signature.signingIdentityId() : null;
    this.verificationStatus = verdict.status();
    this.verificationReason = Texts.clip(verdict.reason(), 4000);
    this.verifiedAt = now;
    return verdict;
  }

  /**
   * The status again as of {@code now}, without checking the signature anew (the daily expiry
   * pass); empty when the attestation was never verified.
   */
  public Optional<Verdict> reconsiderExpiry(Instant now, Duration expiringWithin) {
    if (signatureOutcome == null) {
      return Optional.empty();
    }
    return Optional.of(
        verify(
            new SignatureCheck(signatureOutcome, signatureReason, signingIdentityId, signer),
            now,
            expiringWithin));
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

  public Optional<Instant> validFrom() {
    return Optional.ofNullable(validFrom);
  }

  public Optional<String> predicateType() {
    return Optional.ofNullable(predicateType);
  }

  public Optional<String> subjectsJson() {
    return Optional.ofNullable(subjects);
  }

  public Optional<String> bindingReason() {
    return Optional.ofNullable(bindingReason);
  }

  public Optional<String> signer() {
    return Optional.ofNullable(signer);
  }

  public Optional<SignatureOutcome> signatureOutcome() {
    return Optional.ofNullable(signatureOutcome);
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
