package org.provena.device.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.provena.audit.application.AuditTrail;
import org.provena.component.application.ComponentCatalogue;
import org.provena.component.application.ReleaseDetails;
import org.provena.device.domain.Criticality;
import org.provena.device.domain.Device;
import org.provena.device.domain.DeviceComponent;
import org.provena.device.domain.DeviceCompositionChanged;
import org.provena.device.domain.DeviceRelease;
import org.provena.device.domain.DeviceRepository;
import org.provena.device.domain.Exposure;
import org.provena.shared.domain.NotFoundException;
import org.provena.shared.domain.NotPermittedException;
import org.provena.shared.domain.PageRequest;
import org.provena.supplier.application.SupplierDirectory;
import org.provena.supplier.application.SupplierScopeResolver;
import org.provena.supplier.application.SupplierSummary;

/**
 * The manufacturer's devices and what they are built from. Only manufacturer staff reach devices: a
 * supplier's scope is refused here, below any view or resource, because a device's composition
 * names other suppliers' components.
 *
 * <p>Every change is audited. Every change to what a release is built from — the release itself, a
 * component included, reclassified or removed, the planned end of support — fires {@link
 * DeviceCompositionChanged} synchronously, in the transaction of the change, so that the device's
 * risk follows its composition.
 */
@ApplicationScoped
@Transactional
public class DeviceRegistry {

  @Inject DeviceRepository devices;
  @Inject ComponentCatalogue components;
  @Inject SupplierDirectory suppliers;
  @Inject SupplierScopeResolver scopes;
  @Inject AuditTrail audit;
  @Inject Event<DeviceCompositionChanged> compositionChanged;
  @Inject Clock clock;

  public List<DeviceSummary> list(PageRequest page) {
    requireManufacturer();
    List<Device> found = devices.list(page);
    return summaries(found);
  }

  public long count() {
    requireManufacturer();
    return devices.count();
  }

  public Optional<DeviceSummary> find(UUID deviceId) {
    requireManufacturer();
    return devices.find(deviceId).map(device -> summaries(List.of(device)).get(0));
  }

  /** A device release with its device; empty when there is no such release. */
  public Optional<DeviceReleaseSummary> findRelease(UUID deviceReleaseId) {
    requireManufacturer();
    return devices
        .findByRelease(deviceReleaseId)
        .map(
            device -> {
              // Only this release's components are read: a device has many releases.
              DeviceSummary summary = summaries(List.of(device), deviceReleaseId).get(0);
              DeviceSummary.Release release =
                  summary.releases().stream()
                      .filter(r -> r.id().equals(deviceReleaseId))
                      .findFirst()
                      .orElseThrow();
              return new DeviceReleaseSummary(
                  summary.id(), summary.name(), summary.modelNumber(), release);
            });
  }

  /** The device releases a component release is built into: what its score changes reach. */
  public List<UUID> releasesContaining(UUID componentReleaseId) {
    requireManufacturer();
    return devices.releasesContaining(componentReleaseId);
  }

  /**
   * @throws IllegalArgumentException no name, a name already taken, or a field too long
   */
  public DeviceSummary define(String name, String modelNumber, String description) {
    requireManufacturer();
    if (name != null && devices.findByName(name.trim()).isPresent()) {
      throw new IllegalArgumentException("A device named '" + name.trim() + "' already exists");
    }
    Device device = Device.define(name, modelNumber, description, clock.instant());
    devices.store(device);
    audit.record(
        null,
        "device.defined",
        "device",
        device.id().toString(),
        Json.createObjectBuilder()
            .add("name", device.name())
            .add("modelNumber", device.modelNumber().orElse(""))
            .build()
            .toString());
    return summaries(List.of(device)).get(0);
  }

  /**
   * A new version of a device, with the date until which the manufacturer plans to support it.
   *
   * @return the new release's id
   */
  public UUID addRelease(
      UUID deviceId, String version, LocalDate releasedOn, LocalDate plannedEndOfSupport) {
    requireManufacturer();
    Device device = load(deviceId);
    DeviceRelease release =
        device.release(version, releasedOn, plannedEndOfSupport, clock.instant());
    devices.store(device);
    changed(
        release,
        "device-release.added",
        Json.createObjectBuilder()
            .add("device", device.name())
            .add("version", release.version())
            .add("releasedOn", text(releasedOn))
            .add("plannedEndOfSupport", text(plannedEndOfSupport)));
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
    if (componentReleaseId == null) {
      throw new IllegalArgumentException("Name the component release to include");
    }
    if (components.findRelease(componentReleaseId).isEmpty()) {
      throw new NotFoundException("Component release " + componentReleaseId);
    }
    DeviceRelease release = loadRelease(deviceId, deviceReleaseId);
    release.include(componentReleaseId, criticality, exposure);
    devices.store(release.device());
    changed(release, "device-release.component-included", classified(componentReleaseId, release));
  }

  /** The component release's IEC 62304 class or exposure in this device changed. */
  public void reclassify(
      UUID deviceId,
      UUID deviceReleaseId,
      UUID componentReleaseId,
      Criticality criticality,
      Exposure exposure) {
    requireManufacturer();
    DeviceRelease release = loadRelease(deviceId, deviceReleaseId);
    DeviceComponent before =
        release
            .component(componentReleaseId)
            .orElseThrow(
                () -> new NotFoundException("Component release " + componentReleaseId + " in it"));
    String was = before.criticality() + "/" + before.exposure();
    release.reclassify(componentReleaseId, criticality, exposure);
    devices.store(release.device());
    changed(
        release,
        "device-release.component-reclassified",
        classified(componentReleaseId, release).add("was", was));
  }

  /** The component release is no longer built into the device release. */
  public void remove(UUID deviceId, UUID deviceReleaseId, UUID componentReleaseId) {
    requireManufacturer();
    DeviceRelease release = loadRelease(deviceId, deviceReleaseId);
    DeviceComponent removed = release.remove(componentReleaseId);
    devices.store(release.device());
    changed(
        release,
        "device-release.component-removed",
        Json.createObjectBuilder()
            .add("componentRelease", componentReleaseId.toString())
            .add("criticality", removed.criticality().name())
            .add("exposure", removed.exposure().name()));
  }

  /** The manufacturer moves (or clears, with null) the release's planned end of support. */
  public void planEndOfSupport(UUID deviceId, UUID deviceReleaseId, LocalDate plannedEndOfSupport) {
    requireManufacturer();
    DeviceRelease release = loadRelease(deviceId, deviceReleaseId);
    String was = text(release.plannedEndOfSupport().orElse(null));
    release.planEndOfSupport(plannedEndOfSupport);
    devices.store(release.device());
    changed(
        release,
        "device-release.end-of-support-planned",
        Json.createObjectBuilder()
            .add("plannedEndOfSupport", text(plannedEndOfSupport))
            .add("was", was));
  }

  /**
   * Tells the scoring the composition changed, then audits. The event goes first: appending to the
   * audit log holds the chain's head for the rest of the transaction, and a recomputation should
   * not run under it.
   */
  private void changed(DeviceRelease release, String action, JsonObjectBuilder detail) {
    compositionChanged.fire(new DeviceCompositionChanged(release.id()));
    audit.record(
        null,
        action,
        "device-release",
        release.id().toString(),
        detail
            .add("device", release.device().name())
            .add("version", release.version())
            .build()
            .toString());
  }

  private static JsonObjectBuilder classified(UUID componentReleaseId, DeviceRelease release) {
    DeviceComponent c = release.component(componentReleaseId).orElseThrow();
    return Json.createObjectBuilder()
        .add("componentRelease", componentReleaseId.toString())
        .add("criticality", c.criticality().name())
        .add("exposure", c.exposure().name());
  }

  private static String text(LocalDate date) {
    return date == null ? "" : date.toString();
  }

  private Device load(UUID id) {
    return devices.find(id).orElseThrow(() -> new NotFoundException("Device " + id));
  }

  private DeviceRelease loadRelease(UUID deviceId, UUID deviceReleaseId) {
    return load(deviceId)
        .release(deviceReleaseId)
        .orElseThrow(() -> new NotFoundException("Device release " + deviceReleaseId));
  }

  private void requireManufacturer() {
    if (!scopes.current().seesAllSuppliers()) {
      throw new NotPermittedException("Devices are the manufacturer's");
    }
  }

  /** Summaries of these devices, their component releases and suppliers read in one go each. */
  private List<DeviceSummary> summaries(List<Device> found) {
    return summaries(found, null);
  }

  /** Summaries with the details of every release's components, or only of {@code onlyRelease}'s. */
  private List<DeviceSummary> summaries(List<Device> found, UUID onlyRelease) {
    List<UUID> releaseIds =
        found.stream()
            .flatMap(d -> d.releases().stream())
            .filter(r -> onlyRelease == null || r.id().equals(onlyRelease))
            .flatMap(r -> r.components().stream())
            .map(DeviceComponent::componentReleaseId)
            .distinct()
            .toList();
    Map<UUID, ReleaseDetails> releases =
        releaseIds.isEmpty()
            ? Map.of()
            : components.findReleases(releaseIds).stream()
                .collect(Collectors.toMap(ReleaseDetails::id, Function.identity()));
    List<UUID> supplierIds =
        releases.values().stream().map(ReleaseDetails::supplierId).distinct().toList();
    Map<UUID, String> supplierNames = new HashMap<>();
    if (supplierIds.size() > 2) {
      // One read of the supplier list rather than one per supplier.
      suppliers
          .list(new PageRequest(0, PageRequest.MAX_LIMIT))
          .forEach(s -> supplierNames.put(s.id(), s.name()));
    }
    supplierIds.stream()
        .filter(id -> !supplierNames.containsKey(id))
        .forEach(
            id ->
                supplierNames.put(id, suppliers.find(id).map(SupplierSummary::name).orElse(null)));
    return found.stream().map(device -> summary(device, releases, supplierNames)).toList();
  }

  private static DeviceSummary summary(
      Device device, Map<UUID, ReleaseDetails> releases, Map<UUID, String> supplierNames) {
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
                            .map(
                                c ->
                                    builtIn(
                                        release,
                                        c,
                                        releases.get(c.componentReleaseId()),
                                        supplierNames))
                            .toList()))
            .toList());
  }

  private static DeviceSummary.BuiltInComponent builtIn(
      DeviceRelease release, DeviceComponent c, ReleaseDetails r, Map<UUID, String> supplierNames) {
    return new DeviceSummary.BuiltInComponent(
        c.componentReleaseId(),
        r == null ? null : r.supplierId(),
        r == null ? null : supplierNames.get(r.supplierId()),
        r == null ? "(unknown component release)" : r.componentName(),
        r == null ? null : r.version(),
        c.criticality(),
        c.exposure(),
        r == null ? null : r.levelOfSupport(),
        r == null ? null : r.endOfSupport(),
        r != null && release.outlivesSupportUntil(r.endOfSupport()));
  }
}
