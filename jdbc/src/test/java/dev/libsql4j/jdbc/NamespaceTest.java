package dev.libsql4j.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.libsql4j.testing.SqldExtension;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A URL parameter or a property selects the namespace (database) on a multi-tenant server. */
class NamespaceTest {

  @RegisterExtension
  static final SqldExtension SQLD = SqldExtension.withNamespaces();

  @BeforeAll
  static void createNamespaces() {
    SQLD.node().createNamespace("tenant-a");
    SQLD.node().createNamespace("tenant-b");
  }

  private static String url(String namespace) {
    return SqldDatabase.jdbcUrl(SQLD.node().httpUrl(), "namespace=" + namespace);
  }

  @Test
  void eachNamespaceIsItsOwnDatabase() throws SQLException {
    try (Connection a = DriverManager.getConnection(url("tenant-a")); Statement statement = a.createStatement()) {
      statement.execute("CREATE TABLE only_in_a (x)");
      statement.execute("INSERT INTO only_in_a VALUES (1)");
    }
    try (LibSqlDataSource dataSource = new LibSqlDataSource(SqldDatabase.jdbcUrl(SQLD.node().httpUrl(), ""))) {
      dataSource.setNamespace("tenant-b");
      try (Connection b = dataSource.getConnection()) {
        assertThat(Jdbc.queryLong(b, "SELECT count(*) FROM sqlite_master WHERE name = 'only_in_a'")).isZero();
      }
    }
    try (Connection a = DriverManager.getConnection(url("tenant-a"))) {
      assertThat(Jdbc.queryLong(a, "SELECT count(*) FROM only_in_a")).isEqualTo(1);
    }
  }

  @Test
  void anUnknownNamespaceIs08xxx() throws SQLException {
    try (Connection connection = DriverManager.getConnection(url("nobody"));
         Statement statement = connection.createStatement()) {
      SQLException e = catchThrowableOfType(SQLException.class, () -> statement.execute("SELECT 1"));
      assertThat(e.getSQLState()).isEqualTo("08004");
      assertThat(e.getMessage()).contains("nobody");
    }
  }
}
