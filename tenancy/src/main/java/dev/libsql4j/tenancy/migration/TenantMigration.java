package dev.libsql4j.tenancy.migration;

import dev.libsql4j.tenancy.TenantName;
import java.sql.Connection;

/**
 * A schema migration to apply to every tenant's database, e.g.
 * {@link dev.libsql4j.tenancy.liquibase.LiquibaseTenantMigration}. It must be idempotent (a tenant
 * may be migrated again after an interruption), which changelog-based tools are by design.
 */
public interface TenantMigration {

  /**
   * Identifies this version of the migration in the {@link MigrationJournal}: a tenant recorded as
   * migrated under this id is skipped by later runs; a new id migrates every tenant again.
   */
  String id();

  /** Migrates one tenant on {@code connection} (closed by the caller afterwards). */
  void migrate(TenantName tenant, Connection connection) throws Exception;
}
