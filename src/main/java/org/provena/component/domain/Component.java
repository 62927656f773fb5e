package org.provena.component.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A product one supplier delivers to the manufacturer: a TLS library, an RTOS, a Wi-Fi module's
 * firmware. Its name is unique within the supplier. The versions it ships in are {@link
 * ComponentRelease}s, each with its own evidence.
 */
@Entity
@Table(name = "component")
public class Component {

  @Id private UUID id;

  @Version
  @Column(name = "row_version")
  private long rowVersion;

  @Column(name = "supplier_id", nullable = false, updatable = false)
  private UUID supplierId;

  @Column(nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ComponentType type;

  private String description;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected Component() {}

  /** A supplier registers a component it delivers. */
  public static Component register(
      UUID supplierId, String name, ComponentType type, String description, Instant now) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("A component needs a name");
    }
    Component component = new Component();
    component.id = UUID.randomUUID();
    component.supplierId = supplierId;
    component.name = name.trim();
    component.type = type == null ? ComponentType.LIBRARY : type;
    component.description = description;
    component.createdAt = now;
    return component;
  }

  /** A new release of this component, owned by the same supplier. */
  public ComponentRelease release(
      String version,
      LevelOfSupport levelOfSupport,
      java.time.LocalDate endOfSupport,
      Instant now) {
    return new ComponentRelease(this, version, levelOfSupport, endOfSupport, now);
  }

  public UUID id() {
    return id;
  }

  public UUID supplierId() {
    return supplierId;
  }

  public String name() {
    return name;
  }

  public ComponentType type() {
    return type;
  }

  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  public Instant createdAt() {
    return createdAt;
  }
}
