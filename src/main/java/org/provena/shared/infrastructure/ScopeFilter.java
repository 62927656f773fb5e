package org.provena.shared.infrastructure;

import jakarta.persistence.Query;
import java.sql.PreparedStatement;
import java.sql.SQLException;
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

  /**
   * The SQL form for JDBC: {@code (? = TRUE or <ownerColumn> = ?)}, bound by {@link
   * #bind(PreparedStatement, int, SupplierScope)}.
   */
  public static String sql(String ownerColumn) {
    return "(? = TRUE or " + ownerColumn + " = ?)";
  }

  /** Binds the two parameters of {@link #sql} from {@code index}; returns the next index. */
  public static int bind(PreparedStatement statement, int index, SupplierScope scope)
      throws SQLException {
    statement.setBoolean(index, scope.seesAllSuppliers());
    statement.setObject(index + 1, scope.supplier().orElse(NO_SUPPLIER));
    return index + 2;
  }
}
