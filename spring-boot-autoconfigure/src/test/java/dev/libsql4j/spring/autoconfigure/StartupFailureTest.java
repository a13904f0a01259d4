package dev.libsql4j.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.libsql4j.devserver.DevServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * What the start-up says when the database is not configured or not reachable as configured: the
 * {@link LibSqlFailureAnalyzer}'s description and action for each case. (The token cases, on a sqld
 * with JWT auth, are in {@link AuthTokenTest}.)
 */
class StartupFailureTest {

  private final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(
      AutoConfigurations.of(LibSqlDataSourceAutoConfiguration.class, DataSourceAutoConfiguration.class));

  @Test
  void missingUrlWithoutTheDevserverSaysWhatToSet() {
    runner.withClassLoader(new FilteredClassLoader(DevServer.class)).run(context -> {
      FailureAnalysis analysis = analysisOf(context.getStartupFailure());
      assertThat(analysis.getDescription()).isEqualTo(
          "No libSQL database is configured: neither spring.datasource.url nor libsql.url is set.");
      assertThat(analysis.getAction()).isEqualTo("Set spring.datasource.url (or libsql.url) to your database's URL, "
          + "e.g. jdbc:libsql://my-db-org.turso.io, and libsql.auth-token to its token; or add "
          + "dev.libsql4j:libsql4j-devserver to the class path to run a local devserver.");
    });
  }

  @Test
  void missingUrlWithTheDevserverDisabledSaysHowToEnableIt() {
    runner.withPropertyValues("libsql.devserver.enabled=false").run(context -> {
      FailureAnalysis analysis = analysisOf(context.getStartupFailure());
      assertThat(analysis.getDescription()).isEqualTo("No libSQL database is configured: neither "
          + "spring.datasource.url nor libsql.url is set, and libsql.devserver.enabled is false.");
      assertThat(analysis.getAction()).endsWith("or remove libsql.devserver.enabled=false to run the embedded devserver.");
    });
  }

  @Test
  void malformedUrlNamesThePropertyAndTheForm() {
    runner.withPropertyValues("spring.datasource.url=jdbc:libsql:ftp://db.example").run(context -> {
      FailureAnalysis analysis = analysisOf(context.getStartupFailure());
      assertThat(analysis.getDescription()).isEqualTo("The libSQL URL in spring.datasource.url is invalid: "
          + "Unsupported URL scheme 'ftp' (expected libsql, http, https, ws or wss).");
      assertThat(analysis.getAction()).startsWith("Use the form jdbc:libsql://my-db-org.turso.io (HTTPS)");
    });
  }

  @Test
  void misspelledUrlParameterIsNamedWithoutItsSecretValue() {
    runner.withPropertyValues("libsql.url=libsql://db.example?authtoken=s3cr3t-value").run(context -> {
      FailureAnalysis analysis = analysisOf(context.getStartupFailure());
      assertThat(analysis.getDescription()).startsWith("The libSQL URL in libsql.url is invalid: "
          + "Unknown libSQL JDBC URL parameter 'authtoken'").doesNotContain("s3cr3t-value");
    });
  }

  @Test
  void refusedConnectionSaysNothingListens() throws IOException {
    int port = closedPort();
    runner.withPropertyValues("spring.datasource.url=jdbc:libsql:http://127.0.0.1:" + port).run(context -> {
      FailureAnalysis analysis = analysisOf(context.getStartupFailure());
      assertThat(analysis.getDescription()).isEqualTo("Cannot reach the libSQL server at jdbc:libsql:http://127.0.0.1:"
          + port + " (spring.datasource.url): the connection was refused (nothing listens there).");
      assertThat(analysis.getAction())
          .isEqualTo("Check the host and port in spring.datasource.url and that the server runs.");
    });
  }

  @Test
  void unknownHostIsNamed() {
    // Resolved through src/test/resources/hosts (jdk.net.hosts.file): no DNS query leaves the machine.
    runner.withPropertyValues("libsql.url=libsql://no-such-db.example.invalid").run(context -> {
      FailureAnalysis analysis = analysisOf(context.getStartupFailure());
      assertThat(analysis.getDescription()).isEqualTo("Cannot reach the libSQL server at "
          + "jdbc:libsql:libsql://no-such-db.example.invalid (libsql.url): the host name is unknown.");
      assertThat(analysis.getAction()).isEqualTo("Check the host and port in libsql.url and that the server runs.");
    });
  }

  @Test
  void httpServerThatIsNotLibSqlIsRecognised() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      byte[] page = "<html><body>It works!</body></html>".getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "text/html");
      exchange.sendResponseHeaders(200, page.length);
      exchange.getResponseBody().write(page);
      exchange.close();
    });
    server.start();
    try {
      String url = "jdbc:libsql:http://127.0.0.1:" + server.getAddress().getPort();
      runner.withPropertyValues("spring.datasource.url=" + url).run(context -> {
        FailureAnalysis analysis = analysisOf(context.getStartupFailure());
        assertThat(analysis.getDescription()).startsWith("The server at " + url
            + " (spring.datasource.url) does not speak the libSQL protocol (");
        assertThat(analysis.getAction())
            .isEqualTo("Point spring.datasource.url at a libSQL server (Turso, sqld, the devserver).");
      });
    } finally {
      server.stop(0);
    }
  }

  @Test
  void withoutTheStartUpCheckTheContextStartsAndTheFirstQueryFails() throws IOException {
    int port = closedPort();
    runner.withPropertyValues("spring.datasource.url=jdbc:libsql:http://127.0.0.1:" + port,
        "libsql.check-on-startup=false").run(context -> {
          assertThat(context).hasNotFailed().hasSingleBean(DataSource.class);
        });
  }

  static FailureAnalysis analysisOf(Throwable failure) {
    assertThat(failure).as("the start failed").isNotNull();
    FailureAnalysis analysis = new LibSqlFailureAnalyzer().analyze(failure);
    assertThat(analysis).as("analysed by LibSqlFailureAnalyzer: " + failure).isNotNull();
    return analysis;
  }

  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
