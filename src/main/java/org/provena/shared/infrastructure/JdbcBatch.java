package org.provena.shared.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * A prepared statement sent in batches of {@value #SIZE} rows: bind a row's parameters on {@link
 * #row()}, then {@link #add()} it; closing sends what is left. Bulk writes (an SBOM's inventory, a
 * feed's records) go through it on the persistence context's connection, inside its transaction.
 */
public final class JdbcBatch implements AutoCloseable {

  private static final int SIZE = 1000;
  private final PreparedStatement statement;
  private int pending;
  private long rows;

  public JdbcBatch(Connection connection, String sql) throws SQLException {
    statement = connection.prepareStatement(sql);
  }

  /** The statement to bind the next row's parameters on. */
  public PreparedStatement row() {
    return statement;
  }

  /** Adds the bound row. */
  public void add() throws SQLException {
    statement.addBatch();
    rows++;
    if (++pending == SIZE) {
      statement.executeBatch();
      pending = 0;
    }
  }

  /** Rows added so far. */
  public long rows() {
    return rows;
  }

  @Override
  public void close() throws SQLException {
    try {
      if (pending > 0) {
        statement.executeBatch();
      }
    } finally {
      statement.close();
    }
  }
}
