package org.provena.supplier.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A client-credentials client in Keycloak through which a supplier's CI uploads evidence: its
 * service-account token names {@link #clientId()}, which resolves to this supplier. A client id
 * belongs to one supplier only. Once revoked, its tokens are refused; revocation is final.
 */
@Entity
@Table(name = "supplier_api_client")
public class ApiClient {

  @Id private UUID id;

  @Column(name = "supplier_id", nullable = false, updatable = false)
  private UUID supplierId;

  @Column(name = "client_id", nullable = false, updatable = false)
  private String clientId;

  @Column(nullable = false)
  private String name;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  protected ApiClient() {}

  /** Records a Keycloak client created for the supplier's CI. */
  public static ApiClient register(
      UUID supplierId, String clientId, String name, String createdBy, Instant now) {
    ApiClient c = new ApiClient();
    c.id = UUID.randomUUID();
    c.supplierId = Objects.requireNonNull(supplierId, "supplierId");
    c.clientId = requireText(clientId, "client id");
    c.name = requireText(name, "name");
    c.createdBy = requireText(createdBy, "creator");
    c.createdAt = now;
    return c;
  }

  public void revoke(Instant now) {
    if (revokedAt == null) {
      revokedAt = now;
    }
  }

  public boolean isRevoked() {
    return revokedAt != null;
  }

  private static String requireText(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("An API client needs a " + what);
    }
    return value.trim();
  }

  public UUID id() {
    return id;
  }

  public UUID supplierId() {
    return supplierId;
  }

  public String clientId() {
    return clientId;
  }

  public String name() {
    return name;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Optional<Instant> revokedAt() {
    return Optional.ofNullable(revokedAt);
  }
}
