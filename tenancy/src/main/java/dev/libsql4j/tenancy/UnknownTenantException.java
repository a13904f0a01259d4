package dev.libsql4j.tenancy;

import java.sql.SQLNonTransientConnectionException;

/**
 * The JDBC face of "tenant not found": asking {@link TenantDataSources} for a connection to a tenant
 * that was deleted. SQLState {@code 08004} (the server rejected the connection), the code the driver
 * also uses when sqld answers that a namespace does not exist.
 */
public class UnknownTenantException extends SQLNonTransientConnectionException {

  private static final long serialVersionUID = 1L;

  /** SQLState: the server rejected the establishment of the connection. */
  public static final String SQL_STATE = "08004";

  /** The tenant without a database. */
  public UnknownTenantException(TenantName tenant) {
    super(TenantNotFoundException.message(tenant), SQL_STATE);
  }

  /** The tenant without a database, as {@code cause} (the server's 08004) reported it. */
  public UnknownTenantException(TenantName tenant, Throwable cause) {
    super(TenantNotFoundException.message(tenant), SQL_STATE, cause);
  }
}
