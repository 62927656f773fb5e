package org.provena.device.domain;

import java.util.UUID;

/**
 * A device release was created, or what it is built from changed: a component release was included
 * or removed, reclassified (IEC 62304 class, exposure), or the release's planned end of support
 * moved. Fired synchronously in the transaction of the change, so that a device's risk is
 * recomputed from the composition that was committed with it.
 */
public record DeviceCompositionChanged(UUID deviceReleaseId) {}
