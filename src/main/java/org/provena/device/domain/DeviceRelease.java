package org.provena.device.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One version of a {@link Device}: the component releases it is built from, each with its safety
 * class and exposure in this device, and the date until which the manufacturer supports it (a
 * component whose support ends earlier is a finding). A component release appears at most once.
 */
@Entity
@Table(name = "device_release")
public class DeviceRelease {

  @Id private UUID id;

  @Version
  @Column(name = "row_version")
  private long rowVersion;

  @ManyToOne(optional = false)
  @JoinColumn(name = "device_id", nullable = false, updatable = false)
  private Device device;

  @Column(name = "version_label", nullable = false, updatable = false)
  private String versionLabel;

  @Column(name = "released_on")
  private LocalDate releasedOn;

  @Column(name = "planned_end_of_support")
  private LocalDate plannedEndOfSupport;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @OneToMany(mappedBy = "deviceRelease", cascade = CascadeType.ALL, orphanRemoval = true)
  private List<DeviceComponent> components = new ArrayList<>();

  protected DeviceRelease() {}

  DeviceRelease(
      Device device,
      String version,
      LocalDate releasedOn,
      LocalDate plannedEndOfSupport,
      Instant now) {
    if (version == null || version.isBlank()) {
      throw new IllegalArgumentException("A device release needs a version");
    }
    this.id = UUID.randomUUID();
    this.device = device;
    this.versionLabel = version.trim();
    this.releasedOn = releasedOn;
    this.plannedEndOfSupport = plannedEndOfSupport;
    this.createdAt = now;
  }

  /** Builds a supplier's component release into this device release. */
  public DeviceComponent include(
      UUID componentReleaseId, Criticality criticality, Exposure exposure) {
    if (components.stream().anyMatch(c -> c.componentReleaseId().equals(componentReleaseId))) {
      throw new IllegalArgumentException("That component release is already in this device");
    }
    DeviceComponent component =
        new DeviceComponent(this, componentReleaseId, criticality, exposure);
    components.add(component);
    return component;
  }

  public UUID id() {
    return id;
  }

  public Device device() {
    return device;
  }

  public String version() {
    return versionLabel;
  }

  public Optional<LocalDate> releasedOn() {
    return Optional.ofNullable(releasedOn);
  }

  public Optional<LocalDate> plannedEndOfSupport() {
    return Optional.ofNullable(plannedEndOfSupport);
  }

  public List<DeviceComponent> components() {
    return List.copyOf(components);
  }
}
