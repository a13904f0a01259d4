package dev.libsql4j.jdbc;

import static dev.libsql4j.jdbc.Jdbc.exec;
import static dev.libsql4j.jdbc.Jdbc.queryLong;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Batches are one request. In autocommit a batch is all-or-nothing (sqlite-jdbc keeps the
 * statements before a failure); the exception's counts are those of the statements before the
 * failing one.
 */
class BatchTest {

  @RegisterExtension
  static final SqldDatabase DB = SqldDatabase.proxied();

  @BeforeAll
  static void createSchema() throws SQLException {
    exec(DB.dataSource(), "CREATE TABLE u (a INT UNIQUE)");
  }

  @BeforeEach
  void clean() throws SQLException {
    exec(DB.dataSource(), "DELETE FROM u");
  }

  @Tag(SqldDatabase.HTTP_ONLY)
  @Test
  void aStatementBatchReportsEachUpdateCount() throws SQLException {
    try (Connection connection = DB.dataSource().getConnection(); Statement statement = connection.createStatement()) {
      statement.addBatch("INSERT INTO u VALUES (1), (2)");
      statement.addBatch("UPDATE u SET a = a + 10");
      statement.addBatch("CREATE TABLE IF NOT EXISTS other (x)");
      DB.proxy().reset();
      assertThat(statement.executeBatch()).containsExactly(2, 2, 0);
      assertThat(DB.proxy().requests()).isEqualTo(1);
    }
  }

  @Test
  void aFailingAutocommitBatchIsRolledBackAndReportsTheFailingIndex() throws SQLException {
    try (Connection connection = DB.dataSource().getConnection(); Statement statement = connection.createStatement()) {
      statement.addBatch("INSERT INTO u VALUES (10)");
      statement.addBatch("INSERT INTO u VALUES (11)");
      statement.addBatch("INSERT INTO u VALUES (10)");
      statement.addBatch("INSERT INTO u VALUES (12)");
      BatchUpdateException e = catchThrowableOfType(BatchUpdateException.class, statement::executeBatch);
      assertThat(e.getUpdateCounts()).containsExactly(1, 1);
      assertThat(e.getSQLState()).isEqualTo("23505");
      assertThat(e.getErrorCode()).isEqualTo(19);
      assertThat(e.getMessage()).contains("UNIQUE").contains("batch entry 2").contains("rolled back");
    }
    assertThat(queryLong(DB.dataSource(), "SELECT count(*) FROM u")).isZero();
  }

  @Tag(SqldDatabase.HTTP_ONLY)
  @Test
  void aFailingBatchInATransactionKeepsTheStatementsBeforeIt() throws SQLException {
    try (Connection connection = DB.dataSource().getConnection();
         PreparedStatement insert = connection.prepareStatement("INSERT INTO u VALUES (?)")) {
      connection.setAutoCommit(false);
      for (int value : new int[] {1, 2, 1, 3}) {
        insert.setInt(1, value);
        insert.addBatch();
      }
      DB.proxy().reset();
      BatchUpdateException e = catchThrowableOfType(BatchUpdateException.class, insert::executeBatch);
      assertThat(DB.proxy().requests()).isEqualTo(1);
      assertThat(e.getUpdateCounts()).containsExactly(1, 1);
      assertThat(e.getMessage()).doesNotContain("rolled back");
      connection.commit();
    }
    assertThat(queryLong(DB.dataSource(), "SELECT count(*) FROM u")).isEqualTo(2);
  }

  @Tag(SqldDatabase.HTTP_ONLY)
  @Test
  void aTransactionBatchRidesWithTheBegin() throws SQLException {
    try (Connection connection = DB.dataSource().getConnection();
         PreparedStatement insert = connection.prepareStatement("INSERT INTO u VALUES (?)")) {
      connection.setAutoCommit(false);
      DB.proxy().reset();
      for (int i = 0; i < 100; i++) {
        insert.setInt(1, i);
        insert.addBatch();
      }
      insert.executeBatch();
      insert.setInt(1, 1000);
      insert.addBatch();
      insert.executeBatch();
      connection.commit();
      assertThat(DB.proxy().requests()).isEqualTo(3);
    }
    assertThat(queryLong(DB.dataSource(), "SELECT count(*) FROM u")).isEqualTo(101);
  }

  @Tag(SqldDatabase.HTTP_ONLY)
  @Test
  void anEmptyBatchSendsNothing() throws SQLException {
    try (Connection connection = DB.dataSource().getConnection(); Statement statement = connection.createStatement()) {
      DB.proxy().reset();
      assertThat(statement.executeBatch()).isEmpty();
      assertThat(DB.proxy().requests()).isZero();
    }
  }
}
