package org.provena.scoring.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What the model scores a device release on besides its component releases' scores: its planned end
 * of support and, for each included component release, its criticality and exposure in this device
 * and its own declared support.
 *
 * @param plannedEndOfSupport the device release's planned end of support; null when not planned
 */
public record DeviceInputs(
    UUID deviceReleaseId,
    String deviceName,
    String version,
    LocalDate plannedEndOfSupport,
    List<Component> components) {

  public DeviceInputs {
    Objects.requireNonNull(deviceReleaseId, "deviceReleaseId");
    components = List.copyOf(components);
  }

  /** The included component releases' ids, in the order of {@link #components()}. */
  public List<UUID> componentReleaseIds() {
    return components.stream().map(Component::componentReleaseId).toList();
  }

  /** "device version", as people name a device release. */
  public String label() {
    return (deviceName == null ? "device" : deviceName) + " " + version;
  }

  /**
   * A component release in the device.
   *
   * @param label the component's name and version
   * @param criticality IEC 62304 class: {@code CLASS_A}, {@code CLASS_B} or {@code CLASS_C}
   * @param exposure {@code NETWORKED}, {@code LOCAL_ONLY} or {@code NONE}
   * @param endOfSupport the component release's declared end of support; null when not declared
   */
  public record Component(
      UUID componentReleaseId,
      UUID supplierId,
      String label,
      String criticality,
      String exposure,
      LocalDate endOfSupport) {

    public Component {
      Objects.requireNonNull(componentReleaseId, "componentReleaseId");
      Objects.requireNonNull(criticality, "criticality");
      Objects.requireNonNull(exposure, "exposure");
    }
  }
}
