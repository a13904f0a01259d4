package dev.libsql4j.tenancy;

/** {@link TenantDatabases#create} found the tenant's database already there. */
public class TenantExistsException extends TenantDatabasesException {

  private static final long serialVersionUID = 1L;

  /** The tenant whose database exists. */
  public TenantExistsException(TenantName tenant) {
    super("Tenant '" + tenant + "' already has a database; pick another name or delete it first");
  }
}
