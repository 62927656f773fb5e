package org.provena.device.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.provena.component.application.ComponentCatalogue;
import org.provena.component.application.ReleaseDetails;
import org.provena.device.domain.Criticality;
import org.provena.device.domain.Device;
import org.provena.device.domain.DeviceComponent;
import org.provena.device.domain.DeviceRelease;
import org.provena.device.domain.DeviceRepository;
import org.provena.device.domain.Exposure;
import org.provena.shared.domain.NotFoundException;
import org.provena.shared.domain.NotPermittedException;
import org.provena.shared.domain.PageRequest;
import org.provena.supplier.application.SupplierScopeResolver;

/**
 * The manufacturer's devices and what they are built from. Only manufacturer staff reach devices: a
 * supplier's scope is refused here, below any view or resource, because a device's composition
 * names other suppliers' components.
 */
@ApplicationScoped
@Transactional
public class DeviceRegistry {

  @Inject DeviceRepository devices;
  @Inject ComponentCatalogue components;
  @Inject SupplierScopeResolver scopes;
  @Inject Clock clock;

  public List<DeviceSummary> list(PageRequest page) {
    requireManufacturer();
    List<Device> found = devices.list(page);
    List<UUID> releaseIds =
        found.stream()
            .flatMap(d -> d.releases().stream())
            .flatMap(r -> r.components().stream())
            .map(DeviceComponent::componentReleaseId)
            .distinct()
            .toList();
    Map<UUID, ReleaseDetails> releases =
        components.findReleases(releaseIds).stream()
            .collect(Collectors.toMap(ReleaseDetails::id, Function.identity()));
    return found.stream().map(device -> summary(device, releases)).toList();
  }

  public long count() {
    requireManufacturer();
    return devices.count();
  }

  public DeviceSummary define(String name, String modelNumber, String description) {
    requireManufacturer();
    if (devices.findByName(name.trim()).isPresent()) {
      throw new IllegalArgumentException("A device named '" + name.trim() + "' already exists");
    }
    Device device = Device.define(name, modelNumber, description, clock.instant());
    devices.store(device);
    return summary(device, Map.of());
  }

  public UUID addRelease(
      UUID deviceId, String version, LocalDate releasedOn, LocalDate plannedEndOfSupport) {
    requireManufacturer();
    Device device = load(deviceId);
    DeviceRelease release =
        device.release(version, releasedOn, plannedEndOfSupport, clock.instant());
    devices.store(device);
    return release.id();
  }

  /** Builds a component release into a device release with its safety class and exposure. */
  public void include(
      UUID deviceId,
      UUID deviceReleaseId,
      UUID componentReleaseId,
      Criticality criticality,
      Exposure exposure) {
    requireManufacturer();
    if (components.findRelease(componentReleaseId).isEmpty()) {
      throw new NotFoundException("Component release " + componentReleaseId);
    }
    Device device = load(deviceId);
    device.releases().stream()
        .filter(release -> release.id().equals(deviceReleaseId))
        .findFirst()
        .orElseThrow(() -> new NotFoundException("Device release " + deviceReleaseId))
        .include(componentReleaseId, criticality, exposure);
    devices.store(device);
  }

  private Device load(UUID id) {
    return devices.find(id).orElseThrow(() -> new NotFoundException("Device " + id));
  }

  private void requireManufacturer() {
    if (!scopes.current().seesAllSuppliers()) {
      throw new NotPermittedException("Devices are the manufacturer's");
    }
  }

  private static DeviceSummary summary(Device device, Map<UUID, ReleaseDetails> releases) {
    return new DeviceSummary(
        device.id(),
        device.name(),
        device.modelNumber().orElse(null),
        device.description().orElse(null),
        device.releases().stream()
            .map(
                release ->
                    new DeviceSummary.Release(
                        release.id(),
                        release.version(),
                        release.releasedOn().orElse(null),
                        release.plannedEndOfSupport().orElse(null),
                        release.components().stream()
                            .map(c -> builtIn(c, releases.get(c.componentReleaseId())))
                            .toList()))
            .toList());
  }

  private static DeviceSummary.BuiltInComponent builtIn(DeviceComponent c, ReleaseDetails r) {
    return new DeviceSummary.BuiltInComponent(
        c.componentReleaseId(),
        r == null ? null : r.supplierId(),
        r == null ? "(unknown component release)" : r.componentName(),
        r == null ? null : r.version(),
        c.criticality(),
        c.exposure());
  }
}
