package dev.libsql4j.tenancy;

import dev.libsql4j.jdbc.LibSqlDataSource;
import java.util.Objects;

/**
 * How to reach one tenant's database with the libSQL JDBC driver: the {@code jdbc:libsql:} URL,
 * the token (or null) and the namespace (or null when the URL alone selects the database, as on
 * Turso). {@link #toString()} never shows the token.
 *
 * @param tenant the tenant
 * @param jdbcUrl the driver URL, without credentials
 * @param authToken the database token, or null
 * @param namespace the sqld namespace, or null
 */
public record TenantConnection(TenantName tenant, String jdbcUrl, String authToken, String namespace) {

  /** Checks the required parts. */
  public TenantConnection {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
  }

  /**
   * A new, unpooled data source for this database. The caller closes it (it owns an HTTP client);
   * {@link TenantDataSources} does that for the pools it caches.
   */
  public LibSqlDataSource newDataSource() {
    LibSqlDataSource dataSource = new LibSqlDataSource(jdbcUrl);
    if (authToken != null) {
      dataSource.setAuthToken(authToken);
    }
    if (namespace != null) {
      dataSource.setNamespace(namespace);
    }
    return dataSource;
  }

  @Override
  public String toString() {
    return "TenantConnection[tenant=" + tenant + ", jdbcUrl=" + jdbcUrl
        + ", authToken=" + (authToken == null ? "none" : "****") + ", namespace=" + namespace + "]";
  }
}
