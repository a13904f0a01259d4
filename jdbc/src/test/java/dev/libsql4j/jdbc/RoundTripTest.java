package dev.libsql4j.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Each JDBC operation costs the documented number of HTTP requests (counted by a proxy). */
// Counts HTTP requests through the CountingProxy; WebSocketTest counts the WebSocket messages.
@Tag(SqldDatabase.HTTP_ONLY)
class RoundTripTest {

  @RegisterExtension
  static final SqldDatabase DB = SqldDatabase.proxied();

  @BeforeAll
  static void createSchema() throws Exception {
    try (Connection connection = DB.dataSource().getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE IF NOT EXISTS items (id INTEGER PRIMARY KEY, name TEXT UNIQUE, qty INT)");
    }
  }

  @BeforeEach
  void clean() throws Exception {
    try (Connection connection = DB.dataSource().getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("DELETE FROM items");
    }
    DB.proxy().reset();
  }

  @Test
  void anAutocommitStatementIsOneRequest() throws Exception {
    try (Connection connection = DB.dataSource().getConnection();
         PreparedStatement insert = connection.prepareStatement("INSERT INTO items(name, qty) VALUES (?, ?)")) {
      DB.proxy().reset();
      insert.setString(1, "a");
      insert.setInt(2, 3);
      assertThat(insert.executeUpdate()).isEqualTo(1);
      assertThat(DB.proxy().requests()).isEqualTo(1);
      assertThat(DB.proxy().requests("/v3/pipeline")).isEqualTo(1);
    }
  }

  @Test
  void aQueryWithoutFetchSizeIsOneRequest() throws Exception {
    try (Connection connection = DB.dataSource().getConnection(); Statement statement = connection.createStatement()) {
      statement.executeUpdate("INSERT INTO items(name, qty) VALUES ('a', 1), ('b', 2)");
      DB.proxy().reset();
      try (ResultSet rows = statement.executeQuery("SELECT name, qty FROM items ORDER BY name")) {
        assertThat(rows.next()).isTrue();
        assertThat(rows.getString(1)).isEqualTo("a");
        assertThat(rows.getObject("qty")).isEqualTo(1);
        assertThat(rows.next()).isTrue();
        assertThat(rows.next()).isFalse();
      }
      assertThat(DB.proxy().requests()).isEqualTo(1);
    }
  }

  @Test
  void aBatchOfAThousandIsOneRequest() throws Exception {
    try (Connection connection = DB.dataSource().getConnection();
         PreparedStatement insert = connection.prepareStatement("INSERT INTO items(name, qty) VALUES (?, ?)")) {
      for (int i = 0; i < 1000; i++) {
        insert.setString(1, "n" + i);
        insert.setInt(2, i);
        insert.addBatch();
      }
      DB.proxy().reset();
      int[] counts = insert.executeBatch();
      assertThat(DB.proxy().requests()).isEqualTo(1);
      assertThat(counts).hasSize(1000).containsOnly(1);
    }
    assertThat(count()).isEqualTo(1000);
  }

  @Test
  void kStatementsAndCommitTakeAtMostKPlusOneRequests() throws Exception {
    try (Connection connection = DB.dataSource().getConnection()) {
      connection.setAutoCommit(false);
      DB.proxy().reset();
      try (PreparedStatement insert = connection.prepareStatement("INSERT INTO items(name, qty) VALUES (?, 1)")) {
        for (int i = 0; i < 5; i++) {
          insert.setString(1, "k" + i);
          insert.executeUpdate();
        }
      }
      assertThat(DB.proxy().requests()).isEqualTo(5);
      connection.commit();
      assertThat(DB.proxy().requests()).isEqualTo(6);
    }
    assertThat(count()).isEqualTo(5);
  }

  @Test
  void commitAndRollbackWithNothingSentCostNoRequest() throws Exception {
    try (Connection connection = DB.dataSource().getConnection()) {
      connection.setAutoCommit(false);
      DB.proxy().reset();
      connection.commit();
      connection.rollback();
      connection.setAutoCommit(true);
      assertThat(DB.proxy().requests()).isZero();
    }
  }

  @Test
  void rollbackUndoesTheTransactionInOneRequest() throws Exception {
    try (Connection connection = DB.dataSource().getConnection(); Statement statement = connection.createStatement()) {
      connection.setAutoCommit(false);
      statement.executeUpdate("INSERT INTO items(name, qty) VALUES ('r', 1)");
      DB.proxy().reset();
      connection.rollback();
      assertThat(DB.proxy().requests()).isEqualTo(1);
    }
    assertThat(count()).isZero();
  }

  private static int count() throws Exception {
    try (Connection connection = DB.dataSource().getConnection(); Statement statement = connection.createStatement();
         ResultSet rows = statement.executeQuery("SELECT count(*) FROM items")) {
      rows.next();
      return rows.getInt(1);
    }
  }
}
