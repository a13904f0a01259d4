package dev.libsql4j.maven;

import dev.libsql4j.tenancy.migration.MigrationListener;
import dev.libsql4j.tenancy.migration.MigrationProgress;
import dev.libsql4j.tenancy.migration.TenantOutcome;
import java.util.Locale;
import org.apache.maven.plugin.logging.Log;

/**
 * The tenant migration's progress in the Maven log: a line when the run starts, one at most every
 * {@code interval} and after the last tenant, and a warning for each tenant as it fails. (A console
 * bar redrawn with carriage returns would garble the log of a CI build.)
 */
final class MavenLogProgress implements MigrationListener {

  private final Log log;
  private final long intervalNanos;
  private long lastLineNanos = System.nanoTime();

  MavenLogProgress(Log log, long intervalMillis) {
    this.log = log;
    this.intervalNanos = intervalMillis * 1_000_000L;
  }

  @Override
  public void started(MigrationProgress progress) {
    log.info(String.format(Locale.ROOT, "Migrating %d tenant(s), %d already done by an earlier run",
        progress.total(), progress.skipped()));
  }

  @Override
  public void tenantFinished(TenantOutcome outcome, MigrationProgress progress) {
    if (outcome.status() == TenantOutcome.Status.FAILED) {
      log.warn("Tenant " + outcome.tenant() + " failed: " + outcome.error());
    }
    long now = System.nanoTime();
    if (progress.done() == progress.total() || now - lastLineNanos >= intervalNanos) {
      lastLineNanos = now;
      log.info(line(progress));
    }
  }

  static String line(MigrationProgress progress) {
    return String.format(Locale.ROOT, "%d/%d tenants done: %d migrated, %d failed, %d skipped, %.1f s",
        progress.done(), progress.total(), progress.migrated(), progress.failed(), progress.skipped(),
        progress.elapsed().toMillis() / 1000.0);
  }
}
