package dev.libsql4j.tenancy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.libsql4j.jdbc.LibSqlDataSource;
import java.net.http.HttpClient;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;

/**
 * One tenant's pool: a HikariCP pool over a {@link LibSqlDataSource} (over the cache's shared HTTP client),
 * with the bookkeeping {@link TenantDataSources} needs to evict it safely. Guarded by the cache's
 * lock except for {@link #getConnection()} and {@link #close()}.
 */
final class TenantPool implements AutoCloseable {

  private final TenantName tenant;
  private final LibSqlDataSource driver;
  private final HikariDataSource pool;
  /** Threads between taking this pool from the cache and receiving a connection from it. */
  private int borrowers;
  private long lastUsedNanos;

  TenantPool(TenantConnection connection, TenantDataSources.Settings settings, HttpClient http,
             ScheduledExecutorService housekeeping, ThreadFactory threads) {
    this.tenant = connection.tenant();
    this.driver = connection.newDataSource();
    driver.setHttpClient(http);
    HikariConfig config = new HikariConfig();
    config.setPoolName("tenant-" + tenant);
    config.setDataSource(driver);
    config.setMaximumPoolSize(settings.maxConnectionsPerTenant());
    config.setMinimumIdle(0);                     // an idle tenant holds no connection
    // HikariCP refuses idle timeouts under 10 s; the cache closes whole pools sooner anyway.
    config.setIdleTimeout(Math.max(10_000, settings.idleTimeout().toMillis()));
    config.setKeepaliveTime(0);                   // no background isValid traffic per idle tenant
    config.setInitializationFailTimeout(-1);      // creating a pool sends nothing
    config.setConnectionTimeout(settings.connectionTimeout().toMillis());
    config.setScheduledExecutor(housekeeping);    // one housekeeping thread for all pools
    config.setThreadFactory(threads);
    config.setRegisterMbeans(false);
    config.setExceptionOverrideClassName(TenantPoolExceptionOverride.class.getName());
    this.pool = new HikariDataSource(config);
    this.lastUsedNanos = System.nanoTime();
  }

  TenantName tenant() {
    return tenant;
  }

  void borrow() {
    borrowers++;
  }

  void returned(long nowNanos) {
    borrowers--;
    lastUsedNanos = nowNanos;
  }

  /** No thread is about to use it and no connection of it is checked out. */
  boolean idle() {
    return borrowers == 0 && (pool.getHikariPoolMXBean() == null || pool.getHikariPoolMXBean().getActiveConnections() == 0);
  }

  long lastUsedNanos() {
    return lastUsedNanos;
  }

  Connection getConnection() throws SQLException {
    return pool.getConnection();
  }

  /** Closes the pool's connections, then the driver's HTTP client. */
  @Override
  public void close() {
    pool.close();
    driver.close();
  }
}
