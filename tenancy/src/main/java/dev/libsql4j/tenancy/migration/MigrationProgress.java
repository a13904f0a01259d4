package dev.libsql4j.tenancy.migration;

import java.time.Duration;

/**
 * Where a migration run stands: a progress event, sent after each tenant.
 *
 * @param total tenants in the run
 * @param migrated tenants migrated so far
 * @param failed tenants failed so far
 * @param skipped tenants skipped because an earlier run migrated them
 * @param elapsed time since the run started
 */
public record MigrationProgress(int total, int migrated, int failed, int skipped, Duration elapsed) {

  /** Tenants finished in any way. */
  public int done() {
    return migrated + failed + skipped;
  }
}
