package dev.libsql4j.jdbc;

import dev.libsql4j.testing.CountingProxy;
import dev.libsql4j.testing.SqldExtension;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Real sqld behind a {@link CountingProxy}, and a {@link LibSqlDataSource} that talks through the
 * proxy, so that tests can count the driver's requests. Register it on a static field:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final ProxiedDatabase DB = ProxiedDatabase.standalone();
 * }</pre>
 *
 * sqld, the proxy and the data source start before the class's {@code @BeforeAll} methods and stop
 * after its {@code @AfterAll} methods (data source, then proxy, then sqld).
 */
final class ProxiedDatabase implements BeforeAllCallback, AfterAllCallback {

  private final SqldExtension sqld;
  private final String urlSuffix;
  private CountingProxy proxy;
  private LibSqlDataSource dataSource;
  // The context that started them: only its afterAll stops them (not a @Nested class's).
  private String ownerId;

  private ProxiedDatabase(SqldExtension sqld, String urlSuffix) {
    this.sqld = sqld;
    this.urlSuffix = urlSuffix;
  }

  /** A standalone sqld, the data source's URL without options. */
  static ProxiedDatabase standalone() {
    return on(SqldExtension.standalone(), "");
  }

  /**
   * @param sqld the servers to start (not registered by the test itself)
   * @param urlSuffix appended to the data source's URL, e.g. {@code "?protocol=v2"}
   */
  static ProxiedDatabase on(SqldExtension sqld, String urlSuffix) {
    return new ProxiedDatabase(sqld, urlSuffix);
  }

  CountingProxy proxy() {
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
    proxy = CountingProxy.start(sqld.node().httpUrl());
    dataSource = new LibSqlDataSource("jdbc:libsql:" + proxy.url() + urlSuffix);
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
      throw new IllegalStateException("ProxiedDatabase is not started: register it on a static field "
          + "with @RegisterExtension, and use it from tests, not from field initializers");
    }
    return value;
  }
}
