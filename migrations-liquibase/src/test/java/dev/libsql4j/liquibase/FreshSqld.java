package dev.libsql4j.liquibase;

import dev.libsql4j.jdbc.LibSqlDataSource;
import dev.libsql4j.testing.SqldNode;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A new, empty sqld for every test (schemas differ from test to test, and a rebuild test must see
 * exactly the objects it made) and a {@link LibSqlDataSource} on it.
 */
final class FreshSqld implements BeforeEachCallback, AfterEachCallback {

  private SqldNode node;
  private LibSqlDataSource dataSource;

  @Override
  public void beforeEach(ExtensionContext context) {
    node = SqldNode.builder().start();
    dataSource = new LibSqlDataSource(url());
  }

  @Override
  public void afterEach(ExtensionContext context) {
    dataSource.close();
    node.close();
  }

  String url() {
    return "jdbc:libsql:" + node.httpUrl();
  }

  Connection connect() throws SQLException {
    return dataSource.getConnection();
  }
}
