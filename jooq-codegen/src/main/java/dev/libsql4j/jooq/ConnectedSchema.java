package dev.libsql4j.jooq;

import java.sql.Connection;
import java.sql.SQLException;

/** A {@link SchemaSource} over one JDBC connection, which it closes before releasing what else it holds. */
abstract class ConnectedSchema implements SchemaSource {

  private final Connection connection;

  ConnectedSchema(Connection connection) {
    this.connection = connection;
  }

  @Override
  public final Connection connection() {
    return connection;
  }

  @Override
  public final void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      // The schema was only read (or written to a file about to go): nothing to lose.
    } finally {
      release();
    }
  }

  /** Frees what the source holds besides the connection. */
  abstract void release();
}
