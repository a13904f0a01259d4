package dev.libsql4j.spring.autoconfigure;

import com.zaxxer.hikari.HikariDataSource;
import dev.libsql4j.jdbc.LibSqlDataSource;

/**
 * The auto-configured pool: Hikari over a {@link LibSqlDataSource}, with defaults that fit libSQL;
 * {@code spring.datasource.hikari.*} overrides any of them.
 *
 * <p>A libSQL connection holds no socket and no server state between transactions (each autocommit
 * statement runs on a stream of its own; HTTP sockets are shared by all connections of the data
 * source), so opening one costs no request and it cannot go stale while idle. Hence:
 * <ul>
 *   <li>{@code keepaliveTime} is 0 (off): Hikari's 2-minute keepalive would send one request per idle
 *       connection every 2 minutes and keep nothing alive.</li>
 *   <li>{@code maxLifetime} and {@code idleTimeout} stay Hikari's: retiring or opening a connection
 *       costs nothing on the wire, and a transaction's stream (which the server expires after
 *       about 10 s idle) is never cut by the pool, which retires idle connections only.</li>
 *   <li>Validation is the driver's {@code isValid} (one request on a connection idle for more than
 *       Hikari's 500 ms bypass window), never a test query.</li>
 *   <li>A "feature not supported" error does not evict the connection ({@link LibSqlExceptionOverride}).</li>
 * </ul>
 * Closing the pool also closes the data source's shared HTTP client.
 */
public class LibSqlPooledDataSource extends HikariDataSource {

  private final LibSqlDataSource libSqlDataSource;

  /** A pool over {@code dataSource}, configured with the libSQL defaults. */
  public LibSqlPooledDataSource(LibSqlDataSource dataSource) {
    this.libSqlDataSource = dataSource;
    setDataSource(dataSource);
    setPoolName("libsql");
    setKeepaliveTime(0);
    setExceptionOverride(new LibSqlExceptionOverride());
  }

  @Override
  public void close() {
    try {
      super.close();
    } finally {
      libSqlDataSource.close();
    }
  }
}
