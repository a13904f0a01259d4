package dev.libsql4j.hrana.http;

import dev.libsql4j.testing.SqldExtension;
import dev.libsql4j.testing.SqldNode;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A standalone sqld for the test class (a {@link SqldExtension}) and a new {@link HranaHttpClient}
 * on it for each test, made before the test's {@code @BeforeEach} methods and closed after its
 * {@code @AfterEach} methods. Register it on a static field:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final SqldClient SQLD = SqldClient.standalone();
 * }</pre>
 */
final class SqldClient implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

  private final SqldExtension sqld = SqldExtension.standalone();
  private HranaHttpClient client;

  private SqldClient() {}

  static SqldClient standalone() {
    return new SqldClient();
  }

  SqldNode node() {
    return sqld.node();
  }

  /** This test's client, with default settings and the node's URL. */
  HranaHttpClient client() {
    if (client == null) {
      throw new IllegalStateException("no client outside a test: register SqldClient with @RegisterExtension");
    }
    return client;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    sqld.beforeAll(context);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    sqld.afterAll(context);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    client = new HranaHttpClient(HranaClientConfig.builder().baseUrl(node().httpUrl()).build());
  }

  @Override
  public void afterEach(ExtensionContext context) {
    try {
      client.close();
    } finally {
      client = null;
    }
  }
}
