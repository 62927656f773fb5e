package org.provena.finding.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.provena.shared.domain.SupplierScope;

/** Suppliers' VEX statements, within the caller's supplier scope. Statements are only added. */
public interface VexStatementRepository {

  Optional<VexStatement> find(SupplierScope scope, UUID id);

  /**
   * The statements applied to a finding, oldest first by when they were made; the last is its
   * current VEX answer.
   */
  List<VexStatement> historyOf(SupplierScope scope, UUID findingId);

  /** The statements of one uploaded document, in document order. */
  List<VexStatement> ofDocument(SupplierScope scope, UUID documentId);

  void store(SupplierScope scope, VexStatement statement);
}
