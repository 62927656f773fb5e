package org.provena.device.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.provena.component.application.ComponentCatalogue;
import org.provena.component.application.ComponentDetails;
import org.provena.component.application.ReleaseDetails;
import org.provena.component.domain.ComponentType;
import org.provena.device.domain.Device;
import org.provena.device.domain.DeviceComponent;
import org.provena.device.domain.DeviceRelease;
import org.provena.device.domain.DeviceRepository;
import org.provena.finding.application.FindingQueries;
import org.provena.sbom.application.ReleaseInventory;
import org.provena.sbom.application.SbomQueries;
import org.provena.shared.domain.NotFoundException;
import org.provena.shared.domain.NotPermittedException;
import org.provena.supplier.application.SupplierDirectory;
import org.provena.supplier.application.SupplierScopeResolver;
import org.provena.supplier.application.SupplierSummary;

/**
 * A device release's SBOM with its vulnerability disclosure report, as an FDA section 524B
 * premarket submission asks for: every component release with its supplier, level of support and
 * end of support, the packages of each one's current SBOM, and the known vulnerabilities of those
 * packages with the supplier's VEX answer and the manufacturer's assessment. Manufacturer staff
 * only: the document names every supplier's components.
 *
 * <p>The data is read in one transaction ({@link #export}); the document is written afterwards
 * ({@link #write}), so a slow download holds no transaction and no connection.
 */
@ApplicationScoped
@Transactional
public class DeviceSbomExports {

  /** CycloneDX's registered media type, with the spec version as its parameter. */
  public static final String MEDIA_TYPE = "application/vnd.cyclonedx+json; version=1.6";

  @Inject DeviceRepository devices;
  @Inject ComponentCatalogue catalogue;
  @Inject SupplierDirectory suppliers;
  @Inject SbomQueries sboms;
  @Inject FindingQueries findings;
  @Inject SupplierScopeResolver scopes;
  @Inject DeviceSbomWriter writer;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "provena.manufacturer.name", defaultValue = "Provena manufacturer")
  String manufacturer;

  /** A document ready to be written, and the name to save it under. */
  public record Export(String fileName, DeviceBom bom) {}

  /**
   * Reads what the document of this device release states.
   *
   * @throws NotFoundException no such device release
   */
  public Export export(UUID deviceReleaseId) {
    if (!scopes.current().seesAllSuppliers()) {
      throw new NotPermittedException("Devices are the manufacturer's");
    }
    Device device =
        devices
            .findByRelease(deviceReleaseId)
            .orElseThrow(() -> new NotFoundException("Device release " + deviceReleaseId));
    DeviceRelease release = device.release(deviceReleaseId).orElseThrow();
    List<DeviceComponent> included = release.components();
    List<UUID> releaseIds = included.stream().map(DeviceComponent::componentReleaseId).toList();
    Map<UUID, ReleaseDetails> details =
        catalogue.findReleases(releaseIds).stream()
            .collect(Collectors.toMap(ReleaseDetails::id, Function.identity()));
    Map<UUID, ReleaseInventory> inventories =
        sboms.currentInventories(releaseIds).stream()
            .collect(Collectors.toMap(ReleaseInventory::componentReleaseId, Function.identity()));
    // A component's type and supplier's name are shared by its releases: read once each.
    Map<UUID, ComponentType> types = new HashMap<>();
    Map<UUID, String> supplierNames = new HashMap<>();
    List<DeviceBom.Part> parts =
        included.stream()
            .filter(c -> details.containsKey(c.componentReleaseId()))
            .map(
                c -> {
                  ReleaseDetails r = details.get(c.componentReleaseId());
                  return new DeviceBom.Part(
                      r,
                      types.computeIfAbsent(
                          r.componentId(),
                          id -> catalogue.find(id).map(ComponentDetails::type).orElse(null)),
                      supplierNames.computeIfAbsent(
                          r.supplierId(),
                          id -> suppliers.find(id).map(SupplierSummary::name).orElse(null)),
                      c.criticality(),
                      c.exposure(),
                      inventories.get(r.id()));
                })
            .sorted(
                java.util.Comparator.comparing((DeviceBom.Part p) -> p.release().componentName())
                    .thenComparing(p -> p.release().version()))
            .toList();
    UUID serial = UUID.randomUUID();
    DeviceBom bom =
        new DeviceBom(
            "urn:uuid:" + serial,
            clock.instant().truncatedTo(ChronoUnit.SECONDS),
            manufacturer,
            release.id(),
            device.name(),
            device.modelNumber().orElse(null),
            device.description().orElse(null),
            release.version(),
            release.releasedOn().orElse(null),
            release.plannedEndOfSupport().orElse(null),
            parts,
            findings.analysesOfReleases(releaseIds));
    String base = (device.name() + "-" + release.version()).replaceAll("[^A-Za-z0-9._-]+", "_");
    return new Export(base + ".sbom-vdr.cdx.json", bom);
  }

  /** Writes the document; runs outside any transaction (the data is all in {@code bom}). */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public void write(DeviceBom bom, OutputStream out) throws IOException {
    writer.write(bom, out);
  }
}
