package org.provena.finding.application;

import java.util.List;
import java.util.UUID;
import org.provena.finding.application.WhereUsedView.DeviceUse;
import org.provena.finding.application.WhereUsedView.ReleaseUse;
import org.provena.shared.domain.SupplierScope;

/** The read model behind where-used: current SBOMs only, within a supplier scope. */
public interface WhereUsedReads {

  /** Packages with this match key, of this version when one is given. */
  List<ReleaseUse> byKey(SupplierScope scope, String matchKey, String version, int limit);

  /** Packages with one of these names (lower case, as match names are stored). */
  List<ReleaseUse> byName(SupplierScope scope, java.util.Set<String> matchNames, int limit);

  /** Packages with an open finding of this vulnerability. */
  List<ReleaseUse> byVulnerability(SupplierScope scope, UUID vulnerabilityId, int limit);

  /** The device releases containing these component releases. */
  List<DeviceUse> devicesOf(List<UUID> componentReleaseIds);
}
