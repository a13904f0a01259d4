package dev.libsql4j.tenancy.fanout;

import dev.libsql4j.tenancy.TenantName;

/**
 * A tenant that gave no result in a fan-out, and why.
 *
 * @param tenant the tenant
 * @param reason the kind of failure
 * @param cause the exception (for {@link Reason#DEADLINE_EXCEEDED}, a {@link java.util.concurrent.TimeoutException})
 */
public record TenantFailure(TenantName tenant, Reason reason, Throwable cause) {

  /** Why a tenant gave no result. */
  public enum Reason {
    /** The query failed (SQL error, connection failure). */
    FAILED,
    /** The tenant has no database (deleted or never created; SQLState 08004). */
    TENANT_NOT_FOUND,
    /** The deadline passed before the tenant answered; its work was cancelled. */
    DEADLINE_EXCEEDED
  }

  /** {@code tenant: reason: message}, for reports. */
  public String describe() {
    return tenant + ": " + reason + ": " + cause.getMessage();
  }
}
