package dev.libsql4j.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.libsql4j.hrana.ws.HranaWsClient;
import dev.libsql4j.hrana.ws.WsTraffic;
import dev.libsql4j.testing.SqldNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What is particular to the WebSocket transport, on real sqld: the messages each JDBC operation
 * sends (the WebSocket counterpart of {@link RoundTripTest}), stored SQL reuse, many connections
 * on a bounded number of sockets, and a dropped socket. The rest of the integration suite runs
 * over WebSocket in the {@code ws-transport} surefire execution.
 */
// sqld-only: the devserver speaks Hrana over HTTP only; it has no WebSocket endpoint.
@Tag("sqld-only")
class WebSocketTest {

  @RegisterExtension
  static final SqldDatabase DB = SqldDatabase.direct();

  private LibSqlDataSource dataSource;

  @BeforeAll
  static void createTable() throws SQLException {
    Jdbc.exec(DB.dataSource(), "CREATE TABLE w (id INTEGER PRIMARY KEY, v TEXT)");
  }

  @BeforeEach
  void open() {
    dataSource = new LibSqlDataSource("jdbc:libsql:" + DB.node().httpUrl().toString().replace("http:", "ws:"));
  }

  @AfterEach
  void close() {
    dataSource.close();
  }

  private static WsTraffic traffic(Connection connection) throws SQLException {
    return ((HranaWsClient) connection.unwrap(LibSqlConnection.class).session().database().client()).traffic();
  }

  /** The messages sent while {@code work} ran, by type. */
  private static Map<String, Long> sentDuring(Connection connection, SqlWork work) throws SQLException {
    Map<String, Long> before = traffic(connection).snapshot();
    work.run();
    Map<String, Long> delta = new TreeMap<>();
    traffic(connection).snapshot().forEach((type, count) -> {
      long sent = count - before.getOrDefault(type, 0L);
      if (sent > 0) {
        delta.put(type, sent);
      }
    });
    return delta;
  }

  @FunctionalInterface
  private interface SqlWork {
    void run() throws SQLException;
  }

  @Test
  void aWsUrlSelectsTheWebSocketTransport() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      assertThat(connection.unwrap(LibSqlConnection.class).session().database().client())
          .isInstanceOf(HranaWsClient.class);
    }
  }

  @Test
  void aConnectionKeepsOneStreamAndAnAutocommitStatementIsOneExecute() throws SQLException {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      assertThat(sentDuring(connection, () -> statement.execute("SELECT 1")))
          .isEqualTo(Map.of("open_stream", 1L, "execute", 1L));
      assertThat(sentDuring(connection, () -> statement.execute("SELECT 2")))
          .isEqualTo(Map.of("execute", 1L));
      assertThat(sentDuring(connection, connection::close))
          .isEqualTo(Map.of("close_stream", 1L));
    }
  }

  @Test
  void aTransactionsBeginRidesWithItsFirstStatementAndCommitIsOneExecute() throws SQLException {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("SELECT 1");
      connection.setAutoCommit(false);
      assertThat(sentDuring(connection, () -> statement.executeUpdate("INSERT INTO w (v) VALUES ('a')")))
          .isEqualTo(Map.of("batch", 1L));
      assertThat(sentDuring(connection, () -> statement.executeUpdate("INSERT INTO w (v) VALUES ('b')")))
          .isEqualTo(Map.of("batch", 1L));
      assertThat(sentDuring(connection, connection::commit))
          .isEqualTo(Map.of("execute", 1L));
    }
  }

  @Test
  void aConnectionsPragmaHoldsOnItsKeptStream() throws SQLException {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("PRAGMA foreign_keys = OFF");
      assertThat(Jdbc.queryLong(connection, "PRAGMA foreign_keys")).isZero();
      try (Connection other = dataSource.getConnection()) {
        assertThat(Jdbc.queryLong(other, "PRAGMA foreign_keys")).isEqualTo(1);
      }
    }
  }

  @Test
  void anAutocommitBatchIsOneBatchMessageAndItsSqlIsStoredOnce() throws SQLException {
    try (Connection connection = dataSource.getConnection();
         PreparedStatement insert = connection.prepareStatement("INSERT INTO w (v) VALUES (?)")) {
      Map<String, Long> first = sentDuring(connection, () -> batch(insert, 3));
      Map<String, Long> second = sentDuring(connection, () -> batch(insert, 3));

      assertThat(first).isEqualTo(Map.of("open_stream", 1L, "store_sql", 1L, "batch", 1L));
      assertThat(second).isEqualTo(Map.of("batch", 1L));
    }
  }

  private static void batch(PreparedStatement insert, int rows) throws SQLException {
    for (int i = 0; i < rows; i++) {
      insert.setString(1, "batch-" + i);
      insert.addBatch();
    }
    assertThat(insert.executeBatch()).containsOnly(1);
  }

  @Test
  void aPreparedStatementsSqlIsStoredOncePerSocketAndThenSentById() throws SQLException {
    try (Connection connection = dataSource.getConnection();
         PreparedStatement select = connection.prepareStatement("SELECT ? * 2")) {
      Map<String, Long> sent = sentDuring(connection, () -> {
        for (int i = 1; i <= 5; i++) {
          select.setInt(1, i);
          assertThat(Jdbc.queryLong(connection, "SELECT " + i)).isEqualTo(i);
          try (var rows = select.executeQuery()) {
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(2 * i);
          }
        }
      });
      assertThat(sent).containsEntry("store_sql", 1L).containsEntry("execute", 10L);
    }
  }

  @Test
  void manyConnectionsShareABoundedNumberOfSockets() throws Exception {
    int threads = 12;
    try (LibSqlDataSource bounded = new LibSqlDataSource(dataSource.getUrl() + "?maxWebSockets=3")) {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        List<Future<Long>> sums = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          int base = t * 1000;
          Callable<Long> work = () -> {
            long sum = 0;
            try (Connection connection = bounded.getConnection()) {
              connection.setAutoCommit(false);
              for (int i = 0; i < 20; i++) {
                sum += Jdbc.queryLong(connection, "SELECT " + (base + i));
              }
              connection.commit();
            }
            return sum;
          };
          sums.add(pool.submit(work));
        }
        for (int t = 0; t < threads; t++) {
          assertThat(sums.get(t).get()).isEqualTo(20L * t * 1000 + 190);
        }
      } finally {
        pool.shutdownNow();
      }
      try (Connection connection = bounded.getConnection()) {
        assertThat(traffic(connection).socketsOpened()).isBetween(1L, 3L);
      }
    }
  }

  @Test
  void aDroppedSocketFailsTheOpenTransactionWith08AndLaterWorkReconnects() throws Exception {
    try (SqldNode node = SqldNode.builder().start();
         LibSqlDataSource own = new LibSqlDataSource(SqldDatabase.jdbcUrl(node.httpUrl(), "transport=ws"));
         Connection connection = own.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE d (v TEXT)");
      connection.setAutoCommit(false);
      statement.executeUpdate("INSERT INTO d VALUES ('lost')");
      node.restart();

      SQLTransientConnectionException dropped = catchThrowableOfType(SQLTransientConnectionException.class,
          () -> statement.executeUpdate("INSERT INTO d VALUES ('after')"));
      assertThat(dropped.getSQLState()).startsWith("08");
      assertThat(dropped.getMessage()).contains("rolled back");

      statement.executeUpdate("INSERT INTO d VALUES ('next')");
      connection.commit();
      assertThat(Jdbc.queryLong(connection, "SELECT count(*) FROM d WHERE v = 'next'")).isEqualTo(1);
      assertThat(Jdbc.queryLong(connection, "SELECT count(*) FROM d WHERE v IN ('lost', 'after')")).isZero();
      assertThat(traffic(connection).socketsOpened()).isEqualTo(2);
    }
  }
}
