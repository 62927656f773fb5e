package org.provena.finding.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.provena.attestation.domain.SignatureCheck;
import org.provena.attestation.domain.SignatureOutcome;
import org.provena.shared.domain.Texts;

/**
 * A VEX document a supplier uploaded: the stored original (content-addressed like an SBOM's), what
 * the reader made of it (format, its own id, author, issue time, how many statements, what it
 * lacks), and how its signature checked out. Its statements are {@link VexStatement}s. A document
 * whose signature is invalid is kept, so that the supplier sees why, but its statements are never
 * applied to findings: a forged "not affected" must not silence a vulnerability. What it says never
 * changes; how its signature checks out is {@link #reverified decided again} when the supplier's
 * signing identities change.
 */
@Entity
@Table(name = "vex_document")
public class VexDocument {

  @Id private UUID id;

  @Column(name = "supplier_id", nullable = false, updatable = false)
  private UUID supplierId;

  @Column(name = "component_release_id", updatable = false)
  private UUID componentReleaseId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private VexSource format;

  @Column(name = "spec_version", updatable = false)
  private String specVersion;

  @Column(name = "document_ref", updatable = false)
  private String documentRef;

  @Column(updatable = false)
  private String author;

  @Column(name = "issued_at", updatable = false)
  private Instant issuedAt;

  @Column(name = "original_sha256", nullable = false, updatable = false)
  private String originalSha256;

  @Column(name = "media_type", updatable = false)
  private String mediaType;

  @Enumerated(EnumType.STRING)
  @Column(name = "signature_outcome", nullable = false)
  private SignatureOutcome signatureOutcome;

  @Column(name = "signature_reason")
  private String signatureReason;

  private String signer;

  @Column(name = "signing_identity_id")
  private UUID signingIdentityId;

  @Column(name = "statement_count", nullable = false, updatable = false)
  private int statementCount;

  /** What the document lacks, JSON text ({@code [{"location":…,"message":…}]}). */
  @Column(updatable = false)
  private String warnings;

  @Column(name = "uploaded_by", nullable = false, updatable = false)
  private String uploadedBy;

  @Column(name = "uploaded_at", nullable = false, updatable = false)
  private Instant uploadedAt;

  protected VexDocument() {}

  /**
   * A supplier uploaded a VEX document, stored as {@code originalSha256}; {@code
   * componentReleaseId} restricts it to one release, or is null.
   */
  public static VexDocument received(
      UUID supplierId,
      UUID componentReleaseId,
      VexDocumentContent content,
      String originalSha256,
      String mediaType,
      SignatureCheck signature,
      String warningsJson,
      String uploadedBy,
      Instant now) {
    VexDocument d = new VexDocument();
    d.id = UUID.randomUUID();
    d.supplierId = Objects.requireNonNull(supplierId, "supplierId");
    d.componentReleaseId = componentReleaseId;
    d.format = content.format();
    d.specVersion = Texts.clip(content.specVersion(), 20);
    d.documentRef = Texts.clip(content.documentId(), 1000);
    d.author = Texts.clip(content.author(), 1000);
    d.issuedAt = content.issuedAt();
    d.originalSha256 = Objects.requireNonNull(originalSha256, "originalSha256");
    d.mediaType = Texts.clip(mediaType, 200);
    d.signatureOutcome = signature.outcome();
    d.signatureReason = Texts.clip(signature.reason(), 4000);
    d.signer = Texts.clip(signature.signer(), 2000);
    d.signingIdentityId =
        signature.outcome() == SignatureOutcome.VALID ? signature.signingIdentityId() : null;
    d.statementCount = content.statements().size();
    d.warnings = warningsJson;
    d.uploadedBy = Objects.requireNonNull(uploadedBy, "uploadedBy");
    d.uploadedAt = now;
    return d;
  }

  /**
   * Its signature checked again after the supplier's signing identities changed (a key revoked, a
   * key registered): the document itself is as it was.
   */
  public void reverified(SignatureCheck signature) {
    this.signatureOutcome = signature.outcome();
    this.signatureReason = Texts.clip(signature.reason(), 4000);
    this.signer = Texts.clip(signature.signer(), 2000);
    this.signingIdentityId =
        signature.outcome() == SignatureOutcome.VALID ? signature.signingIdentityId() : null;
  }

  /** Whether its statements may be applied to findings: not when its signature is invalid. */
  public boolean isTrusted() {
    return signatureOutcome != SignatureOutcome.INVALID;
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

  public VexSource format() {
    return format;
  }

  public Optional<String> specVersion() {
    return Optional.ofNullable(specVersion);
  }

  public Optional<String> documentRef() {
    return Optional.ofNullable(documentRef);
  }

  public String author() {
    return author;
  }

  public Instant issuedAt() {
    return issuedAt;
  }

  public String originalSha256() {
    return originalSha256;
  }

  public Optional<String> mediaType() {
    return Optional.ofNullable(mediaType);
  }

  public SignatureOutcome signatureOutcome() {
    return signatureOutcome;
  }

  public Optional<String> signatureReason() {
    return Optional.ofNullable(signatureReason);
  }

  public Optional<String> signer() {
    return Optional.ofNullable(signer);
  }

  public Optional<UUID> signingIdentityId() {
    return Optional.ofNullable(signingIdentityId);
  }

  public int statementCount() {
    return statementCount;
  }

  public Optional<String> warningsJson() {
    return Optional.ofNullable(warnings);
  }

  public String uploadedBy() {
    return uploadedBy;
  }

  public Instant uploadedAt() {
    return uploadedAt;
  }
}
