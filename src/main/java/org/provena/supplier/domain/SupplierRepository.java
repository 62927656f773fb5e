package org.provena.supplier.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.provena.shared.domain.PageRequest;
import org.provena.shared.domain.SupplierScope;

/**
 * Suppliers, as far as the scope lets the caller see them: a supplier sees only itself. Resolving a
 * token's organization is the one lookup that needs no scope, since it is what produces one.
 */
public interface SupplierRepository {

  Optional<Supplier> find(SupplierScope scope, UUID id);

  List<Supplier> list(SupplierScope scope, PageRequest page);

  long count(SupplierScope scope);

  Optional<Supplier> findByOrganization(String organizationAlias);

  void store(SupplierScope scope, Supplier supplier);
}
