package dev.libsql4j.liquibase;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns {@code PRAGMA foreign_keys} off for one transaction of a JDBC connection, checks the
 * foreign keys before that transaction commits, and turns them back on afterwards.
 *
 * <p>SQLite ignores {@code PRAGMA foreign_keys} inside a transaction, so the setting is made in
 * autocommit mode, before the transaction's first statement: the libsql4j driver remembers it and
 * replays it at the start of the transaction's stream, ahead of {@code BEGIN}.
 */
final class ForeignKeySuspension {

  private boolean suspended;

  /** True between {@link #suspend} and {@link #restore}. */
  boolean isSuspended() {
    return suspended;
  }

  /**
   * Switches foreign keys off for the next transaction. Must be called before the transaction has
   * written anything: leaving it (to reach autocommit mode) commits what it read.
   */
  void suspend(Connection connection) throws SQLException {
    if (suspended) {
      return;
    }
    setForeignKeys(connection, false);
    suspended = true;
  }

  /**
   * Fails, listing the first violations, when the current transaction left a row whose foreign key
   * points nowhere ({@code PRAGMA foreign_key_check}).
   */
  void check(Connection connection) throws SQLException, ForeignKeyViolationException {
    List<String> violations = new ArrayList<>();
    try (Statement statement = connection.createStatement();
         ResultSet rows = statement.executeQuery("PRAGMA foreign_key_check")) {
      while (rows.next() && violations.size() < 10) {
        violations.add(rows.getString(1) + " rowid " + rows.getString(2) + " -> " + rows.getString(3));
      }
    }
    if (!violations.isEmpty()) {
      throw new ForeignKeyViolationException(violations);
    }
  }

  /** Switches foreign keys back on (a no-op when they were not suspended). */
  void restore(Connection connection) throws SQLException {
    if (suspended) {
      suspended = false;
      setForeignKeys(connection, true);
    }
  }

  private static void setForeignKeys(Connection connection, boolean on) throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    if (!autoCommit) {
      connection.setAutoCommit(true);
    }
    try (Statement statement = connection.createStatement()) {
      statement.execute("PRAGMA foreign_keys = " + (on ? "ON" : "OFF"));
    } finally {
      if (!autoCommit) {
        connection.setAutoCommit(false);
      }
    }
  }
}
