package dev.libsql4j.tenancy.fanout;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Work to run on one tenant's connection: plain JDBC, or typed jOOQ with
 * {@code connection -> DSL.using(connection, SQLDialect.SQLITE).fetchCount(ORDERS)}.
 *
 * @param <T> the per-tenant result
 */
@FunctionalInterface
public interface TenantQuery<T> {

  /** Runs on a connection of the tenant's pool; {@link FanOut} closes the connection afterwards. */
  T apply(Connection connection) throws SQLException;
}
