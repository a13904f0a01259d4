package dev.libsql4j.jdbc;

import static dev.libsql4j.jdbc.Jdbc.exec;
import static org.assertj.core.api.Assertions.assertThat;

import dev.libsql4j.testing.CountingProxy;
import dev.libsql4j.testing.SqldExtension;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A positive fetch size streams a query through {@code /v3/cursor} with bounded memory. */
class CursorTest {

  @RegisterExtension
  static final SqldExtension SQLD = SqldExtension.standalone();

  private static final String COUNT_TO = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < %d) "
      + "SELECT x, 'row-' || x AS label FROM c";

  // A proxy per test: an autocommit cursor closes its stream with a background request, which must
  // not land in the next test's count.
  private CountingProxy proxy;
  private LibSqlDataSource dataSource;

  @BeforeAll
  static void createTable() throws SQLException {
    LibSqlDataSource direct = new LibSqlDataSource(SqldDatabase.jdbcUrl(SQLD.node().httpUrl(), ""));
    try {
      exec(direct, "CREATE TABLE c (x INT)");
    } finally {
      direct.close();
    }
  }

  @BeforeEach
  void start() {
    // The counting proxy speaks HTTP only: over WebSocket the tests that count are left out.
    proxy = SqldDatabase.webSocket() ? null : CountingProxy.start(SQLD.node().httpUrl());
    dataSource = new LibSqlDataSource(SqldDatabase.jdbcUrl(proxy != null ? proxy.url() : SQLD.node().httpUrl(), ""));
  }

  @AfterEach
  void stop() {
    dataSource.close();
    if (proxy != null) {
      proxy.close();
    }
  }

  private static long sum(ResultSet rows) throws SQLException {
    long sum = 0;
    while (rows.next()) {
      sum += rows.getLong(1);
    }
    return sum;
  }

  @Tag(SqldDatabase.HTTP_ONLY)
  @Test
  void aFetchSizeSendsTheQueryToTheCursorEndpoint() throws SQLException {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.setFetchSize(100);
      proxy.reset();
      try (ResultSet rows = statement.executeQuery(String.format(COUNT_TO, 10_000))) {
        assertThat(rows.getMetaData().getColumnLabel(2)).isEqualTo("label");
        assertThat(sum(rows)).isEqualTo(10_000L * 10_001 / 2);
      }
      assertThat(proxy.requests("/v3/cursor")).isEqualTo(1);
      assertThat(proxy.requests("/v3/pipeline")).isLessThanOrEqualTo(1);
    }
  }

  /** Expression columns are typed by the first row before next(), which then still returns it. */
  @Test
  void aStreamedResultIsTypedByItsFirstRowBeforeNext() throws SQLException {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.setFetchSize(10);
      try (ResultSet rows = statement.executeQuery(String.format(COUNT_TO, 3))) {
        assertThat(rows.getMetaData().getColumnType(1)).isEqualTo(java.sql.Types.INTEGER);
        assertThat(rows.getMetaData().getColumnTypeName(2)).isEqualTo("TEXT");
        assertThat(rows.getMetaData().getColumnClassName(1)).isEqualTo("java.lang.Integer");
        assertThat(sum(rows)).isEqualTo(6);
        assertThat(rows.getMetaData().getColumnTypeName(2)).as("after the last row").isEqualTo("NUMERIC");
      }
    }
  }

  @Tag(SqldDatabase.HTTP_ONLY)
  @Test
  void withoutAFetchSizeASmallQueryStaysInThePipeline() throws SQLException {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      proxy.reset();
      try (ResultSet rows = statement.executeQuery(String.format(COUNT_TO, 10))) {
        assertThat(sum(rows)).isEqualTo(55);
      }
      assertThat(proxy.requests("/v3/cursor")).isZero();
      assertThat(proxy.requests()).isEqualTo(1);
    }
  }

  @Tag(SqldDatabase.HTTP_ONLY)
  @Test
  void theDefaultFetchSizePropertyStreamsToo() throws SQLException {
    try (LibSqlDataSource streaming = new LibSqlDataSource("jdbc:libsql:" + proxy.url() + "?defaultFetchSize=500");
         Connection connection = streaming.getConnection(); Statement statement = connection.createStatement()) {
      proxy.reset();
      try (ResultSet rows = statement.executeQuery(String.format(COUNT_TO, 1000))) {
        assertThat(sum(rows)).isEqualTo(500_500);
      }
      assertThat(proxy.requests("/v3/cursor")).isEqualTo(1);
    }
  }

  @Test
  void closingEarlyAbandonsTheRestAndTheConnectionGoesOn() throws SQLException {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.setFetchSize(10);
      try (ResultSet rows = statement.executeQuery(String.format(COUNT_TO, 1_000_000))) {
        assertThat(rows.next()).isTrue();
      }
      assertThat(Jdbc.queryLong(connection, "SELECT 7")).isEqualTo(7);
    }
  }

  @Tag(SqldDatabase.HTTP_ONLY)
  @Test
  void aCursorInATransactionBeginsItAndOtherStatementsMayFollowWhileItIsOpen() throws SQLException {
    try (Connection connection = dataSource.getConnection(); Statement query = connection.createStatement();
         Statement update = connection.createStatement()) {
      connection.setAutoCommit(false);
      query.setFetchSize(50);
      proxy.reset();
      try (ResultSet rows = query.executeQuery(String.format(COUNT_TO, 200))) {
        assertThat(rows.next()).isTrue();
        update.executeUpdate("INSERT INTO c VALUES (1)");
        long rest = sum(rows);
        assertThat(rest + 1).isEqualTo(200L * 201 / 2);
      }
      connection.rollback();
      assertThat(proxy.requests("/v3/cursor")).isEqualTo(1);
      assertThat(proxy.requests()).isEqualTo(3);
    }
    assertThat(Jdbc.queryLong(dataSource, "SELECT count(*) FROM c")).isZero();
  }

  /** The scan runs in a forked JVM with a 64 MB heap; buffering the result would not fit. */
  @Test
  void aMillionRowsScanInA64MegabyteHeap() throws Exception {
    String javaHome = System.getProperty("java.home");
    ProcessBuilder builder = new ProcessBuilder(List.of(
        Path.of(javaHome, "bin", "java").toString(), "-Xmx64m",
        "-cp", System.getProperty("java.class.path"),
        LargeScan.class.getName(), SqldDatabase.jdbcUrl(SQLD.node().httpUrl(), ""), "1000000"));
    builder.redirectErrorStream(true);
    Process process = builder.start();
    StringBuilder output = new StringBuilder();
    try (BufferedReader reader = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        output.append(line).append('\n');
      }
    }
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(process.exitValue()).as(output.toString()).isZero();
    assertThat(output.toString()).contains("rows=1000000 sum=500000500000");
  }
}
