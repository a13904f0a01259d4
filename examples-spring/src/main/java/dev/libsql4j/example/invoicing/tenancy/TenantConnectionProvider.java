package dev.libsql4j.example.invoicing.tenancy;

import dev.libsql4j.tenancy.TenantDataSources;
import dev.libsql4j.tenancy.TenantName;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.hibernate.engine.jdbc.connections.spi.MultiTenantConnectionProvider;

/** Hibernate's connections: the tenant's pool; the main database only for start-up metadata. */
class TenantConnectionProvider implements MultiTenantConnectionProvider<String> {

  private static final long serialVersionUID = 1L;

  private final transient DataSource main;
  private final transient TenantDataSources tenants;

  TenantConnectionProvider(DataSource main, TenantDataSources tenants) {
    this.main = main;
    this.tenants = tenants;
  }

  @Override
  public Connection getAnyConnection() throws SQLException {
    return main.getConnection();
  }

  @Override
  public void releaseAnyConnection(Connection connection) throws SQLException {
    connection.close();
  }

  @Override
  public Connection getConnection(String tenant) throws SQLException {
    if (RequestTenantResolver.NO_TENANT.equals(tenant)) {
      throw new SQLException("No tenant is selected: send the X-Tenant-Id header");
    }
    return tenants.getConnection(TenantName.of(tenant));
  }

  @Override
  public void releaseConnection(String tenant, Connection connection) throws SQLException {
    connection.close();
  }

  @Override
  public boolean supportsAggressiveRelease() {
    return false;
  }

  @Override
  public boolean isUnwrappableAs(Class<?> type) {
    return type.isInstance(this);
  }

  @Override
  public <T> T unwrap(Class<T> type) {
    return type.cast(this);
  }
}
