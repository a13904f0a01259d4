package dev.libsql4j.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.libsql4j.testing.SqldExtension;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A query too large for one pipeline response is streamed through a cursor instead. */
class ResponseLimitTest {

  @RegisterExtension
  static final SqldDatabase DB =
      SqldDatabase.proxied(SqldExtension.custom(node -> node.arg("--max-response-size", "1KB")), "");

  private static final String BIG = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 2000) "
      + "SELECT x, 'some text to make the response larger' FROM c";

  private static long count(ResultSet rows) throws SQLException {
    long count = 0;
    while (rows.next()) {
      count++;
    }
    return count;
  }

  @Tag(SqldDatabase.HTTP_ONLY)
  @Test
  void aQueryAboveTheServersLimitFallsBackToACursor() throws SQLException, InterruptedException {
    try (Connection connection = DB.dataSource().getConnection(); Statement statement = connection.createStatement()) {
      DB.proxy().reset();
      try (ResultSet rows = statement.executeQuery(BIG)) {
        assertThat(count(rows)).isEqualTo(2000);
      }
      assertThat(DB.proxy().requests("/v3/cursor")).isEqualTo(1);
      // The refused pipeline, then the cursor's stream closed by a request in the background.
      awaitRequests("/v3/pipeline", 2);
    }
  }

  private static void awaitRequests(String path, int expected) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (DB.proxy().requests(path) < expected && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(DB.proxy().requests(path)).isEqualTo(expected);
  }

  @Test
  void theFallbackWorksInsideATransaction() throws SQLException {
    try (Connection connection = DB.dataSource().getConnection(); Statement statement = connection.createStatement()) {
      connection.setAutoCommit(false);
      try (ResultSet rows = statement.executeQuery(BIG)) {
        assertThat(count(rows)).isEqualTo(2000);
      }
      connection.commit();
    }
  }

  @Test
  void aLargeResultOfAWriteIsNotRunTwice() throws SQLException {
    try (Connection connection = DB.dataSource().getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE w (x INTEGER PRIMARY KEY, s TEXT)");
      SQLException e = catchThrowableOfType(SQLException.class, () -> statement.executeQuery(
          "INSERT INTO w(s) " + BIG.replace("SELECT x, 'some", "SELECT 'some") + " RETURNING *"));
      assertThat(e.getSQLState()).isEqualTo("54000");
      assertThat(Jdbc.queryLong(connection, "SELECT count(*) <= 2000 FROM w")).isEqualTo(1);
    }
  }
}
