package dev.libsql4j.tenancy;

/** The tenant has no database (never created, or deleted). */
public class TenantNotFoundException extends TenantDatabasesException {

  private static final long serialVersionUID = 1L;

  /** The tenant without a database. */
  public TenantNotFoundException(TenantName tenant) {
    super(message(tenant));
  }

  /** The tenant without a database, as {@code cause} (e.g. the server's answer) reported it. */
  public TenantNotFoundException(TenantName tenant, Throwable cause) {
    super(message(tenant), cause);
  }

  /** The message used for a missing tenant here and in {@link UnknownTenantException}. */
  static String message(TenantName tenant) {
    return "Tenant '" + tenant + "' not found: its database does not exist (deleted, or never created"
        + " with TenantDatabases.create)";
  }
}
