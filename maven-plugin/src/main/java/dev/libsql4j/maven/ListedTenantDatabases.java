package dev.libsql4j.maven;

import dev.libsql4j.tenancy.TenantConnection;
import dev.libsql4j.tenancy.TenantDatabases;
import dev.libsql4j.tenancy.TenantName;
import java.net.URI;
import java.util.List;

/**
 * Tenants named in the build's configuration, each a namespace of one sqld reached at its Hrana URL,
 * for {@code libsql4j:migrate-tenants} without the admin API. It can neither create nor delete, and
 * cannot tell whether a namespace exists without a request: a tenant that does not exist fails on
 * its first statement (SQLState 08004) and is reported as failed.
 */
final class ListedTenantDatabases implements TenantDatabases {

  private final URI httpUrl;
  private final String authToken;
  private final List<TenantName> tenants;

  ListedTenantDatabases(URI httpUrl, String authTokenOrNull, List<TenantName> tenants) {
    this.httpUrl = httpUrl;
    this.authToken = authTokenOrNull;
    this.tenants = tenants.stream().sorted().toList();
  }

  @Override
  public void create(TenantName tenant) {
    throw new UnsupportedOperationException("creating a tenant needs the sqld admin API (set adminUrl)");
  }

  @Override
  public void delete(TenantName tenant) {
    throw new UnsupportedOperationException("deleting a tenant needs the sqld admin API (set adminUrl)");
  }

  /** Named in the configuration; whether sqld has it shows on the first statement. */
  @Override
  public boolean exists(TenantName tenant) {
    return tenants.contains(tenant);
  }

  @Override
  public List<TenantName> list() {
    return tenants;
  }

  @Override
  public TenantConnection connection(TenantName tenant) {
    // protocol=v3: sqld speaks Hrana 3, so each tenant's pool skips the GET /v3 probe.
    return new TenantConnection(tenant, "jdbc:libsql:" + httpUrl + "?protocol=v3", authToken, tenant.value());
  }

  @Override
  public String toString() {
    return "ListedTenantDatabases[" + httpUrl + ", " + tenants.size() + " tenants]";
  }
}
