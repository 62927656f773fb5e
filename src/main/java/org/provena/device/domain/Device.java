package org.provena.device.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A medical device the manufacturer ships. Its {@link DeviceRelease}s are the versions in the
 * field, each built from supplier component releases; the device's risk is rolled up from them.
 * Device names are unique; devices belong to the manufacturer, never to a supplier.
 */
@Entity
@Table(name = "device")
public class Device {

  @Id private UUID id;

  @Version
  @Column(name = "row_version")
  private long rowVersion;

  @Column(nullable = false)
  private String name;

  @Column(name = "model_number")
  private String modelNumber;

  private String description;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @OneToMany(mappedBy = "device", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("versionLabel DESC")
  private List<DeviceRelease> releases = new ArrayList<>();

  protected Device() {}

  public static Device define(String name, String modelNumber, String description, Instant now) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("A device needs a name");
    }
    Device device = new Device();
    device.id = UUID.randomUUID();
    device.name = bounded(name, 200, "name");
    device.modelNumber = bounded(modelNumber, 100, "model number");
    device.description = bounded(description, 2000, "description");
    device.createdAt = now;
    return device;
  }

  /** A new version of the device, with the date until which the manufacturer will support it. */
  public DeviceRelease release(
      String version, LocalDate releasedOn, LocalDate plannedEndOfSupport, Instant now) {
    if (version == null || version.isBlank()) {
      throw new IllegalArgumentException("A device release needs a version");
    }
    boolean taken = releases.stream().anyMatch(r -> r.version().equals(version.trim()));
    if (taken) {
      throw new IllegalArgumentException(name + " " + version.trim() + " already exists");
    }
    DeviceRelease release = new DeviceRelease(this, version, releasedOn, plannedEndOfSupport, now);
    releases.add(release);
    return release;
  }

  /** The text trimmed, null when blank; longer than the column holds is refused. */
  private static String bounded(String text, int max, String what) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String trimmed = text.trim();
    if (trimmed.length() > max) {
      throw new IllegalArgumentException(
          "A device's " + what + " has at most " + max + " characters");
    }
    return trimmed;
  }

  public Optional<DeviceRelease> release(UUID deviceReleaseId) {
    return releases.stream().filter(r -> r.id().equals(deviceReleaseId)).findFirst();
  }

  public UUID id() {
    return id;
  }

  public String name() {
    return name;
  }

  public Optional<String> modelNumber() {
    return Optional.ofNullable(modelNumber);
  }

  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  public List<DeviceRelease> releases() {
    return List.copyOf(releases);
  }
}
