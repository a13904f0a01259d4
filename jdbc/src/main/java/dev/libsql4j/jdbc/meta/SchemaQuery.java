package dev.libsql4j.jdbc.meta;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/**
 * Runs one catalog query over the user's connection (so it sees the same transaction and costs
 * one request) and hands each row to a callback. Arguments are bound, never spliced into the SQL,
 * so table names and patterns need no escaping.
 */
final class SchemaQuery {

  /** Receives the rows of a catalog query one by one. */
  @FunctionalInterface
  interface RowHandler {
    void row(ResultSet row) throws SQLException;
  }

  private SchemaQuery() {}

  /** Runs {@code sql} with {@code args} (Strings or Integers, null allowed) bound in order. */
  static void forEachRow(Connection connection, String sql, RowHandler handler, Object... args)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        if (args[i] == null) {
          statement.setNull(i + 1, Types.VARCHAR);
        } else if (args[i] instanceof Integer number) {
          statement.setInt(i + 1, number);
        } else {
          statement.setString(i + 1, (String) args[i]);
        }
      }
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          handler.row(rows);
        }
      }
    }
  }
}
