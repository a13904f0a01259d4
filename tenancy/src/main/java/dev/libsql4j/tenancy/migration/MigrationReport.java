package dev.libsql4j.tenancy.migration;

import dev.libsql4j.tenancy.TenantName;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The final report of a migration run: one outcome per tenant, failures with their reasons.
 *
 * @param migrationId the {@link TenantMigration#id()}
 * @param outcomes what happened to each tenant that was reached, in finishing order
 * @param total tenants the run was asked to migrate (more than the outcomes when interrupted)
 * @param elapsed wall time of the run
 */
public record MigrationReport(String migrationId, List<TenantOutcome> outcomes, int total, Duration elapsed) {

  /** Copies the list. */
  public MigrationReport {
    outcomes = List.copyOf(outcomes);
  }

  /** The tenants migrated by this run. */
  public List<TenantName> migrated() {
    return tenants(TenantOutcome.Status.MIGRATED);
  }

  /** The tenants skipped because an earlier run migrated them. */
  public List<TenantName> skipped() {
    return tenants(TenantOutcome.Status.SKIPPED);
  }

  /** The outcomes of the tenants that failed, with their errors. */
  public List<TenantOutcome> failures() {
    return outcomes.stream().filter(o -> o.status() == TenantOutcome.Status.FAILED).toList();
  }

  /** Whether every tenant is migrated (now or earlier). */
  public boolean succeeded() {
    return outcomes.size() == total && failures().isEmpty();
  }

  /** A human-readable summary: counts, then one line per failed tenant. */
  public String summary() {
    StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
        "Migration %s: %d migrated, %d skipped (done before), %d failed, %d not reached, of %d tenants in %.1f s",
        migrationId, migrated().size(), skipped().size(), failures().size(), total - outcomes.size(), total,
        elapsed.toMillis() / 1000.0));
    failures().forEach(f -> text.append(System.lineSeparator()).append("  FAILED ").append(f.tenant())
        .append(": ").append(f.error()));
    return text.toString();
  }

  private List<TenantName> tenants(TenantOutcome.Status status) {
    return outcomes.stream().filter(o -> o.status() == status).map(TenantOutcome::tenant).sorted().toList();
  }
}
