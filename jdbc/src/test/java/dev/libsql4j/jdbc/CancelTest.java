package dev.libsql4j.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.Statement;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Query timeouts, cancel and network timeouts end the wait; the connection stays usable. */
class CancelTest {

  @RegisterExtension
  static final SqldDatabase DB = SqldDatabase.direct();

  /** Several seconds of work for SQLite, finite so that the server's thread is freed again. */
  private static final String SLOW = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c "
      + "WHERE x < 40000000) SELECT count(*) FROM c";

  @Test
  void aQueryTimeoutAbortsTheWait() throws SQLException {
    try (Connection connection = DB.dataSource().getConnection(); Statement statement = connection.createStatement()) {
      statement.setQueryTimeout(1);
      long start = System.nanoTime();
      SQLTimeoutException e = catchThrowableOfType(SQLTimeoutException.class, () -> statement.executeQuery(SLOW));
      assertThat(e.getSQLState()).isEqualTo("HYT00");
      assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(4000);
      statement.setQueryTimeout(0);
      assertThat(Jdbc.queryLong(connection, "SELECT 1")).isEqualTo(1);
    }
  }

  @Test
  void cancelFromAnotherThreadAbortsTheStatement() throws Exception {
    ScheduledExecutorService canceller = Executors.newSingleThreadScheduledExecutor();
    try (Connection connection = DB.dataSource().getConnection(); Statement statement = connection.createStatement()) {
      canceller.schedule(() -> {
        statement.cancel();
        return null;
      }, 500, TimeUnit.MILLISECONDS);
      long start = System.nanoTime();
      SQLException e = catchThrowableOfType(SQLException.class, () -> statement.executeQuery(SLOW));
      assertThat(e.getSQLState()).isEqualTo("57014");
      assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(4000);
      assertThat(Jdbc.queryLong(connection, "SELECT 2")).isEqualTo(2);
    } finally {
      canceller.shutdownNow();
    }
  }

  @Test
  void aNetworkTimeoutBoundsEveryRequest() throws SQLException {
    try (Connection connection = DB.dataSource().getConnection(); Statement statement = connection.createStatement()) {
      connection.setNetworkTimeout(Runnable::run, 1000);
      assertThat(connection.getNetworkTimeout()).isEqualTo(1000);
      catchThrowableOfType(SQLTimeoutException.class, () -> statement.executeQuery(SLOW));
      connection.setNetworkTimeout(Runnable::run, 0);
      assertThat(Jdbc.queryLong(connection, "SELECT 3")).isEqualTo(3);
    }
  }
}
