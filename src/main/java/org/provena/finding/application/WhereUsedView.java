package org.provena.finding.application;

import java.util.List;
import java.util.UUID;

/**
 * Where a package or a vulnerability is: the component releases whose current SBOM lists the
 * package (or a package with an open finding of the vulnerability) and the device releases those
 * component releases are in. Device releases are the manufacturer's: a supplier sees none.
 */
public record WhereUsedView(String query, List<ReleaseUse> releases, List<DeviceUse> devices) {

  /** A component release and the matching packages in its current SBOM. */
  public record ReleaseUse(
      UUID componentReleaseId,
      UUID componentId,
      String componentName,
      String releaseVersion,
      UUID supplierId,
      String supplierName,
      UUID sbomId,
      List<PackageUse> packages) {}

  public record PackageUse(UUID packageId, String name, String version, String purl) {}

  /** A device release containing one of the component releases. */
  public record DeviceUse(
      UUID deviceReleaseId,
      UUID deviceId,
      String deviceName,
      String deviceVersion,
      UUID componentReleaseId,
      String criticality,
      String exposure) {}
}
