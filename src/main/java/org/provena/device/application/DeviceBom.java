package org.provena.device.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.provena.component.application.ReleaseDetails;
import org.provena.component.domain.ComponentType;
import org.provena.device.domain.Criticality;
import org.provena.device.domain.Exposure;
import org.provena.finding.application.FindingAnalysis;
import org.provena.sbom.application.ReleaseInventory;

/**
 * Everything a device release's SBOM and vulnerability disclosure report (VDR) state, read in one
 * transaction before a byte is written: the release, each component release in it with its
 * supplier, safety class, exposure and current inventory, and the open findings of those
 * inventories with the supplier's VEX answer and the manufacturer's assessment.
 *
 * @param serialNumber the document's {@code urn:uuid:} serial number
 * @param manufacturer the manufacturer's name (the device's supplier in the document)
 */
public record DeviceBom(
    String serialNumber,
    Instant timestamp,
    String manufacturer,
    UUID deviceReleaseId,
    String deviceName,
    String modelNumber,
    String description,
    String version,
    LocalDate releasedOn,
    LocalDate plannedEndOfSupport,
    List<Part> parts,
    List<FindingAnalysis> findings) {

  public DeviceBom {
    parts = List.copyOf(parts);
    findings = List.copyOf(findings);
  }

  /**
   * A component release as built into the device.
   *
   * @param type the component's type; null when the supplier never said
   * @param inventory the release's current SBOM; null when it has none processed
   */
  public record Part(
      ReleaseDetails release,
      ComponentType type,
      String supplierName,
      Criticality criticality,
      Exposure exposure,
      ReleaseInventory inventory) {}
}
