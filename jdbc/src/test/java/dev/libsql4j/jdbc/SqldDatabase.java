package dev.libsql4j.jdbc;

import dev.libsql4j.testing.CountingProxy;
import dev.libsql4j.testing.SqldExtension;
import dev.libsql4j.testing.SqldNode;
import java.net.URI;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Real sqld for a test class and a {@link LibSqlDataSource} on it; with {@link #proxied()}, the data
 * source talks through a {@link CountingProxy}, so that tests can count the driver's requests.
 *
 * <p>The transport under test comes from the system property {@code libsql4j.test.transport}
 * ({@code http} by default, {@code ws} in the second surefire execution of {@code jdbc/pom.xml}):
 * every URL made by {@link #jdbcUrl} carries it. The counting proxy speaks HTTP only, so with
 * {@code ws} the data source connects to sqld directly and {@link #proxy()} is refused: tests that
 * count HTTP requests carry {@code @Tag(SqldDatabase.HTTP_ONLY)} and are left out of that run.
 * Register it on a static field:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final SqldDatabase DB = SqldDatabase.proxied();
 * }</pre>
 *
 * sqld, the proxy and the data source start before the class's {@code @BeforeAll} methods and stop
 * after its {@code @AfterAll} methods (data source, then proxy, then sqld).
 */
final class SqldDatabase implements BeforeAllCallback, AfterAllCallback {

  /**
   * The tag of tests that are about HTTP itself (request counts through the {@link CountingProxy},
   * batons, the {@code /v2} fallback); the {@code ws} run excludes it. Their WebSocket counterparts
   * are in {@code WebSocketTest}.
   */
  static final String HTTP_ONLY = "http-only";

  /** The transport the tests exercise: {@code http} or {@code ws}. */
  static final String TRANSPORT = System.getProperty("libsql4j.test.transport", "http");

  private final SqldExtension sqld;
  private final boolean proxied;
  private final String urlSuffix;
  private CountingProxy proxy;
  private LibSqlDataSource dataSource;
  // The context that started them: only its afterAll stops them (not a @Nested class's).
  private String ownerId;

  private SqldDatabase(SqldExtension sqld, boolean proxied, String urlSuffix) {
    this.sqld = sqld;
    this.proxied = proxied;
    this.urlSuffix = urlSuffix;
  }

  /** A standalone sqld, the data source connected to it directly, its URL without options. */
  static SqldDatabase direct() {
    return new SqldDatabase(SqldExtension.standalone(), false, "");
  }

  /** A standalone sqld behind a proxy, the data source's URL without options. */
  static SqldDatabase proxied() {
    return proxied(SqldExtension.standalone(), "");
  }

  /**
   * @param sqld the servers to start (not registered by the test itself)
   * @param urlSuffix the data source's URL parameters, e.g. {@code "?protocol=v2"}
   */
  static SqldDatabase proxied(SqldExtension sqld, String urlSuffix) {
    return new SqldDatabase(sqld, true, urlSuffix);
  }

  SqldNode node() {
    return sqld.node();
  }

  /** Whether the tests run over WebSocket. */
  static boolean webSocket() {
    return TRANSPORT.equals("ws");
  }

  /**
   * The {@code jdbc:libsql:} URL of a server with the transport under test.
   *
   * @param httpUrl the server's HTTP URL
   * @param parameters URL query parameters without {@code ?}, e.g. {@code "namespace=a"}, or ""
   */
  static String jdbcUrl(URI httpUrl, String parameters) {
    String all = webSocket() ? (parameters.isEmpty() ? "transport=ws" : parameters + "&transport=ws") : parameters;
    return "jdbc:libsql:" + httpUrl + (all.isEmpty() ? "" : "?" + all);
  }

  /** The proxy in front of sqld, which counts the requests of {@link #dataSource()}. */
  CountingProxy proxy() {
    if (!proxied) {
      throw new IllegalStateException("this SqldDatabase has no proxy: use SqldDatabase.proxied()");
    }
    if (webSocket()) {
      throw new IllegalStateException("the counting proxy speaks HTTP only: tag the test @Tag(SqldDatabase.HTTP_ONLY)");
    }
    return started(proxy);
  }

  LibSqlDataSource dataSource() {
    return started(dataSource);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    if (ownerId != null) {
      return;
    }
    sqld.beforeAll(context);
    ownerId = context.getUniqueId();
    if (proxied && !webSocket()) {
      proxy = CountingProxy.start(sqld.node().httpUrl());
    }
    URI server = proxy != null ? proxy.url() : sqld.node().httpUrl();
    String parameters = urlSuffix.isEmpty() ? "" : urlSuffix.substring(1);
    dataSource = new LibSqlDataSource(jdbcUrl(server, parameters));
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (!context.getUniqueId().equals(ownerId)) {
      return;
    }
    try {
      if (dataSource != null) {
        dataSource.close();
      }
    } finally {
      try {
        if (proxy != null) {
          proxy.close();
        }
      } finally {
        proxy = null;
        dataSource = null;
        ownerId = null;
        sqld.afterAll(context);
      }
    }
  }

  private static <T> T started(T value) {
    if (value == null) {
      throw new IllegalStateException("SqldDatabase is not started: register it on a static field "
          + "with @RegisterExtension, and use it from tests, not from field initializers");
    }
    return value;
  }
}
