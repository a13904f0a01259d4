package dev.libsql4j.tenancy.fanout;

import dev.libsql4j.tenancy.TenantName;
import java.time.Duration;

/**
 * One tenant's answer in a fan-out, tagged with the tenant.
 *
 * @param tenant the tenant it came from
 * @param value what the query returned
 * @param elapsed how long the tenant took (connection included)
 * @param <T> the per-tenant result
 */
public record TenantResult<T>(TenantName tenant, T value, Duration elapsed) {
}
