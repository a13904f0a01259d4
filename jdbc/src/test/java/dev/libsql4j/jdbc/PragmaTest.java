package dev.libsql4j.jdbc;

import static dev.libsql4j.jdbc.Jdbc.exec;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A connection-scoped PRAGMA holds for the JDBC connection although every autocommit statement
 * runs on a new server connection: the driver replays it in the same request. (sqld turns
 * {@code foreign_keys} on for every connection; SQLite and sqlite-jdbc leave it off.)
 */
class PragmaTest {

  @RegisterExtension
  static final SqldDatabase DB = SqldDatabase.proxied();

  @BeforeAll
  static void createSchema() throws SQLException {
    exec(DB.dataSource(), "CREATE TABLE parent (id INTEGER PRIMARY KEY)",
        "CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INT REFERENCES parent(id))");
  }

  @Tag(SqldDatabase.HTTP_ONLY)
  @Test
  void aSettingHoldsForLaterStatementsAtNoExtraRequest() throws SQLException {
    try (Connection connection = DB.dataSource().getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("PRAGMA foreign_keys = OFF");
      DB.proxy().reset();
      assertThat(statement.executeUpdate("INSERT INTO child(parent_id) VALUES (42)")).isEqualTo(1);
      assertThat(DB.proxy().requests()).isEqualTo(1);
      connection.setAutoCommit(false);
      assertThat(statement.executeUpdate("INSERT INTO child(parent_id) VALUES (43)")).isEqualTo(1);
      connection.rollback();
      connection.setAutoCommit(true);
      statement.setFetchSize(10);
      try (ResultSet rows = statement.executeQuery("SELECT * FROM pragma_foreign_keys")) {
        assertThat(rows.next()).isTrue();
        assertThat(rows.getInt(1)).isZero();
      }
    }
  }

  @Test
  void settingsBelongToTheirConnection() throws SQLException {
    try (Connection first = DB.dataSource().getConnection(); Statement statement = first.createStatement()) {
      statement.execute("PRAGMA foreign_keys = 0");
      assertThat(Jdbc.queryLong(first, "PRAGMA foreign_keys")).isZero();
    }
    try (Connection second = DB.dataSource().getConnection()) {
      assertThat(Jdbc.queryLong(second, "PRAGMA foreign_keys")).isEqualTo(1);
    }
  }
}
