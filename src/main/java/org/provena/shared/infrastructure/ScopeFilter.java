package org.provena.shared.infrastructure;

import jakarta.persistence.Query;
import java.util.UUID;
import org.provena.shared.domain.ForeignSupplierAccessException;
import org.provena.shared.domain.SupplierScope;

/**
 * The JPQL half of supplier isolation (ADR 0004): a condition every query on supplier-owned rows
 * includes, and the binding of its two parameters from the caller's scope. A scope for nobody binds
 * an owner id no row has, so it matches nothing.
 */
public final class ScopeFilter {

  private static final UUID NO_SUPPLIER = new UUID(0L, 0L);

  private ScopeFilter() {}

  /** {@code (:scopeAll = TRUE or <ownerPath> = :scopeSupplier)} */
  public static String on(String ownerPath) {
    return "(:scopeAll = TRUE or " + ownerPath + " = :scopeSupplier)";
  }

  public static <Q extends Query> Q bind(Q query, SupplierScope scope) {
    query.setParameter("scopeAll", scope.seesAllSuppliers());
    query.setParameter("scopeSupplier", scope.supplier().orElse(NO_SUPPLIER));
    return query;
  }

  /** Guards a write: the row must belong to a supplier the scope permits. */
  public static void requireWritable(SupplierScope scope, UUID owner, String what) {
    if (!scope.permits(owner)) {
      throw new ForeignSupplierAccessException(what);
    }
  }
}
