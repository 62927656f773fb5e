package org.provena.request.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.provena.shared.domain.PageRequest;
import org.provena.shared.domain.SupplierScope;

/** Evidence requests with their transitions, within the caller's supplier scope. */
public interface EvidenceRequestRepository {

  Optional<EvidenceRequest> find(SupplierScope scope, UUID id);

  /** Soonest due first. */
  List<EvidenceRequest> list(SupplierScope scope, PageRequest page);

  /**
   * Requests still waiting for the supplier ({@code OPEN} or {@code OVERDUE}), soonest due first.
   */
  List<EvidenceRequest> listAwaitingSupplier(SupplierScope scope);

  void store(SupplierScope scope, EvidenceRequest request);
}
