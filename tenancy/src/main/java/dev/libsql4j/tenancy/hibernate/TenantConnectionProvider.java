package dev.libsql4j.tenancy.hibernate;

import dev.libsql4j.tenancy.NoTenantSelectedException;
import dev.libsql4j.tenancy.TenantDataSources;
import dev.libsql4j.tenancy.TenantName;
import dev.libsql4j.tenancy.TenantNotFoundException;
import dev.libsql4j.tenancy.UnknownTenantException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;
import org.hibernate.engine.jdbc.connections.spi.MultiTenantConnectionProvider;

/**
 * Hibernate's {@code DATABASE} multi-tenancy on libSQL: each tenant id is a {@link TenantName} whose
 * connections come from {@link TenantDataSources} — its bounded LRU cache of per-tenant pools, so
 * that 10,000 tenants never mean 10,000 live pools.
 *
 * <pre>{@code
 * Map<String, Object> settings = Map.of(
 *     "hibernate.multi_tenant_connection_provider", new TenantConnectionProvider(tenants, mainDataSource),
 *     "hibernate.tenant_identifier_resolver", new TenantContextIdentifierResolver());
 * // then: TenantContext.run("acme", () -> ...), or sessionFactory.withOptions().tenantIdentifier("acme")
 * }</pre>
 *
 * <ul>
 *   <li>A tenant id that breaks Turso's naming rule fails with {@link IllegalArgumentException}.</li>
 *   <li>A tenant whose database is gone (deleted through {@link TenantDataSources#delete}, or found
 *       missing by a first-use migration) fails with {@link TenantNotFoundException}, which Hibernate
 *       passes through unchanged. A tenant deleted behind this process's back fails on its first
 *       statement instead, with the driver's SQLState {@code 08004} in the cause chain
 *       ({@link TenantDataSources#isMissingDatabase} recognises it).</li>
 *   <li>A session opened while no tenant is selected ({@link TenantContextIdentifierResolver#NO_TENANT})
 *       fails when it first needs a connection, with a {@link NoTenantSelectedException} that says how
 *       to select one.</li>
 *   <li>{@link #getAnyConnection()} (Hibernate's start-up metadata and schema tools) uses the
 *       {@code anyDatabase} given to the constructor, never a tenant.</li>
 * </ul>
 */
public final class TenantConnectionProvider implements MultiTenantConnectionProvider<String> {

  private static final long serialVersionUID = 1L;

  private final transient TenantDataSources tenants;
  private final transient DataSource anyDatabase;

  /**
   * Connections of the tenants of {@code tenants}; Hibernate's tenant-less work (metadata at start-up,
   * schema tools) goes to {@code anyDatabase} (e.g. the application's main database).
   */
  public TenantConnectionProvider(TenantDataSources tenants, DataSource anyDatabase) {
    this.tenants = Objects.requireNonNull(tenants, "tenants");
    this.anyDatabase = Objects.requireNonNull(anyDatabase, "anyDatabase");
  }

  @Override
  public Connection getAnyConnection() throws SQLException {
    return anyDatabase.getConnection();
  }

  @Override
  public void releaseAnyConnection(Connection connection) throws SQLException {
    connection.close();
  }

  /**
   * A pooled connection to the tenant's database.
   *
   * @throws NoTenantSelectedException when no tenant is selected
   * @throws IllegalArgumentException when the id is not a valid {@link TenantName}
   * @throws TenantNotFoundException when the tenant's database does not exist
   */
  @Override
  public Connection getConnection(String tenantIdentifier) throws SQLException {
    TenantName tenant = tenantName(tenantIdentifier);
    try {
      return tenants.getConnection(tenant);
    } catch (UnknownTenantException e) {
      throw new TenantNotFoundException(tenant, e);
    }
  }

  @Override
  public void releaseConnection(String tenantIdentifier, Connection connection) throws SQLException {
    connection.close();   // back to the tenant's pool
  }

  /** Connections stay with the session until it ends (pools make reacquiring cheap, but nothing is gained). */
  @Override
  public boolean supportsAggressiveRelease() {
    return false;
  }

  @Override
  public boolean isUnwrappableAs(Class<?> unwrapType) {
    return unwrapType.isInstance(this) || unwrapType.isInstance(tenants);
  }

  @Override
  public <T> T unwrap(Class<T> unwrapType) {
    if (unwrapType.isInstance(this)) {
      return unwrapType.cast(this);
    }
    if (unwrapType.isInstance(tenants)) {
      return unwrapType.cast(tenants);
    }
    throw new IllegalArgumentException("TenantConnectionProvider cannot be unwrapped as " + unwrapType.getName());
  }

  @Override
  public String toString() {
    return "TenantConnectionProvider[" + tenants.databases() + "]";
  }

  private static TenantName tenantName(String tenantIdentifier) {
    if (tenantIdentifier == null || TenantContextIdentifierResolver.NO_TENANT.equals(tenantIdentifier)) {
      throw new NoTenantSelectedException("This Hibernate session has no tenant");
    }
    return TenantName.of(tenantIdentifier);
  }
}
