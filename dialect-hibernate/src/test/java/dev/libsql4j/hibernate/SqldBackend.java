package dev.libsql4j.hibernate;

import dev.libsql4j.jdbc.LibSqlDataSource;
import dev.libsql4j.testing.CountingProxy;
import dev.libsql4j.testing.SqldNode;

/**
 * A real sqld, a {@link CountingProxy} in front of it and a libsql4j data source talking through
 * the proxy: what every libSQL test here runs on. Close it to stop all three.
 */
final class SqldBackend implements AutoCloseable {

  private final SqldNode node;
  private final CountingProxy proxy;
  private final LibSqlDataSource dataSource;

  private SqldBackend(SqldNode node, CountingProxy proxy, LibSqlDataSource dataSource) {
    this.node = node;
    this.proxy = proxy;
    this.dataSource = dataSource;
  }

  /** Starts sqld and the proxy; the data source's URL ends with {@code urlOptions} (e.g. {@code "?x=y"}). */
  static SqldBackend start(String urlOptions) {
    SqldNode node = SqldNode.builder().start();
    CountingProxy proxy = CountingProxy.start(node.httpUrl());
    return new SqldBackend(node, proxy, new LibSqlDataSource("jdbc:libsql:" + proxy.url() + urlOptions));
  }

  static SqldBackend start() {
    return start("");
  }

  SqldNode node() {
    return node;
  }

  /** Counts the HTTP requests of {@link #dataSource()}. */
  CountingProxy proxy() {
    return proxy;
  }

  LibSqlDataSource dataSource() {
    return dataSource;
  }

  /** Another data source on the same server and proxy, with other URL options. */
  LibSqlDataSource dataSource(String urlOptions) {
    return new LibSqlDataSource("jdbc:libsql:" + proxy.url() + urlOptions);
  }

  @Override
  public void close() {
    try {
      dataSource.close();
    } finally {
      try {
        proxy.close();
      } finally {
        node.close();
      }
    }
  }
}
