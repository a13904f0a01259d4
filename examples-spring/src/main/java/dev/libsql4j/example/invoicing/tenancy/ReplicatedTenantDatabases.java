package dev.libsql4j.example.invoicing.tenancy;

import dev.libsql4j.tenancy.SqldAdminTenantDatabases;
import dev.libsql4j.tenancy.TenantConnection;
import dev.libsql4j.tenancy.TenantDatabases;
import dev.libsql4j.tenancy.TenantName;
import java.util.List;

/** Tenant connections that read from the server's replicas (the same namespace on each replica). */
record ReplicatedTenantDatabases(SqldAdminTenantDatabases databases, List<String> replicas)
    implements TenantDatabases, AutoCloseable {

  @Override
  public void close() {
    databases.close();
  }

  @Override
  public void create(TenantName tenant) {
    databases.create(tenant);
  }

  @Override
  public void delete(TenantName tenant) {
    databases.delete(tenant);
  }

  @Override
  public boolean exists(TenantName tenant) {
    return databases.exists(tenant);
  }

  @Override
  public List<TenantName> list() {
    return databases.list();
  }

  @Override
  public TenantConnection connection(TenantName tenant) {
    TenantConnection primary = databases.connection(tenant);
    return replicas.isEmpty() ? primary : new TenantConnection(tenant,
        primary.jdbcUrl() + "&replicas=" + String.join(",", replicas), primary.authToken(), primary.namespace());
  }
}
