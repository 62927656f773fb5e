package org.provena.finding.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.provena.shared.domain.PageRequest;
import org.provena.shared.domain.SupplierScope;

/** Findings with their assessments, within the caller's supplier scope. */
public interface FindingRepository {

  Optional<Finding> find(SupplierScope scope, UUID id);

  /** Newest first. */
  List<Finding> list(SupplierScope scope, PageRequest page);

  List<Finding> findOpenByRelease(SupplierScope scope, UUID componentReleaseId);

  /**
   * The finding for a package and vulnerability, if it was ever matched: matching is idempotent.
   */
  Optional<Finding> findByMatch(SupplierScope scope, UUID packageId, UUID vulnerabilityId);

  void store(SupplierScope scope, Finding finding);
}
