package dev.libsql4j.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.libsql4j.testing.CountingProxy;
import dev.libsql4j.testing.SqldExtension;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Each JDBC operation costs the documented number of HTTP requests (counted by a proxy). */
class RoundTripTest {

  @RegisterExtension
  static final SqldExtension SQLD = SqldExtension.standalone();

  private static CountingProxy proxy;
  private static LibSqlDataSource dataSource;

  @BeforeAll
  static void start() throws Exception {
    proxy = CountingProxy.start(SQLD.node().httpUrl());
    dataSource = new LibSqlDataSource("jdbc:libsql:" + proxy.url());
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE IF NOT EXISTS items (id INTEGER PRIMARY KEY, name TEXT UNIQUE, qty INT)");
    }
  }

  @AfterAll
  static void stop() {
    dataSource.close();
    proxy.close();
  }

  @BeforeEach
  void clean() throws Exception {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("DELETE FROM items");
    }
    proxy.reset();
  }

  @Test
  void anAutocommitStatementIsOneRequest() throws Exception {
    try (Connection connection = dataSource.getConnection();
         PreparedStatement insert = connection.prepareStatement("INSERT INTO items(name, qty) VALUES (?, ?)")) {
      proxy.reset();
      insert.setString(1, "a");
      insert.setInt(2, 3);
      assertThat(insert.executeUpdate()).isEqualTo(1);
      assertThat(proxy.requests()).isEqualTo(1);
      assertThat(proxy.requests("/v3/pipeline")).isEqualTo(1);
    }
  }

  @Test
  void aQueryWithoutFetchSizeIsOneRequest() throws Exception {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.executeUpdate("INSERT INTO items(name, qty) VALUES ('a', 1), ('b', 2)");
      proxy.reset();
      try (ResultSet rows = statement.executeQuery("SELECT name, qty FROM items ORDER BY name")) {
        assertThat(rows.next()).isTrue();
        assertThat(rows.getString(1)).isEqualTo("a");
        assertThat(rows.getObject("qty")).isEqualTo(1);
        assertThat(rows.next()).isTrue();
        assertThat(rows.next()).isFalse();
      }
      assertThat(proxy.requests()).isEqualTo(1);
    }
  }

  @Test
  void aBatchOfAThousandIsOneRequest() throws Exception {
    try (Connection connection = dataSource.getConnection();
         PreparedStatement insert = connection.prepareStatement("INSERT INTO items(name, qty) VALUES (?, ?)")) {
      for (int i = 0; i < 1000; i++) {
        insert.setString(1, "n" + i);
        insert.setInt(2, i);
        insert.addBatch();
      }
      proxy.reset();
      int[] counts = insert.executeBatch();
      assertThat(proxy.requests()).isEqualTo(1);
      assertThat(counts).hasSize(1000).containsOnly(1);
    }
    assertThat(count()).isEqualTo(1000);
  }

  @Test
  void kStatementsAndCommitTakeAtMostKPlusOneRequests() throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      proxy.reset();
      try (PreparedStatement insert = connection.prepareStatement("INSERT INTO items(name, qty) VALUES (?, 1)")) {
        for (int i = 0; i < 5; i++) {
          insert.setString(1, "k" + i);
          insert.executeUpdate();
        }
      }
      assertThat(proxy.requests()).isEqualTo(5);
      connection.commit();
      assertThat(proxy.requests()).isEqualTo(6);
    }
    assertThat(count()).isEqualTo(5);
  }

  @Test
  void commitAndRollbackWithNothingSentCostNoRequest() throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      proxy.reset();
      connection.commit();
      connection.rollback();
      connection.setAutoCommit(true);
      assertThat(proxy.requests()).isZero();
    }
  }

  @Test
  void rollbackUndoesTheTransactionInOneRequest() throws Exception {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      connection.setAutoCommit(false);
      statement.executeUpdate("INSERT INTO items(name, qty) VALUES ('r', 1)");
      proxy.reset();
      connection.rollback();
      assertThat(proxy.requests()).isEqualTo(1);
    }
    assertThat(count()).isZero();
  }

  private static int count() throws Exception {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
         ResultSet rows = statement.executeQuery("SELECT count(*) FROM items")) {
      rows.next();
      return rows.getInt(1);
    }
  }
}
