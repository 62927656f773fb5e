package org.provena.supplier.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.provena.shared.domain.SupplierScope;

/**
 * Suppliers' CI clients, within the caller's supplier scope. Resolving a token's client id is the
 * one lookup without a scope, since it is what produces one.
 */
public interface ApiClientRepository {

  Optional<ApiClient> find(SupplierScope scope, UUID id);

  /** A supplier's clients, newest first. */
  List<ApiClient> listBySupplier(SupplierScope scope, UUID supplierId);

  Optional<ApiClient> findByClientId(String clientId);

  void store(SupplierScope scope, ApiClient client);
}
