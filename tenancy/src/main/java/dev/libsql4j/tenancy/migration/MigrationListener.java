package dev.libsql4j.tenancy.migration;

/**
 * Progress events of a {@link TenantMigrator} run, for code (metrics, logs) and for the
 * {@link ConsoleProgressBar}. Calls come one at a time (never concurrently) but from worker threads;
 * keep them quick.
 */
public interface MigrationListener {

  /** The run starts with {@code progress.total()} tenants (skipped ones already counted). */
  default void started(MigrationProgress progress) {
  }

  /** One tenant finished ({@code outcome}); {@code progress} includes it. */
  default void tenantFinished(TenantOutcome outcome, MigrationProgress progress) {
  }

  /** The run ended (also after an interruption). */
  default void finished(MigrationReport report) {
  }
}
