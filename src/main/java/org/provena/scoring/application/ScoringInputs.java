package org.provena.scoring.application;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.provena.scoring.domain.DeviceInputs;
import org.provena.scoring.domain.ReleaseInputs;
import org.provena.scoring.domain.SupplierInputs;

/**
 * What the scoring model reads: the inputs of component releases, suppliers and device releases,
 * and which subjects a change touches. Reads are set-based (many ids per call) because a full
 * recompute reads every subject; an id that does not exist is left out of the result. Unscoped: the
 * scoring service reads as the system, for all suppliers.
 */
public interface ScoringInputs {

  List<ReleaseInputs> releases(Collection<UUID> componentReleaseIds);

  List<SupplierInputs> suppliers(Collection<UUID> supplierIds);

  List<DeviceInputs> deviceReleases(Collection<UUID> deviceReleaseIds);

  /** The suppliers owning these component releases. */
  Set<UUID> suppliersOf(Collection<UUID> componentReleaseIds);

  /** The device releases that include any of these component releases. */
  Set<UUID> deviceReleasesContaining(Collection<UUID> componentReleaseIds);

  List<UUID> allComponentReleases();

  List<UUID> allSuppliers();

  List<UUID> allDeviceReleases();
}
