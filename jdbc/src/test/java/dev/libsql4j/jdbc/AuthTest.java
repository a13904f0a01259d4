package dev.libsql4j.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.libsql4j.testing.SqldExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLInvalidAuthorizationSpecException;
import java.sql.Statement;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Tokens: the three ways to give one, 28xxx for a bad one, and never a token in any output. */
class AuthTest {

  @RegisterExtension
  static final SqldExtension SQLD = SqldExtension.withAuth();

  private static String url() {
    return SqldDatabase.jdbcUrl(SQLD.node().httpUrl(), "");
  }

  private static String url(String parameters) {
    return SqldDatabase.jdbcUrl(SQLD.node().httpUrl(), parameters);
  }

  @Test
  void theTokenMayComeFromTheUrlAPropertyOrThePassword() throws SQLException {
    String token = SQLD.jwt().fullAccessToken();
    try (Connection connection = DriverManager.getConnection(url("authToken=" + token))) {
      assertThat(Jdbc.queryLong(connection, "SELECT 1")).isEqualTo(1);
    }
    Properties properties = new Properties();
    properties.setProperty("authToken", token);
    try (Connection connection = DriverManager.getConnection(url(), properties)) {
      assertThat(Jdbc.queryLong(connection, "SELECT 2")).isEqualTo(2);
    }
    try (LibSqlDataSource dataSource = new LibSqlDataSource(url());
         Connection connection = dataSource.getConnection("ignored", token)) {
      assertThat(Jdbc.queryLong(connection, "SELECT 3")).isEqualTo(3);
    }
  }

  @Test
  void aBadTokenIs28000() throws SQLException {
    try (Connection connection = DriverManager.getConnection(url(), "user", SQLD.jwt().expiredToken());
         Statement statement = connection.createStatement()) {
      SQLInvalidAuthorizationSpecException e = catchThrowableOfType(SQLInvalidAuthorizationSpecException.class,
          () -> statement.execute("SELECT 1"));
      assertThat(e.getSQLState()).isEqualTo("28000");
    }
  }

  @Test
  void aMissingTokenIs28000() throws SQLException {
    try (Connection connection = DriverManager.getConnection(url()); Statement statement = connection.createStatement()) {
      catchThrowableOfType(SQLInvalidAuthorizationSpecException.class, () -> statement.execute("SELECT 1"));
      assertThat(connection.isValid(2)).isFalse();
    }
  }

  @Test
  void theTokenNeverAppearsInToStringsMessagesOrLogs() throws SQLException, IOException {
    String token = SQLD.jwt().fullAccessToken();
    String expired = SQLD.jwt().expiredToken();
    StringBuilder seen = new StringBuilder();
    try (LibSqlDataSource dataSource = new LibSqlDataSource(url("authToken=" + token));
         Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      connection.setAutoCommit(false);
      statement.execute("SELECT 1");
      connection.commit();
      seen.append(dataSource).append(connection).append(connection.getMetaData().getURL());
      seen.append(catchThrowableOfType(SQLException.class, () -> statement.execute("SELEC")).getMessage());
    }
    try (Connection connection = DriverManager.getConnection(url("authToken=" + expired));
         Statement statement = connection.createStatement()) {
      SQLException e = catchThrowableOfType(SQLException.class, () -> statement.execute("SELECT 1"));
      for (Throwable t = e; t != null; t = t.getCause()) {
        seen.append(t).append(t.getMessage());
      }
    }
    seen.append(catchThrowableOfType(SQLException.class,
        () -> DriverManager.getConnection("jdbc:libsql://h?authToken=" + token + "&nope=1")).getMessage());
    assertThat(seen.toString()).doesNotContain(token).doesNotContain(expired);
    // Surefire sends the driver's debug log to this file (see the module's pom).
    Path log = Path.of(System.getProperty("org.slf4j.simpleLogger.logFile"));
    assertThat(Files.readString(log)).contains("Transaction").doesNotContain(token).doesNotContain(expired);
  }
}
