package dev.libsql4j.tenancy.migration;

import dev.libsql4j.tenancy.TenantName;
import java.time.Duration;

/**
 * What a migration run did to one tenant.
 *
 * @param tenant the tenant
 * @param status migrated, failed or skipped
 * @param error why it failed (the exception's messages, causes included), or null
 * @param elapsed how long the tenant took
 */
public record TenantOutcome(TenantName tenant, Status status, String error, Duration elapsed) {

  /** The three ends of a tenant's migration. */
  public enum Status {
    /** The migration ran to its end. */
    MIGRATED,
    /** The migration threw; the other tenants went on. */
    FAILED,
    /** The journal says an earlier run already migrated it. */
    SKIPPED
  }

  static TenantOutcome failed(TenantName tenant, Throwable cause, Duration elapsed) {
    StringBuilder text = new StringBuilder();
    for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
      String message = String.valueOf(t.getMessage());
      // Wrappers (Liquibase's) often repeat their cause's message: keep each text once.
      if (text.indexOf(message) >= 0) {
        continue;
      }
      if (text.length() > 0) {
        text.append(" <- ");
      }
      text.append(t.getClass().getSimpleName()).append(": ").append(message);
    }
    return new TenantOutcome(tenant, Status.FAILED, text.toString(), elapsed);
  }
}
