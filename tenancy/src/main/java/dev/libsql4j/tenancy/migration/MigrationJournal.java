package dev.libsql4j.tenancy.migration;

import dev.libsql4j.tenancy.TenantName;
import java.util.Set;

/**
 * Per-tenant state of migration runs, so that a run after an interruption or a failure does only
 * what is left. {@link FileMigrationJournal} keeps it in a file; {@link #inMemory()} for one JVM.
 */
public interface MigrationJournal {

  /** The tenants recorded as migrated under {@code migrationId}. */
  Set<TenantName> migrated(String migrationId);

  /** Records one tenant's outcome (called as each tenant finishes, so an interruption loses none). */
  void record(String migrationId, TenantOutcome outcome);

  /** A journal that lives as long as this object. */
  static MigrationJournal inMemory() {
    return new InMemoryMigrationJournal();
  }
}
