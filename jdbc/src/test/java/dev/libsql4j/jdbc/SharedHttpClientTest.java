package dev.libsql4j.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.libsql4j.hrana.http.HranaHttpClient;
import dev.libsql4j.testing.SqldExtension;
import java.net.http.HttpClient;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Data sources of many namespaces can share one JDK HTTP client (one selector thread for all). */
class SharedHttpClientTest {

  @RegisterExtension
  static final SqldExtension SQLD = SqldExtension.withNamespaces();

  private static final HttpClient SHARED = HranaHttpClient.newHttpClient(Duration.ofSeconds(5));

  @BeforeAll
  static void createNamespaces() {
    SQLD.node().createNamespace("shared-a");
    SQLD.node().createNamespace("shared-b");
  }

  private static LibSqlDataSource dataSource(String namespace) {
    LibSqlDataSource dataSource = new LibSqlDataSource("jdbc:libsql:" + SQLD.node().httpUrl());
    dataSource.setNamespace(namespace);
    dataSource.setHttpClient(SHARED);
    return dataSource;
  }

  @Test
  void eachDataSourceStillReachesItsOwnNamespace() throws SQLException {
    try (LibSqlDataSource a = dataSource("shared-a"); LibSqlDataSource b = dataSource("shared-b");
         Connection ca = a.getConnection(); Connection cb = b.getConnection()) {
      try (var statement = ca.createStatement()) {
        statement.execute("CREATE TABLE mine(x)");
      }
      assertThat(Jdbc.queryLong(ca, "SELECT count(*) FROM sqlite_master WHERE name = 'mine'")).isEqualTo(1);
      assertThat(Jdbc.queryLong(cb, "SELECT count(*) FROM sqlite_master WHERE name = 'mine'")).isZero();
    }
  }

  @Test
  void closingOneDataSourceLeavesTheSharedClientToTheOthers() throws SQLException {
    try (LibSqlDataSource survivor = dataSource("shared-b")) {
      LibSqlDataSource closed = dataSource("shared-a");
      try (Connection c = closed.getConnection()) {
        assertThat(Jdbc.queryLong(c, "SELECT 1")).isEqualTo(1);
      }
      closed.close();
      try (Connection c = survivor.getConnection()) {
        assertThat(Jdbc.queryLong(c, "SELECT 2")).isEqualTo(2);
      }
    }
  }

  @Test
  void theClientCannotChangeOnceConnected() throws SQLException {
    try (LibSqlDataSource dataSource = dataSource("shared-a"); Connection c = dataSource.getConnection()) {
      assertThatThrownBy(() -> dataSource.setHttpClient(SHARED)).isInstanceOf(IllegalStateException.class);
    }
  }
}
