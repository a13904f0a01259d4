package dev.libsql4j.tenancy;

import java.util.List;

/**
 * Provisioning of one database per tenant: create, list and delete them, and say how to connect.
 *
 * <p>Implementations: {@link SqldAdminTenantDatabases} (namespaces of a self-hosted sqld, through
 * its admin API) and {@link TursoPlatformTenantDatabases} (databases of a Turso organisation group,
 * through the Platform API). Failures are {@link TenantDatabasesException}s; the two a caller
 * usually handles have their own types, {@link TenantExistsException} and
 * {@link TenantNotFoundException}.
 */
public interface TenantDatabases {

  /**
   * Creates the tenant's empty database.
   *
   * @throws TenantExistsException when it already exists
   */
  void create(TenantName tenant);

  /**
   * Deletes the tenant's database and everything in it. Pools that still point at it are closed by
   * {@link TenantDataSources#delete(TenantName)}, which calls this.
   *
   * @throws TenantNotFoundException when there is no such database
   */
  void delete(TenantName tenant);

  /** Whether the tenant's database exists. */
  boolean exists(TenantName tenant);

  /** Every tenant, sorted by name. */
  List<TenantName> list();

  /**
   * How to connect to the tenant's database (may mint a database token).
   *
   * @throws TenantNotFoundException when there is no such database (implementations that cannot
   *     tell without a request may defer this to the first statement, which then fails with SQLState
   *     08004)
   */
  TenantConnection connection(TenantName tenant);
}
