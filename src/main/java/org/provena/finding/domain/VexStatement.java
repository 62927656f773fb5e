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

/**
 * A supplier's statement on whether a vulnerability affects its product, as made: answered in the
 * portal for a finding, or read from an uploaded CycloneDX VEX, OpenVEX or CSAF document.
 * Statements are history and never change; the newest one applied to a finding is its current VEX
 * answer. An uploaded statement names the vulnerability and product as the document does, and is
 * {@link #applyTo applied} to a finding once both are resolved.
 */
@Entity
@Table(name = "vex_statement")
public class VexStatement {

  @Id private UUID id;

  @Column(name = "supplier_id", nullable = false, updatable = false)
  private UUID supplierId;

  @Column(name = "component_release_id")
  private UUID componentReleaseId;

  @Column(name = "finding_id")
  private UUID findingId;

  @Column(name = "vulnerability_ref", nullable = false, updatable = false)
  private String vulnerabilityRef;

  @Column(name = "product_ref", updatable = false)
  private String productRef;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private VexStatus status;

  @Enumerated(EnumType.STRING)
  @Column(updatable = false)
  private VexJustification justification;

  @Column(name = "impact_statement", updatable = false)
  private String impactStatement;

  @Column(name = "action_statement", updatable = false)
  private String actionStatement;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private VexSource source;

  @Column(name = "source_sha256", updatable = false)
  private String sourceSha256;

  @Column(nullable = false, updatable = false)
  private String author;

  @Column(name = "issued_at", updatable = false)
  private Instant issuedAt;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  protected VexStatement() {}

  /**
   * A supplier user answers for a finding in the portal; {@code vulnerabilityRef} is the
   * vulnerability's id as the user saw it (its primary id).
   */
  public static VexStatement answered(
      Finding finding, String vulnerabilityRef, VexClaim claim, String author, Instant now) {
    if (vulnerabilityRef == null || vulnerabilityRef.isBlank()) {
      throw new IllegalArgumentException("A VEX statement names a vulnerability");
    }
    VexStatement s = new VexStatement();
    s.id = UUID.randomUUID();
    s.supplierId = finding.supplierId();
    s.componentReleaseId = finding.componentReleaseId();
    s.findingId = finding.id();
    s.vulnerabilityRef = vulnerabilityRef.trim();
    s.source = VexSource.PORTAL;
    s.author = Objects.requireNonNull(author, "author");
    s.issuedAt = now;
    s.recordedAt = now;
    s.claim(claim);
    return s;
  }

  /**
   * A statement read from an uploaded VEX document (stored as {@code sourceSha256}), naming the
   * vulnerability and product as the document does.
   */
  public static VexStatement imported(
      UUID supplierId,
      VexSource source,
      String sourceSha256,
      String vulnerabilityRef,
      String productRef,
      VexClaim claim,
      String author,
      Instant issuedAt,
      Instant now) {
    if (source == VexSource.PORTAL) {
      throw new IllegalArgumentException("Portal answers are not imported");
    }
    if (vulnerabilityRef == null || vulnerabilityRef.isBlank()) {
      throw new IllegalArgumentException("A VEX statement names a vulnerability");
    }
    VexStatement s = new VexStatement();
    s.id = UUID.randomUUID();
    s.supplierId = Objects.requireNonNull(supplierId, "supplierId");
    s.source = source;
    s.sourceSha256 = sourceSha256;
    s.vulnerabilityRef = vulnerabilityRef.trim();
    s.productRef = productRef;
    s.author = Objects.requireNonNull(author, "author");
    s.issuedAt = issuedAt;
    s.recordedAt = now;
    s.claim(claim);
    return s;
  }

  private void claim(VexClaim claim) {
    this.status = claim.status();
    this.justification = claim.justification();
    this.impactStatement = claim.impactStatement();
    this.actionStatement = claim.actionStatement();
  }

  /** The statement's product and vulnerability resolved to this finding of the same supplier. */
  public void applyTo(Finding finding) {
    if (!finding.supplierId().equals(supplierId)) {
      throw new IllegalArgumentException("A VEX statement applies to its own supplier's findings");
    }
    if (findingId != null && !findingId.equals(finding.id())) {
      throw new IllegalStateException("VEX statement " + id + " already applies to " + findingId);
    }
    this.findingId = finding.id();
    this.componentReleaseId = finding.componentReleaseId();
  }

  public VexClaim claim() {
    return new VexClaim(status, justification, impactStatement, actionStatement);
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

  public Optional<UUID> findingId() {
    return Optional.ofNullable(findingId);
  }

  public String vulnerabilityRef() {
    return vulnerabilityRef;
  }

  public Optional<String> productRef() {
    return Optional.ofNullable(productRef);
  }

  public VexStatus status() {
    return status;
  }

  public Optional<VexJustification> justification() {
    return Optional.ofNullable(justification);
  }

  public Optional<String> impactStatement() {
    return Optional.ofNullable(impactStatement);
  }

  public Optional<String> actionStatement() {
    return Optional.ofNullable(actionStatement);
  }

  public VexSource source() {
    return source;
  }

  public Optional<String> sourceSha256() {
    return Optional.ofNullable(sourceSha256);
  }

  public String author() {
    return author;
  }

  public Optional<Instant> issuedAt() {
    return Optional.ofNullable(issuedAt);
  }

  public Instant recordedAt() {
    return recordedAt;
  }
}
