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
import org.provena.shared.domain.NotFoundException;

/**
 * One version of a {@link Device}: the component releases it is built from, each with its safety
 * class and exposure in this device, and the date until which the manufacturer supports it (a
 * component whose support ends earlier is a finding, see {@link #outlivesSupportUntil}). A
 * component release appears at most once; its version never changes once created.
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
    if (version.trim().length() > 200) {
      throw new IllegalArgumentException("A device release's version has at most 200 characters");
    }
    requireSupportAfterRelease(releasedOn, plannedEndOfSupport);
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
    if (componentReleaseId == null) {
      throw new IllegalArgumentException("Name the component release to include");
    }
    requireClassified(criticality, exposure);
    if (component(componentReleaseId).isPresent()) {
      throw new IllegalArgumentException("That component release is already in this device");
    }
    DeviceComponent component =
        new DeviceComponent(this, componentReleaseId, criticality, exposure);
    components.add(component);
    return component;
  }

  /** The component release's safety class or exposure in this device changed. */
  public DeviceComponent reclassify(
      UUID componentReleaseId, Criticality criticality, Exposure exposure) {
    requireClassified(criticality, exposure);
    DeviceComponent component = included(componentReleaseId);
    component.reclassify(criticality, exposure);
    return component;
  }

  /** The component release is no longer part of this device release. */
  public DeviceComponent remove(UUID componentReleaseId) {
    DeviceComponent component = included(componentReleaseId);
    components.remove(component);
    return component;
  }

  /** The manufacturer moves (or clears) the date until which it supports this release. */
  public void planEndOfSupport(LocalDate plannedEndOfSupport) {
    requireSupportAfterRelease(releasedOn, plannedEndOfSupport);
    this.plannedEndOfSupport = plannedEndOfSupport;
  }

  /**
   * This release is planned to be supported beyond {@code componentEndOfSupport}: the component
   * would run unsupported in the field (PRODUCT.md, "what the scoring must check" 2). Unknown on
   * either side is not a gap here; a missing end-of-support date is a check of its own.
   */
  public boolean outlivesSupportUntil(LocalDate componentEndOfSupport) {
    return plannedEndOfSupport != null
        && componentEndOfSupport != null
        && componentEndOfSupport.isBefore(plannedEndOfSupport);
  }

  public Optional<DeviceComponent> component(UUID componentReleaseId) {
    return components.stream()
        .filter(c -> c.componentReleaseId().equals(componentReleaseId))
        .findFirst();
  }

  private DeviceComponent included(UUID componentReleaseId) {
    return component(componentReleaseId)
        .orElseThrow(
            () ->
                new NotFoundException(
                    "Component release " + componentReleaseId + " in " + versionLabel));
  }

  private static void requireClassified(Criticality criticality, Exposure exposure) {
    if (criticality == null) {
      throw new IllegalArgumentException(
          "A component in a device needs its IEC 62304 safety class (CLASS_A, CLASS_B, CLASS_C)");
    }
    if (exposure == null) {
      throw new IllegalArgumentException(
          "A component in a device needs its exposure (NETWORKED, LOCAL_ONLY, NONE)");
    }
  }

  private static void requireSupportAfterRelease(LocalDate releasedOn, LocalDate endOfSupport) {
    if (releasedOn != null && endOfSupport != null && endOfSupport.isBefore(releasedOn)) {
      throw new IllegalArgumentException(
          "The planned end of support (" + endOfSupport + ") is before the release date");
    }
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
