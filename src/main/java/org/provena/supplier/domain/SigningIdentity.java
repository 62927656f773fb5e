package org.provena.supplier.domain;

import jakarta.persistence.Column;
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
import org.provena.shared.domain.KeyAlgorithm;

/**
 * A key or Sigstore identity a supplier registered as its own: signed SBOMs, VEX documents and
 * attestations are verified against these, and a signer that is not the registered supplier counts
 * against it. A public key carries its algorithm, PEM and fingerprint; a Sigstore identity the
 * certificate subject (an e-mail or workflow URI) and OIDC issuer it must be issued for.
 *
 * <p>Lifecycle: {@code ACTIVE} → {@link #rotate ROTATED} (superseded; earlier signatures stay
 * valid) or {@link #revoke REVOKED} (compromised or withdrawn; its signatures no longer count).
 * Revocation is final.
 */
@Entity
@Table(name = "supplier_signing_identity")
public class SigningIdentity {

  @Id private UUID id;

  @Version
  @Column(name = "row_version")
  private long rowVersion;

  @Column(name = "supplier_id", nullable = false, updatable = false)
  private UUID supplierId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private SigningIdentityKind kind;

  @Enumerated(EnumType.STRING)
  @Column(updatable = false)
  private KeyAlgorithm algorithm;

  @Column(name = "key_id", updatable = false)
  private String keyId;

  @Column(name = "public_key_pem", updatable = false)
  private String publicKeyPem;

  @Column(updatable = false)
  private String fingerprint;

  @Column(name = "certificate_subject", updatable = false)
  private String certificateSubject;

  @Column(name = "oidc_issuer", updatable = false)
  private String oidcIssuer;

  private String label;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private SigningIdentityStatus status;

  @Column(name = "registered_at", nullable = false, updatable = false)
  private Instant registeredAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Column(name = "revocation_reason")
  private String revocationReason;

  protected SigningIdentity() {}

  /**
   * A supplier registers a public key; {@code fingerprint} is the lower-case hex SHA-256 of its
   * DER-encoded SubjectPublicKeyInfo, {@code keyId} the id signatures name it by, if any.
   */
  public static SigningIdentity registerKey(
      UUID supplierId,
      String label,
      KeyAlgorithm algorithm,
      String keyId,
      String publicKeyPem,
      String fingerprint,
      Instant now) {
    SigningIdentity s = registered(supplierId, label, SigningIdentityKind.PUBLIC_KEY, now);
    s.algorithm = Objects.requireNonNull(algorithm, "algorithm");
    s.keyId = keyId;
    s.publicKeyPem = requireText(publicKeyPem, "public key");
    s.fingerprint = requireText(fingerprint, "fingerprint");
    return s;
  }

  /** A supplier registers the Sigstore identity its keyless signatures are issued for. */
  public static SigningIdentity registerSigstoreIdentity(
      UUID supplierId, String label, String certificateSubject, String oidcIssuer, Instant now) {
    SigningIdentity s = registered(supplierId, label, SigningIdentityKind.SIGSTORE_IDENTITY, now);
    s.certificateSubject = requireText(certificateSubject, "certificate subject");
    s.oidcIssuer = requireText(oidcIssuer, "OIDC issuer");
    return s;
  }

  private static SigningIdentity registered(
      UUID supplierId, String label, SigningIdentityKind kind, Instant now) {
    SigningIdentity s = new SigningIdentity();
    s.id = UUID.randomUUID();
    s.label = label == null || label.isBlank() ? null : label.trim();
    s.supplierId = Objects.requireNonNull(supplierId, "supplierId");
    s.kind = kind;
    s.status = SigningIdentityStatus.ACTIVE;
    s.registeredAt = now;
    return s;
  }

  /** Superseded by a newer identity; what it signed before stays trusted. */
  public void rotate() {
    if (status != SigningIdentityStatus.ACTIVE) {
      throw new IllegalStateException("Only an active signing identity can be rotated");
    }
    status = SigningIdentityStatus.ROTATED;
  }

  /** No longer trusted at all, for the reason given. */
  public void revoke(String reason, Instant now) {
    if (status == SigningIdentityStatus.REVOKED) {
      throw new IllegalStateException("Signing identity " + id + " is already revoked");
    }
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("Say why the signing identity is revoked");
    }
    status = SigningIdentityStatus.REVOKED;
    revokedAt = now;
    revocationReason = reason;
  }

  public boolean isActive() {
    return status == SigningIdentityStatus.ACTIVE;
  }

  private static String requireText(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("A signing identity needs a " + what);
    }
    return value.trim();
  }

  public UUID id() {
    return id;
  }

  public UUID supplierId() {
    return supplierId;
  }

  /** The name the supplier gave it, if any. */
  public Optional<String> label() {
    return Optional.ofNullable(label);
  }

  public SigningIdentityKind kind() {
    return kind;
  }

  public Optional<KeyAlgorithm> algorithm() {
    return Optional.ofNullable(algorithm);
  }

  public Optional<String> keyId() {
    return Optional.ofNullable(keyId);
  }

  public Optional<String> publicKeyPem() {
    return Optional.ofNullable(publicKeyPem);
  }

  public Optional<String> fingerprint() {
    return Optional.ofNullable(fingerprint);
  }

  public Optional<String> certificateSubject() {
    return Optional.ofNullable(certificateSubject);
  }

  public Optional<String> oidcIssuer() {
    return Optional.ofNullable(oidcIssuer);
  }

  public SigningIdentityStatus status() {
    return status;
  }

  public Instant registeredAt() {
    return registeredAt;
  }

  public Optional<Instant> revokedAt() {
    return Optional.ofNullable(revokedAt);
  }

  public Optional<String> revocationReason() {
    return Optional.ofNullable(revocationReason);
  }
}
