package dev.libsql4j.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.libsql4j.testing.SqldExtension;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLInvalidAuthorizationSpecException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A data source in use takes a new token (tokens expire): open connections and their transactions
 * carry on with it, over HTTP (the next request's header) and WebSocket (a new {@code hello} on the
 * live sockets).
 */
class TokenRotationTest {

  @RegisterExtension
  static final SqldExtension SQLD = SqldExtension.withAuth();

  @Test
  void aReplacedTokenServesTheOpenTransactionAndNewConnections() throws SQLException {
    try (LibSqlDataSource dataSource = new LibSqlDataSource(SqldDatabase.jdbcUrl(SQLD.node().httpUrl(), ""))) {
      dataSource.setAuthToken(SQLD.jwt().fullAccessToken());
      try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
        statement.execute("CREATE TABLE IF NOT EXISTS r (v TEXT)");
        connection.setAutoCommit(false);
        statement.executeUpdate("INSERT INTO r VALUES ('before')");

        dataSource.setAuthToken(SQLD.jwt().fullAccessToken());
        statement.executeUpdate("INSERT INTO r VALUES ('after')");
        connection.commit();
      }
      try (Connection fresh = dataSource.getConnection()) {
        assertThat(Jdbc.queryLong(fresh, "SELECT count(*) FROM r WHERE v IN ('before', 'after')")).isEqualTo(2);
      }
    }
  }

  @Test
  void anExpiredReplacementIs28000UntilAValidTokenFollows() throws SQLException {
    try (LibSqlDataSource dataSource = new LibSqlDataSource(SqldDatabase.jdbcUrl(SQLD.node().httpUrl(), ""))) {
      dataSource.setAuthToken(SQLD.jwt().fullAccessToken());
      try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
        assertThat(Jdbc.queryLong(connection, "SELECT 1")).isEqualTo(1);

        dataSource.setAuthToken(SQLD.jwt().expiredToken());
        SQLInvalidAuthorizationSpecException refused = catchThrowableOfType(
            SQLInvalidAuthorizationSpecException.class, () -> statement.execute("SELECT 2"));
        assertThat(refused.getSQLState()).isEqualTo("28000");

        dataSource.setAuthToken(SQLD.jwt().fullAccessToken());
        assertThat(Jdbc.queryLong(connection, "SELECT 3")).isEqualTo(3);
      }
    }
  }
}
