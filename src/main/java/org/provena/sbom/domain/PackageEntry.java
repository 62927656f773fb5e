package org.provena.sbom.domain;

import java.util.Set;
import org.provena.shared.domain.ArtifactHash;

/**
 * A package as a format reader found it in an SBOM (a CycloneDX component, an SPDX package), before
 * it is recorded as an {@link SbomPackage}. Only the name is required.
 */
public record PackageEntry(
    String bomRef,
    String packageType,
    String namespace,
    String name,
    String version,
    String purl,
    String cpe,
    String licenceExpression,
    String supplierName,
    Set<ArtifactHash> hashes) {

  public PackageEntry {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("A package needs a name");
    }
    hashes = hashes == null ? Set.of() : Set.copyOf(hashes);
  }
}
