package dev.libsql4j.tenancy;

import dev.libsql4j.jdbc.LibSqlDataSource;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Tenant databases as namespaces of a self-hosted sqld started with {@code --enable-namespaces} and
 * {@code --admin-listen-addr}: {@code POST /v1/namespaces/{t}/create}, {@code DELETE
 * /v1/namespaces/{t}}, {@code GET /v1/namespaces/{t}/config} (existence).
 *
 * <p>sqld's admin API cannot list namespaces, so this class keeps a catalog: a table {@code tenants}
 * in a namespace of its own ({@value #DEFAULT_CATALOG} unless configured), written on create and
 * delete. {@link #list()} reads it; a namespace created behind this class's back is not listed. The
 * catalog's name is reserved: no tenant may be called that.
 *
 * <pre>{@code
 * try (SqldAdminTenantDatabases tenants = SqldAdminTenantDatabases.builder(httpUrl, adminUrl).build()) {
 *   tenants.create(TenantName.of("acme"));
 * }
 * }</pre>
 */
public final class SqldAdminTenantDatabases implements TenantDatabases, AutoCloseable {

  /** The namespace holding the catalog of tenants unless {@link Builder#catalogNamespace} says otherwise. */
  public static final String DEFAULT_CATALOG = "libsql4j-tenant-catalog";

  private final URI httpUrl;
  private final URI adminUrl;
  private final String authToken;
  private final List<String> replicas;
  private final TenantName catalog;
  private final JsonHttp admin;
  private final LibSqlDataSource catalogDataSource;
  private volatile boolean catalogReady;

  private SqldAdminTenantDatabases(Builder builder) {
    this.httpUrl = builder.httpUrl;
    this.adminUrl = builder.adminUrl;
    this.authToken = builder.authToken;
    this.replicas = List.copyOf(builder.replicas);
    this.catalog = TenantName.of(builder.catalogNamespace);
    this.admin = new JsonHttp(builder.adminAuthKey == null ? null : "Basic " + builder.adminAuthKey,
        builder.timeout);
    // The catalog is read right after it is written: never from a replica.
    this.catalogDataSource = connectionTo(catalog, List.of()).newDataSource();
  }

  /**
   * A builder for the sqld whose Hrana endpoint is {@code httpUrl} (e.g. {@code http://127.0.0.1:8080})
   * and whose admin listener is {@code adminUrl}.
   */
  public static Builder builder(URI httpUrl, URI adminUrl) {
    return new Builder(httpUrl, adminUrl);
  }

  @Override
  public void create(TenantName tenant) {
    refuseCatalog(tenant);
    ensureCatalog();
    JsonHttp.Answer answer = admin.post(namespaceUrl(tenant, "/create"), Map.of());
    if (answer.status() == 400 && answer.error().contains("already exists")) {
      throw new TenantExistsException(tenant);
    }
    if (!answer.ok()) {
      throw JsonHttp.failure("Creating tenant '" + tenant + "'", answer);
    }
    catalogUpdate("INSERT OR IGNORE INTO tenants(name, created_at) VALUES (?, ?)", tenant,
        Instant.now().toString());
  }

  @Override
  public void delete(TenantName tenant) {
    refuseCatalog(tenant);
    JsonHttp.Answer answer = admin.delete(namespaceUrl(tenant, ""));
    if (answer.status() == 404) {
      throw new TenantNotFoundException(tenant);
    }
    if (!answer.ok()) {
      throw JsonHttp.failure("Deleting tenant '" + tenant + "'", answer);
    }
    ensureCatalog();
    catalogUpdate("DELETE FROM tenants WHERE name = ?", tenant);
  }

  @Override
  public boolean exists(TenantName tenant) {
    JsonHttp.Answer answer = admin.get(namespaceUrl(tenant, "/config"));
    if (answer.status() == 404) {
      return false;
    }
    if (!answer.ok()) {
      throw JsonHttp.failure("Looking up tenant '" + tenant + "'", answer);
    }
    return true;
  }

  @Override
  public List<TenantName> list() {
    ensureCatalog();
    try {
      return onCatalog(connection -> {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT name FROM tenants ORDER BY name")) {
          List<TenantName> tenants = new ArrayList<>();
          while (rows.next()) {
            tenants.add(TenantName.of(rows.getString(1)));
          }
          return tenants;
        }
      });
    } catch (SQLException e) {
      throw new TenantDatabasesException("Reading the tenant catalog failed: " + e.getMessage(), e);
    }
  }

  /**
   * The namespace on this server, with the {@link Builder#replicas replicas} for reads; sends nothing
   * (an unknown tenant fails on its first statement, 08004).
   */
  @Override
  public TenantConnection connection(TenantName tenant) {
    refuseCatalog(tenant);
    return connectionTo(tenant, replicas);
  }

  private TenantConnection connectionTo(TenantName tenant, List<String> readReplicas) {
    // protocol=v3: sqld 0.24 speaks Hrana 3, so each new pool skips the GET /v3 probe.
    // namespace in the URL too: tools key caches by the connection's URL, and every tenant on one
    // sqld would otherwise share it (Liquibase's FastCheckService then takes a fresh tenant for one
    // that is up to date and skips its migration).
    String url = "jdbc:libsql:" + httpUrl + "?protocol=v3&namespace=" + tenant.value()
        + (readReplicas.isEmpty() ? "" : "&replicas=" + String.join(",", readReplicas));
    return new TenantConnection(tenant, url, authToken, tenant.value());
  }

  /** Releases the catalog's HTTP client. */
  @Override
  public void close() {
    catalogDataSource.close();
  }

  @Override
  public String toString() {
    return "SqldAdminTenantDatabases[http=" + httpUrl + ", admin=" + adminUrl + ", catalog=" + catalog + "]";
  }

  private void refuseCatalog(TenantName tenant) {
    if (tenant.equals(catalog)) {
      throw new IllegalArgumentException("'" + tenant + "' is the namespace of the tenant catalog and"
          + " cannot be a tenant; pick another name or configure another catalogNamespace");
    }
  }

  private void ensureCatalog() {
    if (catalogReady) {
      return;
    }
    synchronized (this) {
      if (catalogReady) {
        return;
      }
      JsonHttp.Answer answer = admin.post(namespaceUrl(catalog, "/create"), Map.of());
      if (!answer.ok() && !answer.error().contains("already exists")) {
        throw JsonHttp.failure("Creating the tenant catalog '" + catalog + "'", answer);
      }
      catalogUpdate("CREATE TABLE IF NOT EXISTS tenants(name TEXT PRIMARY KEY, created_at TEXT NOT NULL)");
      catalogReady = true;
    }
  }

  private void catalogUpdate(String sql, Object... args) {
    try {
      onCatalog(connection -> {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
          for (int i = 0; i < args.length; i++) {
            statement.setString(i + 1, args[i].toString());
          }
          return statement.executeUpdate();
        }
      });
    } catch (SQLException e) {
      throw new TenantDatabasesException("Updating the tenant catalog failed: " + e.getMessage(), e);
    }
  }

  /**
   * Runs {@code work} on a catalog connection, again (up to {@value TenantDataSources#ATTEMPTS} times
   * in all) when sqld answers that the catalog's namespace does not exist: it does (it was created
   * first), but sqld 0.24 says so for a moment while it swaps namespaces in and out of memory, which
   * happens when more than {@code --max-active-namespaces} tenants are in use (seen when deleting
   * tenants right after a fan-out over 1,000). A refused request was not executed.
   */
  private <T> T onCatalog(CatalogWork<T> work) throws SQLException {
    for (int attempt = 1; ; attempt++) {
      try (Connection connection = catalogDataSource.getConnection()) {
        return work.apply(connection);
      } catch (SQLException e) {
        if (attempt == TenantDataSources.ATTEMPTS || !TenantDataSources.isMissingDatabase(e)) {
          throw e;
        }
        try {
          Thread.sleep(50L * attempt);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }

  /** Work on a connection of the catalog. */
  @FunctionalInterface
  private interface CatalogWork<T> {
    T apply(Connection connection) throws SQLException;
  }


  private URI namespaceUrl(TenantName tenant, String suffix) {
    // Tenant names are [a-z0-9-]; encoding is for the reader's peace of mind, not needed.
    return URI.create(adminUrl + "/v1/namespaces/" + URLEncoder.encode(tenant.value(), StandardCharsets.UTF_8)
        + suffix);
  }

  /** Configures a {@link SqldAdminTenantDatabases}. */
  public static final class Builder {

    private final URI httpUrl;
    private final URI adminUrl;
    private String authToken;
    private String adminAuthKey;
    private List<String> replicas = List.of();
    private String catalogNamespace = DEFAULT_CATALOG;
    private Duration timeout = Duration.ofSeconds(30);

    private Builder(URI httpUrl, URI adminUrl) {
      this.httpUrl = stripSlash(Objects.requireNonNull(httpUrl, "httpUrl"));
      this.adminUrl = stripSlash(Objects.requireNonNull(adminUrl, "adminUrl"));
    }

    private static URI stripSlash(URI url) {
      String text = url.toString();
      return text.endsWith("/") ? URI.create(text.substring(0, text.length() - 1)) : url;
    }

    /** The JWT for the Hrana endpoint (when sqld runs with {@code --auth-jwt-key-file}). */
    public Builder authToken(String token) {
      this.authToken = token;
      return this;
    }

    /**
     * Read replicas of this sqld ({@code host:port} or URLs, as the driver's {@code replicas}
     * property): every tenant's reads in autocommit and read-only transactions go to the same
     * namespace on a replica, which follows the primary's namespaces by itself.
     */
    public Builder replicas(List<String> replicaUrls) {
      this.replicas = List.copyOf(replicaUrls);
      return this;
    }

    /** The key of {@code --admin-auth-key}, sent as {@code Authorization: Basic <key>}. */
    public Builder adminAuthKey(String key) {
      this.adminAuthKey = key;
      return this;
    }

    /** The namespace holding the catalog of tenants (default {@value SqldAdminTenantDatabases#DEFAULT_CATALOG}). */
    public Builder catalogNamespace(String namespace) {
      this.catalogNamespace = namespace;
      return this;
    }

    /** Time allowed for each admin request (default 30 s). */
    public Builder timeout(Duration timeout) {
      this.timeout = timeout;
      return this;
    }

    /** The configured provisioner; nothing is sent yet. */
    public SqldAdminTenantDatabases build() {
      return new SqldAdminTenantDatabases(this);
    }
  }
}
