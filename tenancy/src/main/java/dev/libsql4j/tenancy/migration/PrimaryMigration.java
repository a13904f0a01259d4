package dev.libsql4j.tenancy.migration;

import dev.libsql4j.jdbc.routing.RoutingContext;
import dev.libsql4j.jdbc.routing.RoutingHint;
import dev.libsql4j.tenancy.TenantName;
import java.sql.Connection;

/**
 * Runs a {@link TenantMigration} with all its reads on the primary. A tenant pool with read replicas
 * sends autocommit queries to a replica, which may not yet have what the migration wrote a moment
 * before (its lock table, its change log); a migration must read its own writes.
 */
public final class PrimaryMigration {

  private static final RoutingHint PRIMARY = new RoutingHint() {
    @Override
    public boolean readFromPrimary() {
      return true;
    }
  };

  private PrimaryMigration() {
  }

  /** {@code migration.migrate(tenant, connection)} with this thread's reads routed to the primary. */
  public static void migrate(TenantMigration migration, TenantName tenant, Connection connection) throws Exception {
    RoutingHint previous = RoutingContext.set(PRIMARY);
    try {
      migration.migrate(tenant, connection);
    } finally {
      RoutingContext.set(previous);
    }
  }
}
