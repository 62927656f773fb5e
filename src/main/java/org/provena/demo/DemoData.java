package org.provena.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.provena.component.application.ComponentCatalogue;
import org.provena.component.application.ComponentCommands.AddRelease;
import org.provena.component.application.ComponentCommands.RegisterComponent;
import org.provena.component.domain.ComponentType;
import org.provena.component.domain.LevelOfSupport;
import org.provena.device.application.DeviceRegistry;
import org.provena.device.domain.Criticality;
import org.provena.device.domain.Exposure;
import org.provena.sbom.application.SbomIntake;
import org.provena.shared.infrastructure.DatabaseMigration.DatabaseReady;
import org.provena.supplier.application.SupplierDirectory;
import org.provena.supplier.application.SupplierScopeResolver;
import org.provena.vulnerability.application.FeedFiles;
import org.provena.vulnerability.domain.Feed;

/** Seeds the demo suppliers, components and devices once the schema is ready (see package doc). */
@ApplicationScoped
public class DemoData {

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  @Inject
  @ConfigProperty(name = "provena.demo-data", defaultValue = "false")
  boolean enabled;

  @Inject Instance<Seeding> seeding;

  @Inject FeedFiles feeds;

  @Inject DemoEvidence evidence;

  void onDatabaseReady(@Observes DatabaseReady ready) {
    if (enabled && seeding.get().seedIfEmpty()) {
      // Vulnerability knowledge first, then the SBOMs: their processing finds the demo findings.
      importFeed(Feed.OSV, "demo/osv-demo.json", "Provena demo advisories (OSV)");
      importFeed(Feed.KEV, "demo/kev-demo.json", "Provena demo excerpt of CISA KEV");
      seeding.get().seedSboms();
      // The demo VEX waits for the findings the SBOMs' processing opens, and applies then.
      evidence.seed(seeding.get().supplierId("acme"), seeding.get().supplierId("borealis"));
    }
  }

  private void importFeed(Feed feed, String resource, String name) {
    try (InputStream in = DemoData.class.getClassLoader().getResourceAsStream(resource)) {
      feeds.importNow(feed, name, in, "demo");
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Demo feed " + resource + " was not imported", e);
    }
  }

  /** The seeding itself, in one transaction and a request context of its own. */
  @ApplicationScoped
  public static class Seeding {

    @Inject SupplierScopeResolver scopes;
    @Inject SupplierDirectory suppliers;
    @Inject ComponentCatalogue components;
    @Inject DeviceRegistry devices;

    private final Map<String, UUID> releases = new HashMap<>();

    @Inject SbomIntake intake;

    private final Map<String, UUID> supplierIds = new HashMap<>();

    /** Seeds an empty database; false when it was not empty. */
    @jakarta.enterprise.context.control.ActivateRequestContext
    @Transactional
    public boolean seedIfEmpty() {
      scopes.actAsSystem();
      if (suppliers.count() > 0) {
        return false;
      }
      UUID acme =
          supplier(
              "Acme Medical Modules",
              "acme",
              "security@acme-medical.example",
              "https://acme-medical.example/security/cvd");
      UUID borealis =
          supplier(
              "Borealis RTOS",
              "borealis",
              "psirt@borealis-rtos.example",
              "https://borealis-rtos.example/.well-known/security.txt");
      UUID cobalt = supplier("Cobalt Wireless", "cobalt", "sales@cobalt-wireless.example", null);

      UUID tls = component(acme, "acme-tls", ComponentType.LIBRARY, "TLS 1.3 library for MCUs");
      release(
          tls,
          "acme-tls",
          "3.0.9",
          "2022-11-02",
          LevelOfSupport.NO_LONGER_MAINTAINED,
          "2025-06-30",
          "pkg:generic/acme-medical/acme-tls@3.0.9",
          null,
          null);
      release(
          tls,
          "acme-tls",
          "3.1.4",
          "2024-10-15",
          LevelOfSupport.ACTIVELY_MAINTAINED,
          "2029-12-31",
          "pkg:generic/acme-medical/acme-tls@3.1.4",
          null,
          "sha256:5f70bf18a086007016e948b04aed3b82103a36bea41755b6cddfaf10ace3c6ef");
      UUID ble = component(acme, "Acme BLE Stack", ComponentType.FIRMWARE, "Bluetooth LE stack");
      release(
          ble,
          "Acme BLE Stack",
          "2.4.0",
          "2024-04-20",
          LevelOfSupport.ACTIVELY_MAINTAINED,
          "2028-06-30",
          "pkg:generic/acme-medical/acme-ble-stack@2.4.0",
          null,
          null);

      UUID rtos =
          component(
              borealis,
              "Borealis RTOS",
              ComponentType.OPERATING_SYSTEM,
              "Safety-certified real-time operating system");
      release(
          rtos,
          "Borealis RTOS",
          "10.4.3",
          "2021-06-01",
          LevelOfSupport.NO_LONGER_MAINTAINED,
          "2026-12-31",
          "pkg:generic/borealis/borealis-rtos@10.4.3",
          "cpe:2.3:o:borealis:borealis_rtos:10.4.3:*:*:*:*:*:*:*",
          null);
      release(
          rtos,
          "Borealis RTOS",
          "11.2.0",
          "2024-01-30",
          LevelOfSupport.ACTIVELY_MAINTAINED,
          "2031-03-31",
          "pkg:generic/borealis/borealis-rtos@11.2.0",
          "cpe:2.3:o:borealis:borealis_rtos:11.2.0:*:*:*:*:*:*:*",
          "sha512:0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9"
              + "0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9");

      UUID wifi =
          component(
              cobalt,
              "CW-200 Wi-Fi Module Firmware",
              ComponentType.FIRMWARE,
              "Firmware of the CW-200 802.11ac module");
      // No release date, support level or end of support declared: the gaps FDA premarket
      // submissions need filled.
      release(
          wifi,
          "CW-200 Wi-Fi Module Firmware",
          "5.8.1",
          null,
          LevelOfSupport.UNKNOWN,
          null,
          null,
          "cpe:2.3:h:cobalt_wireless:cw-200:5.8.1:*:*:*:*:*:*:*",
          null);
      UUID wpa =
          component(
              cobalt,
              "cobalt-wpa-supplicant",
              ComponentType.LIBRARY,
              "Patched wpa_supplicant for the CW-200");
      release(
          wpa,
          "cobalt-wpa-supplicant",
          "2.10.1",
          "2024-08-09",
          LevelOfSupport.ACTIVELY_MAINTAINED,
          "2027-09-30",
          "pkg:generic/cobalt-wireless/wpa-supplicant@2.10.1",
          null,
          null);

      UUID pump =
          devices.define("Infusion Pump IP-3000", "IP-3000", "Volumetric infusion pump").id();
      UUID pump42 = devices.addRelease(pump, "4.2", date("2025-03-01"), date("2035-12-31"));
      include(pump, pump42, "Borealis RTOS 11.2.0", Criticality.CLASS_C, Exposure.LOCAL_ONLY);
      include(pump, pump42, "acme-tls 3.1.4", Criticality.CLASS_C, Exposure.NETWORKED);
      include(
          pump,
          pump42,
          "CW-200 Wi-Fi Module Firmware 5.8.1",
          Criticality.CLASS_B,
          Exposure.NETWORKED);
      UUID pump41 = devices.addRelease(pump, "4.1", date("2023-05-01"), date("2033-12-31"));
      include(pump, pump41, "Borealis RTOS 10.4.3", Criticality.CLASS_C, Exposure.LOCAL_ONLY);
      include(pump, pump41, "acme-tls 3.0.9", Criticality.CLASS_C, Exposure.NETWORKED);
      include(
          pump,
          pump41,
          "CW-200 Wi-Fi Module Firmware 5.8.1",
          Criticality.CLASS_B,
          Exposure.NETWORKED);

      UUID monitor =
          devices
              .define("Patient Monitor PM-500", "PM-500", "Bedside multi-parameter monitor")
              .id();
      UUID monitor20 = devices.addRelease(monitor, "2.0", date("2024-09-15"), date("2034-06-30"));
      include(monitor, monitor20, "Borealis RTOS 11.2.0", Criticality.CLASS_B, Exposure.LOCAL_ONLY);
      include(monitor, monitor20, "Acme BLE Stack 2.4.0", Criticality.CLASS_B, Exposure.NETWORKED);
      include(
          monitor,
          monitor20,
          "cobalt-wpa-supplicant 2.10.1",
          Criticality.CLASS_B,
          Exposure.NETWORKED);
      supplierIds.put("acme", acme);
      supplierIds.put("borealis", borealis);
      LOG.info("Demo data seeded: 3 suppliers, 5 components, 7 releases, 2 devices");
      return true;
    }

    /**
     * Two current SBOMs, delivered on their suppliers' behalf through the upload path: acme-tls
     * 3.1.4 (Log4Shell, Text4Shell, HTTP/2 Rapid Reset) and Borealis RTOS 11.2.0 (urllib3, lodash).
     */
    @jakarta.enterprise.context.control.ActivateRequestContext
    public void seedSboms() {
      sbom("acme", "acme-tls", "3.1.4", "demo/acme-tls-3.1.4.cdx.json");
      sbom("borealis", "Borealis RTOS", "11.2.0", "demo/borealis-rtos-11.2.0.cdx.json");
    }

    UUID supplierId(String alias) {
      return supplierIds.get(alias);
    }

    private void sbom(String supplier, String component, String version, String resource) {
      scopes.actAsSupplier(supplierIds.get(supplier));
      try (InputStream in = DemoData.class.getClassLoader().getResourceAsStream(resource)) {
        intake.seed(component, version, "application/vnd.cyclonedx+json", in, "demo");
      } catch (org.provena.sbom.domain.InvalidSbomException e) {
        LOG.warning(() -> "Demo SBOM " + resource + " is invalid: " + e.problems());
      } catch (Exception e) {
        LOG.log(Level.WARNING, "Demo SBOM " + resource + " was not accepted", e);
      }
    }

    private UUID supplier(String name, String alias, String cvdContact, String cvdPolicy) {
      UUID id = suppliers.register(name, alias, "contact@" + alias + ".example").id();
      suppliers.activate(id);
      if (cvdPolicy != null) {
        suppliers.recordCvdContact(id, cvdContact, cvdPolicy);
      }
      return id;
    }

    private UUID component(UUID supplier, String name, ComponentType type, String description) {
      return components.registerFor(supplier, new RegisterComponent(name, type, description)).id();
    }

    private void release(
        UUID component,
        String name,
        String version,
        String releasedOn,
        LevelOfSupport support,
        String endOfSupport,
        String purl,
        String cpe,
        String hash) {
      UUID id =
          components
              .addRelease(
                  component,
                  new AddRelease(
                      version,
                      purl,
                      cpe,
                      support,
                      endOfSupport == null ? null : date(endOfSupport),
                      releasedOn == null ? null : date(releasedOn),
                      hash == null ? List.of() : List.of(hash)))
              .id();
      releases.put(name + " " + version, id);
    }

    private void include(
        UUID device,
        UUID deviceRelease,
        String release,
        Criticality criticality,
        Exposure exposure) {
      devices.include(device, deviceRelease, releases.get(release), criticality, exposure);
    }

    private static LocalDate date(String iso) {
      return LocalDate.parse(iso);
    }
  }
}
