package org.provena.sbom.application;

import java.util.List;
import java.util.UUID;

/**
 * A component release's current SBOM as a whole: every package with its hashes, licence and the
 * packages it depends on.
 *
 * @param primaryPackageId the package the SBOM describes (CycloneDX {@code metadata.component}, the
 *     package an SPDX document describes), if it names one: the release itself, not a part of it
 */
public record ReleaseInventory(
    UUID componentReleaseId, UUID sbomId, UUID primaryPackageId, List<PackageView> packages) {

  public ReleaseInventory {
    packages = List.copyOf(packages);
  }
}
