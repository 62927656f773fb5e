package org.provena.finding.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.provena.shared.domain.PageRequest;
import org.provena.supplier.application.SupplierScopeResolver;

/** What callers may read about findings, in their supplier scope. */
@ApplicationScoped
@Transactional
public class FindingQueries {

  @Inject FindingReads reads;
  @Inject FindingAnalysisReads analyses;
  @Inject SupplierScopeResolver scopes;

  public List<FindingView> ofSbom(UUID sbomId, FindingFilter filter, PageRequest page) {
    return reads.ofSbom(scopes.current(), sbomId, filter, page);
  }

  public long countOfSbom(UUID sbomId, FindingFilter filter) {
    return reads.countOfSbom(scopes.current(), sbomId, filter);
  }

  public List<FindingView> ofRelease(UUID releaseId, FindingFilter filter, PageRequest page) {
    return reads.ofRelease(scopes.current(), releaseId, filter, page);
  }

  public long countOfRelease(UUID releaseId, FindingFilter filter) {
    return reads.countOfRelease(scopes.current(), releaseId, filter);
  }

  public List<FindingView> ofSupplier(UUID supplierId, FindingFilter filter, PageRequest page) {
    return reads.ofSupplier(scopes.current(), supplierId, filter, page);
  }

  public long countOfSupplier(UUID supplierId, FindingFilter filter) {
    return reads.countOfSupplier(scopes.current(), supplierId, filter);
  }

  /**
   * Every open finding of these releases with its ratings, the supplier's VEX answer and the
   * manufacturer's latest assessment: what a device's vulnerability disclosure report lists.
   */
  public List<FindingAnalysis> analysesOfReleases(java.util.Collection<UUID> componentReleaseIds) {
    return componentReleaseIds.isEmpty()
        ? List.of()
        : analyses.openOfReleases(scopes.current(), componentReleaseIds);
  }

  public java.util.Optional<FindingView> find(UUID findingId) {
    return reads.find(scopes.current(), findingId);
  }
}
