package dev.libsql4j.tenancy.migration;

import dev.libsql4j.tenancy.TenantName;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** {@link MigrationJournal#inMemory()}: the latest outcome per migration and tenant, in memory. */
final class InMemoryMigrationJournal implements MigrationJournal {

  private final Map<String, Set<TenantName>> migrated = new ConcurrentHashMap<>();

  @Override
  public Set<TenantName> migrated(String migrationId) {
    return Set.copyOf(migrated.getOrDefault(migrationId, Set.of()));
  }

  @Override
  public void record(String migrationId, TenantOutcome outcome) {
    Set<TenantName> done = migrated.computeIfAbsent(migrationId, id -> ConcurrentHashMap.newKeySet());
    if (outcome.status() == TenantOutcome.Status.FAILED) {
      done.remove(outcome.tenant());
    } else {
      done.add(outcome.tenant());
    }
  }
}
