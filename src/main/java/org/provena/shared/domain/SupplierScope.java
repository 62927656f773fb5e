package org.provena.shared.domain;

import java.util.Optional;
import java.util.UUID;

/**
 * Whose supplier-owned rows a unit of work may read or change: every supplier's (the manufacturer's
 * staff, and system work such as feed imports), one supplier's (a supplier user or CI client), or
 * nobody's (an authenticated user whose organization is unknown to Provena).
 *
 * <p>Every repository of supplier-owned data takes its queries through a scope, so isolation is
 * enforced in the data layer and a view or resource cannot forget it (ADR 0004).
 */
public sealed interface SupplierScope {

  /** Manufacturer staff and system work: all suppliers. */
  record AllSuppliers() implements SupplierScope {}

  /** A supplier's own users and clients. */
  record OneSupplier(UUID supplierId) implements SupplierScope {}

  /** Authenticated, but not a known supplier nor manufacturer staff: sees nothing. */
  record NoSupplier() implements SupplierScope {}

  static SupplierScope all() {
    return new AllSuppliers();
  }

  static SupplierScope only(UUID supplierId) {
    return new OneSupplier(supplierId);
  }

  static SupplierScope none() {
    return new NoSupplier();
  }

  /** May rows owned by this supplier be read or written in this scope? */
  default boolean permits(UUID ownerSupplierId) {
    if (this instanceof OneSupplier one) {
      return one.supplierId().equals(ownerSupplierId);
    }
    return this instanceof AllSuppliers;
  }

  /** The one supplier this scope is limited to, if it is. */
  default Optional<UUID> supplier() {
    return this instanceof OneSupplier one ? Optional.of(one.supplierId()) : Optional.empty();
  }

  default boolean seesAllSuppliers() {
    return this instanceof AllSuppliers;
  }
}
