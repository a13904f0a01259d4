package dev.libsql4j.spring.autoconfigure.tenancy;

import dev.libsql4j.tenancy.migration.MigrationReport;
import dev.libsql4j.tenancy.migration.TenantMigration;
import dev.libsql4j.tenancy.migration.TenantMigrator;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * {@code libsql.tenancy.migration.on-startup: eager}: migrates every known tenant once all beans exist,
 * before the web server takes requests. The report is logged (failed tenants with their reasons, as a
 * warning); a failure never stops the application, whose healthy tenants can then serve, and the
 * next start (or the Maven goal) retries the rest.
 */
public class TenantStartupMigration implements SmartInitializingSingleton {

  private static final Log LOG = LogFactory.getLog(TenantStartupMigration.class);

  private final TenantMigrator migrator;
  private final TenantMigration migration;
  private volatile MigrationReport report;

  /** Runs {@code migration} (null: warns that none is configured) with {@code migrator}. */
  public TenantStartupMigration(TenantMigrator migrator, TenantMigration migration) {
    this.migrator = migrator;
    this.migration = migration;
  }

  @Override
  public void afterSingletonsInstantiated() {
    if (migration == null) {
      LOG.warn("libsql.tenancy.migration.on-startup is eager but no migration is configured "
          + "(libsql.tenancy.migration.changelog, or a TenantMigration bean): no tenant is migrated");
      return;
    }
    try {
      report = migrator.migrateAll(migration);
    } catch (RuntimeException e) {   // e.g. the tenant list could not be read
      LOG.error("Tenant migration at start-up (" + migration.id() + ") could not run: " + e.getMessage()
          + "; the application starts without it", e);
      return;
    }
    if (report.failures().isEmpty()) {
      LOG.info(report.summary());
    } else {
      LOG.warn(report.summary());
    }
  }

  /** The report of the start-up run, or null when it could not run. */
  public MigrationReport report() {
    return report;
  }
}
