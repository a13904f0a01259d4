package dev.libsql4j.tenancy.fanout;

import dev.libsql4j.tenancy.TenantName;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything a fan-out produced: the tenants that answered and those that did not, with why. A
 * partial failure is data here, not an exception: the answers of the others are kept.
 *
 * @param results the answers, in the order they arrived
 * @param failures the tenants without an answer
 * @param elapsed the wall time of the whole fan-out
 * @param <T> the per-tenant result
 */
public record FanOutResult<T>(List<TenantResult<T>> results, List<TenantFailure> failures, Duration elapsed) {

  /** Copies the lists. */
  public FanOutResult {
    results = List.copyOf(results);
    failures = List.copyOf(failures);
  }

  /** Whether every tenant answered. */
  public boolean complete() {
    return failures.isEmpty();
  }

  /** The answers by tenant, sorted by name. */
  public Map<TenantName, T> byTenant() {
    Map<TenantName, T> values = new TreeMap<>();
    results.forEach(result -> values.put(result.tenant(), result.value()));
    return values;
  }
}
