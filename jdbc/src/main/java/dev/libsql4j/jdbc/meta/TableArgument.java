package dev.libsql4j.jdbc.meta;

import java.sql.SQLException;

/** The check sqlite-jdbc makes on a table name that must not be a pattern. */
final class TableArgument {

  private TableArgument() {}

  /** Throws for a null or blank name, which names no table. */
  static void require(String table) throws SQLException {
    if (table == null || table.isBlank()) {
      throw new SQLException("Invalid table name: '" + table + "'");
    }
  }
}
