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

/**
 * A vendor organization that delivers components to the manufacturer. It is a Keycloak organization
 * too: {@link #organizationAlias()} is the alias the {@code organization} claim of its users'
 * tokens names, and the only link between a login and the supplier's data.
 *
 * <p>Lifecycle: {@link #invite invited} → {@link #activate active} ⇄ {@link #suspend suspended}. A
 * suspended supplier's users see nothing; its evidence stays for the manufacturer.
 */
@Entity
@Table(name = "supplier")
public class Supplier {

  @Id private UUID id;

  @Version
  @Column(name = "row_version")
  private long rowVersion;

  @Column(nullable = false)
  private String name;

  @Column(name = "organization_alias", nullable = false, updatable = false)
  private String organizationAlias;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private SupplierStatus status;

  @Column(name = "contact_email")
  private String contactEmail;

  @Column(name = "cvd_contact")
  private String cvdContact;

  @Column(name = "cvd_policy_url")
  private String cvdPolicyUrl;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Supplier() {}

  private Supplier(String name, String organizationAlias, String contactEmail, Instant now) {
    this.id = UUID.randomUUID();
    this.name = requireText(name, "name");
    this.organizationAlias = requireText(organizationAlias, "organization alias");
    this.contactEmail = contactEmail;
    this.status = SupplierStatus.INVITED;
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** A supplier the manufacturer has invited; it becomes active when it starts delivering. */
  public static Supplier invite(
      String name, String organizationAlias, String contactEmail, Instant now) {
    return new Supplier(name, organizationAlias, contactEmail, now);
  }

  public void activate(Instant now) {
    status = SupplierStatus.ACTIVE;
    updatedAt = now;
  }

  public void suspend(Instant now) {
    status = SupplierStatus.SUSPENDED;
    updatedAt = now;
  }

  /**
   * Records how researchers and the manufacturer report vulnerabilities to this supplier
   * (coordinated vulnerability disclosure); its absence counts against the supplier's score.
   */
  public void recordCvdContact(String contact, String policyUrl, Instant now) {
    this.cvdContact = contact;
    this.cvdPolicyUrl = policyUrl;
    this.updatedAt = now;
  }

  public UUID id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String organizationAlias() {
    return organizationAlias;
  }

  public SupplierStatus status() {
    return status;
  }

  public Optional<String> contactEmail() {
    return Optional.ofNullable(contactEmail);
  }

  public Optional<String> cvdContact() {
    return Optional.ofNullable(cvdContact);
  }

  public Optional<String> cvdPolicyUrl() {
    return Optional.ofNullable(cvdPolicyUrl);
  }

  public Instant createdAt() {
    return createdAt;
  }

  private static String requireText(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("A supplier needs a " + what);
    }
    return Objects.requireNonNull(value).trim();
  }
}
