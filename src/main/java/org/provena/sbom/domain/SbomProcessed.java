package org.provena.sbom.domain;

import java.util.List;
import java.util.UUID;

/**
 * An SBOM's inventory is stored and it is now its release's current SBOM, replacing the {@code
 * superseded} ones: matching and scoring may look at the release again. Fired inside the processing
 * transaction, so what observers write commits with the inventory.
 */
public record SbomProcessed(
    UUID sbomId, UUID componentReleaseId, UUID supplierId, List<UUID> superseded) {

  public SbomProcessed {
    superseded = List.copyOf(superseded);
  }
}
