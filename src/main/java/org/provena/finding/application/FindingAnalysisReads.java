package org.provena.finding.application;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.provena.shared.domain.SupplierScope;

/**
 * Open findings of many component releases with their ratings, VEX answer and assessment, in a few
 * queries: a device release's vulnerability disclosure report covers every finding of up to dozens
 * of releases, which {@link FindingReads} (paged, without answers or assessments) would read one
 * finding at a time.
 */
public interface FindingAnalysisReads {

  /** Open findings of these releases the scope may see, by release, vulnerability and package. */
  List<FindingAnalysis> openOfReleases(SupplierScope scope, Collection<UUID> componentReleaseIds);
}
