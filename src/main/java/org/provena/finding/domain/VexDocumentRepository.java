package org.provena.finding.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.provena.shared.domain.PageRequest;
import org.provena.shared.domain.SupplierScope;

/** Uploaded VEX documents, within the caller's supplier scope. */
public interface VexDocumentRepository {

  Optional<VexDocument> find(SupplierScope scope, UUID id);

  /** Newest upload first. */
  List<VexDocument> listBySupplier(SupplierScope scope, UUID supplierId, PageRequest page);

  /** A supplier's documents that came signed (in an envelope), whatever their outcome. */
  List<VexDocument> listSigned(SupplierScope scope, UUID supplierId);

  void store(SupplierScope scope, VexDocument document);
}
