package dev.libsql4j.jdbc;

import static dev.libsql4j.jdbc.Jdbc.exec;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.libsql4j.testing.SqldExtension;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The driver under HikariCP: 16 threads of mixed reads, writes and transactions. */
class HikariTest {

  @RegisterExtension
  static final SqldExtension SQLD = SqldExtension.standalone();

  private static final int THREADS = 16;
  private static final int ROUNDS = 25;

  @Test
  void sixteenThreadsShareThePool() throws Exception {
    try (LibSqlDataSource libsql = new LibSqlDataSource(SqldDatabase.jdbcUrl(SQLD.node().httpUrl(), ""))) {
      exec(libsql, "CREATE TABLE accounts (id INTEGER PRIMARY KEY, owner INT, balance INT)");
      HikariConfig config = new HikariConfig();
      config.setDataSource(libsql);
      config.setMaximumPoolSize(THREADS);
      config.setConnectionTimeout(10_000);
      try (HikariDataSource pool = new HikariDataSource(config)) {
        ExecutorService workers = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
          int owner = t;
          futures.add(workers.submit(() -> {
            work(pool, owner);
            return null;
          }));
        }
        for (Future<?> future : futures) {
          future.get(5, TimeUnit.MINUTES);
        }
        workers.shutdown();
        // Per owner per round: one autocommit insert and one committed transaction of two inserts.
        assertThat(Jdbc.queryLong(pool, "SELECT count(*) FROM accounts")).isEqualTo((long) THREADS * ROUNDS * 3);
        assertThat(Jdbc.queryLong(pool, "SELECT sum(balance) FROM accounts")).isEqualTo((long) THREADS * ROUNDS * 6);
      }
    }
  }

  private static void work(HikariDataSource pool, int owner) throws SQLException {
    for (int round = 0; round < ROUNDS; round++) {
      try (Connection connection = pool.getConnection();
           PreparedStatement insert = connection.prepareStatement(
               "INSERT INTO accounts(owner, balance) VALUES (?, ?)")) {
        insert.setInt(1, owner);
        insert.setInt(2, 1);
        insert.executeUpdate();
      }
      try (Connection connection = pool.getConnection();
           PreparedStatement read = connection.prepareStatement("SELECT count(*), sum(balance) FROM accounts WHERE owner = ?")) {
        read.setInt(1, owner);
        try (ResultSet rows = read.executeQuery()) {
          assertThat(rows.next()).isTrue();
          assertThat(rows.getLong(1)).isEqualTo(round * 3L + 1);
        }
      }
      try (Connection connection = pool.getConnection();
           PreparedStatement insert = connection.prepareStatement(
               "INSERT INTO accounts(owner, balance) VALUES (?, ?)")) {
        connection.setAutoCommit(false);
        insert.setInt(1, owner);
        insert.setInt(2, 2);
        insert.executeUpdate();
        insert.setInt(2, 3);
        insert.executeUpdate();
        connection.commit();
      }
      try (Connection connection = pool.getConnection();
           PreparedStatement insert = connection.prepareStatement(
               "INSERT INTO accounts(owner, balance) VALUES (?, 1000)")) {
        connection.setAutoCommit(false);
        insert.setInt(1, owner);
        insert.executeUpdate();
        connection.rollback();
      }
    }
  }
}
