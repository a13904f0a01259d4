package dev.libsql4j.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** Small helpers that keep the tests about the behaviour they check. */
final class Jdbc {

  private Jdbc() {
  }

  /** Runs statements in autocommit on a fresh connection. */
  static void exec(DataSource dataSource, String... sqls) throws SQLException {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      for (String sql : sqls) {
        statement.execute(sql);
      }
    }
  }

  /** The first column of the first row, as a long. */
  static long queryLong(DataSource dataSource, String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      return queryLong(connection, sql);
    }
  }

  /** The first column of the first row, as a long. */
  static long queryLong(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
      if (!rows.next()) {
        throw new AssertionError("no row for " + sql);
      }
      return rows.getLong(1);
    }
  }
}
