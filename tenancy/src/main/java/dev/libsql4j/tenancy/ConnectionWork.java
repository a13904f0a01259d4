package dev.libsql4j.tenancy;

import java.sql.Connection;

/**
 * Work on one tenant's connection, run by {@link TenantDataSources#withConnection}.
 *
 * @param <T> what the work returns
 */
@FunctionalInterface
public interface ConnectionWork<T> {

  /** Runs on a pooled connection, which is closed (returned) afterwards. */
  T apply(Connection connection) throws Exception;
}
