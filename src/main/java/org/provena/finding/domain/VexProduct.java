package org.provena.finding.domain;

import java.util.List;
import java.util.Set;
import org.provena.shared.domain.ArtifactHash;

/**
 * A product as a VEX statement names it: by purl, CPE, hashes, a CycloneDX bom-ref or BOM-Link
 * ({@code urn:cdx:<serial>/<version>#<bom-ref>}), or only by name and version. Subcomponents name
 * the parts of the product the statement is about (OpenVEX {@code subcomponents}, a CSAF {@code
 * default_component_of} relationship).
 */
public record VexProduct(
    String purl,
    String cpe,
    Set<ArtifactHash> hashes,
    String bomRef,
    String name,
    String version,
    List<VexProduct> subcomponents) {

  public VexProduct {
    hashes = hashes == null ? Set.of() : Set.copyOf(hashes);
    subcomponents = subcomponents == null ? List.of() : List.copyOf(subcomponents);
  }

  /** A short label for lists and audit entries: the purl, else the CPE, bom-ref or name. */
  public String label() {
    if (purl != null) {
      return purl;
    }
    if (cpe != null) {
      return cpe;
    }
    if (bomRef != null) {
      return bomRef;
    }
    if (name != null) {
      return version == null ? name : name + "@" + version;
    }
    return hashes.isEmpty() ? "(unnamed product)" : hashes.iterator().next().toString();
  }
}
