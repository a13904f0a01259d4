package dev.libsql4j.tenancy;

import dev.libsql4j.tenancy.migration.PrimaryMigration;
import dev.libsql4j.tenancy.migration.TenantMigration;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lazy migration: {@link TenantDataSources} runs the migration on a tenant before it hands out the
 * tenant's first connection in this process, once (a pool closed and opened again is not migrated
 * again). Threads asking for the same tenant meanwhile wait for that one run; other tenants do not.
 * A failed run is tried again on the next request for a connection.
 */
final class FirstUseMigration {

  private static final Logger LOG = LoggerFactory.getLogger(FirstUseMigration.class);

  private final TenantMigration migration;
  private final Set<TenantName> migrated = ConcurrentHashMap.newKeySet();
  private final ConcurrentHashMap<TenantName, ReentrantLock> running = new ConcurrentHashMap<>();

  FirstUseMigration(TenantMigration migration) {
    this.migration = migration;
  }

  /**
   * Migrates the pool's tenant on a connection of its own (returned before the caller gets one, so
   * that nothing the migration tool changed on it reaches the caller), unless that happened before.
   *
   * @throws UnknownTenantException when the server says the tenant's database does not exist
   */
  void ensureMigrated(TenantPool pool) throws SQLException {
    TenantName tenant = pool.tenant();
    if (migrated.contains(tenant)) {
      return;
    }
    ReentrantLock lock = running.computeIfAbsent(tenant, t -> new ReentrantLock());
    lock.lock();
    try {
      if (migrated.contains(tenant)) {
        return;
      }
      long start = System.nanoTime();
      try (Connection connection = pool.getConnection()) {
        PrimaryMigration.migrate(migration, tenant, connection);
      }
      migrated.add(tenant);
      LOG.info("Tenant '{}' migrated on first use ({}) in {} ms", tenant, migration.id(),
          (System.nanoTime() - start) / 1_000_000);
    } catch (Exception e) {
      throw failure(tenant, e);
    } finally {
      lock.unlock();
      running.remove(tenant, lock);
    }
  }

  /** The tenant was created or deleted: its next use migrates it again. */
  void forget(TenantName tenant) {
    migrated.remove(tenant);
  }

  private SQLException failure(TenantName tenant, Exception e) {
    if (e instanceof InterruptedException) {
      Thread.currentThread().interrupt();
    }
    if (TenantDataSources.isMissingDatabase(e)) {
      return new UnknownTenantException(tenant, e);
    }
    // HY000: the migration tool's own failure, not the server's; the cause says what broke.
    return new SQLException("Tenant '" + tenant + "' could not be migrated on first use (" + migration.id()
        + "): " + e.getMessage(), "HY000", e);
  }
}
