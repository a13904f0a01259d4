package dev.libsql4j.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.libsql4j.testing.SqldExtension;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The code of this module's README ("Connecting"), copied here so that it keeps compiling and
 * working: when this test changes, change the README with it. Only the host differs (a real sqld on
 * 127.0.0.1 that requires a token, reached with the README's plain-HTTP URL form), and what the
 * README leaves as a comment is asserted.
 *
 * <p>Tagged {@code http-only}: the README's URLs choose HTTP themselves, so the WebSocket run would
 * repeat the HTTP test; the WebSocket URL forms are covered by {@code WebSocketTest}.
 */
@Tag(SqldDatabase.HTTP_ONLY)
class ReadmeExampleTest {

  @RegisterExtension
  static final SqldExtension SQLD = SqldExtension.withAuth();

  @Test
  void connectingWorksAsWritten() throws SQLException {
    String hostPort = SQLD.node().httpUrl().getAuthority();   // 127.0.0.1:PORT
    String token = SQLD.jwt().fullAccessToken();
    String version;
    long pooledAnswer;

    // --- README: Connecting (the host is the test's sqld, so ?tls=false as in the second URL)
    try (Connection c = DriverManager.getConnection("jdbc:libsql://" + hostPort + "?tls=false&authToken=" + token);
         ResultSet rs = c.createStatement().executeQuery("SELECT sqlite_version()")) {
      rs.next();
      version = rs.getString(1);
    }

    LibSqlDataSource ds = new LibSqlDataSource("jdbc:libsql://" + hostPort + "?tls=false");
    ds.setAuthToken(token);            // or the JDBC password, or ?authToken=
    HikariConfig config = new HikariConfig();
    config.setDataSource(ds);
    try (HikariDataSource pool = new HikariDataSource(config)) {
      pooledAnswer = Jdbc.queryLong(pool, "SELECT 6 * 7");
    }
    ds.close();                        // releases the shared HTTP client
    // --- end

    assertThat(version).matches("3\\.\\d+\\.\\d+");
    assertThat(pooledAnswer).isEqualTo(42);
  }
}
