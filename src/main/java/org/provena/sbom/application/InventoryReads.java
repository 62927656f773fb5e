package org.provena.sbom.application;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.provena.shared.domain.SupplierScope;

/**
 * Whole inventories of many releases' current SBOMs in a few queries, for exports that put them all
 * in one document (a device release: 40 component releases of 300 packages each). Paging {@link
 * SbomQueries#packages} per release would load hashes one package at a time.
 */
public interface InventoryReads {

  /**
   * The current (newest processed, not superseded) SBOM of each release the scope may see; a
   * release without one is left out.
   */
  List<ReleaseInventory> currentOf(SupplierScope scope, Collection<UUID> componentReleaseIds);
}
