package dev.libsql4j.jdbc.differential;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Update counts: what {@code executeUpdate}, and {@code execute} followed by
 * {@code getUpdateCount}/{@code getResultSet}/{@code getMoreResults}, say for each kind of
 * statement.
 */
class UpdateCountDifferentialTest extends DifferentialTest {

  private static final String[] FRESH_TABLE = {
      "DROP TABLE IF EXISTS counted",
      "DROP TABLE IF EXISTS other",
      "CREATE TABLE counted (id INTEGER PRIMARY KEY, name TEXT)",
      "INSERT INTO counted (name) VALUES ('a'), ('b'), ('c')"};

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "INSERT INTO counted (name) VALUES ('d')",
      "INSERT INTO counted (name) VALUES ('d'), ('e')",
      "INSERT INTO counted (name) SELECT name FROM counted",
      "UPDATE counted SET name = 'x'",
      "UPDATE counted SET name = 'x' WHERE id = 2",
      "UPDATE counted SET name = 'x' WHERE id = 99",
      "DELETE FROM counted WHERE id > 1",
      "DELETE FROM counted",
      "SELECT * FROM counted",
      "INSERT INTO counted (name) VALUES ('r') RETURNING id"})
  void updateCountsMatch(String sql) throws Exception {
    both.assertSame(sql, counts(sql));
  }

  /** sqlite-jdbc repeats the 3 rows the set-up inserted; sqld counts DDL and PRAGMA as 0. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "CREATE TABLE other (x)",
      "CREATE INDEX ix_counted ON counted (name)",
      "DROP TABLE counted",
      "PRAGMA user_version = 3"})
  void ddlCountsNoRows(String sql) throws Exception {
    both.assertCorrected(sql, counts(sql), Correction.eachFact(Deviation.UPDATE_COUNT_OF_DDL,
        fact -> fact.replace("getUpdateCount = 3 (Integer)", "getUpdateCount = 0 (Integer)")));
  }

  /**
   * A prepared INSERT … RETURNING counts the rows it inserted, as Statement.executeUpdate does in
   * both drivers; sqlite-jdbc's PreparedStatement.executeUpdate refuses any statement with rows.
   */
  @Test
  void preparedInsertReturningCountsItsRows() throws Exception {
    String sql = "INSERT INTO counted (name) VALUES (?), (?) RETURNING id";
    both.assertCorrected("prepared " + sql, (connection, out) -> {
      freshTable(connection);
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        statement.setString(1, "p");
        statement.setString(2, "q");
        out.call("executeUpdate", statement::executeUpdate);
        out.call("getUpdateCount", statement::getUpdateCount);
      }
    }, Correction.eachFact(Deviation.PREPARED_UPDATE_WITH_ROWS,
        fact -> fact.replace("executeUpdate throws SQLException", "executeUpdate = 2 (Integer)")));
  }

  /** Runs {@code sql} with executeUpdate, then again with execute, each on a fresh table. */
  private static Probe counts(String sql) {
    return (connection, out) -> {
      freshTable(connection);
      try (Statement statement = connection.createStatement()) {
        out.call("executeUpdate", () -> statement.executeUpdate(sql));
      }
      freshTable(connection);
      try (Statement statement = connection.createStatement()) {
        out.call("execute", () -> statement.execute(sql));
        out.call("getUpdateCount", statement::getUpdateCount);
        out.call("getResultSet is null", () -> statement.getResultSet() == null);
        out.call("getMoreResults", statement::getMoreResults);
        out.call("getUpdateCount after getMoreResults", statement::getUpdateCount);
      }
    };
  }

  private static void freshTable(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      for (String sql : FRESH_TABLE) {
        statement.execute(sql);
      }
    }
  }
}
