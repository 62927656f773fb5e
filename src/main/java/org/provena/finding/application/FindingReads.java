package org.provena.finding.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.provena.shared.domain.PageRequest;
import org.provena.shared.domain.SupplierScope;

/**
 * The read model of findings, joined with their packages and vulnerabilities; always within a
 * supplier scope. Most urgent first: known exploited, then by severity and CVSS score.
 */
public interface FindingReads {

  List<FindingView> ofSbom(
      SupplierScope scope, UUID sbomId, FindingFilter filter, PageRequest page);

  long countOfSbom(SupplierScope scope, UUID sbomId, FindingFilter filter);

  List<FindingView> ofRelease(
      SupplierScope scope, UUID componentReleaseId, FindingFilter filter, PageRequest page);

  long countOfRelease(SupplierScope scope, UUID componentReleaseId, FindingFilter filter);

  /** Every finding of a supplier's releases (open ones unless the filter asks for all). */
  List<FindingView> ofSupplier(
      SupplierScope scope, UUID supplierId, FindingFilter filter, PageRequest page);

  long countOfSupplier(SupplierScope scope, UUID supplierId, FindingFilter filter);

  Optional<FindingView> find(SupplierScope scope, UUID findingId);
}
