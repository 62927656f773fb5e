package org.provena.finding.domain;

import java.util.Set;
import java.util.UUID;

/**
 * The findings of these component releases changed: findings were opened, reopened or resolved (an
 * SBOM was matched, a feed import changed what matches), a VEX statement changed a finding's
 * current answer, or the manufacturer added an assessment. Fired synchronously inside the
 * transaction that made the change, so what observers write (a recomputed score) commits with it;
 * releases whose findings did not change are not named.
 */
public record FindingsChanged(Set<UUID> componentReleaseIds) {

  public FindingsChanged {
    componentReleaseIds = Set.copyOf(componentReleaseIds);
  }
}
