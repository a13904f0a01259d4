package dev.libsql4j.tenancy;

import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.SQLException;

/**
 * Tells HikariCP which libSQL errors leave a tenant pool's connection as good as before, so that the
 * pool does not close it under the caller.
 *
 * <ul>
 *   <li>{@code 08004}: the tenant has no database (deleted, never created). Hikari treats every
 *       {@code 08} state as a broken connection and closes it; the framework's rollback that follows
 *       then fails on the closed connection, and its "connection is closed" replaces the "tenant not
 *       found" that the application maps to a 404. A libSQL connection holds no socket of its own,
 *       so there is nothing to repair by closing it.</li>
 *   <li>{@code 0A000}: one call is not offered (Hibernate probes {@code createClob} at start).</li>
 * </ul>
 * Everything else is left to Hikari. Public because Hikari instantiates it by class name.
 */
public final class TenantPoolExceptionOverride implements SQLExceptionOverride {

  private static final String TENANT_NOT_FOUND = "08004";
  private static final String FEATURE_NOT_SUPPORTED = "0A000";

  @java.lang.Override // qualified: SQLExceptionOverride.Override shadows the annotation
  public Override adjudicate(SQLException e) {
    String state = e.getSQLState();
    return TENANT_NOT_FOUND.equals(state) || FEATURE_NOT_SUPPORTED.equals(state)
        ? Override.DO_NOT_EVICT : Override.CONTINUE_EVICT;
  }
}
