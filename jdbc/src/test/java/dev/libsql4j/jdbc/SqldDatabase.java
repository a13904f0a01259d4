package dev.libsql4j.jdbc;

import dev.libsql4j.testing.CountingProxy;
import dev.libsql4j.testing.SqldExtension;
import dev.libsql4j.testing.SqldNode;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Real sqld for a test class and a {@link LibSqlDataSource} on it; with {@link #proxied()}, the data
 * source talks through a {@link CountingProxy}, so that tests can count the driver's requests.
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
   * @param urlSuffix appended to the data source's URL, e.g. {@code "?protocol=v2"}
   */
  static SqldDatabase proxied(SqldExtension sqld, String urlSuffix) {
    return new SqldDatabase(sqld, true, urlSuffix);
  }

  SqldNode node() {
    return sqld.node();
  }

  /** The proxy in front of sqld, which counts the requests of {@link #dataSource()}. */
  CountingProxy proxy() {
    if (!proxied) {
      throw new IllegalStateException("this SqldDatabase has no proxy: use SqldDatabase.proxied()");
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
    if (proxied) {
      proxy = CountingProxy.start(sqld.node().httpUrl());
    }
    dataSource = new LibSqlDataSource("jdbc:libsql:" + (proxied ? proxy.url() : sqld.node().httpUrl()) + urlSuffix);
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
