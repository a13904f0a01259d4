package dev.libsql4j.spring.autoconfigure.tenancy;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code libsql.tenancy.*} properties: a database per tenant on sqld namespaces (or the embedded
 * devserver's), with pools, migrations and the tenant of a web request. {@link #toString()} is not
 * overridden on purpose: nothing prints the admin key.
 */
@ConfigurationProperties("libsql.tenancy")
public class LibSqlTenancyProperties {

  /** Whether to wire database-per-tenant support (provisioning, tenant pools, migrations, Hibernate, filter). */
  private boolean enabled = false;

  /**
   * The sqld admin API (--admin-listen-addr) that creates and deletes tenant namespaces, e.g.
   * http://127.0.0.1:9090. Unset with the embedded devserver: the devserver's own admin API.
   */
  private URI adminUrl;

  /** The key of sqld's --admin-auth-key, sent as "Authorization: Basic <key>". Never logged. */
  private String adminAuthKey;

  /** Tenant migrations. */
  private final Migration migration = new Migration();

  /** The per-tenant connection pools. */
  private final Pools pools = new Pools();

  /** How a web request names its tenant. */
  private final Resolver resolver = new Resolver();

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public URI getAdminUrl() {
    return adminUrl;
  }

  public void setAdminUrl(URI adminUrl) {
    this.adminUrl = adminUrl;
  }

  public String getAdminAuthKey() {
    return adminAuthKey;
  }

  public void setAdminAuthKey(String adminAuthKey) {
    this.adminAuthKey = adminAuthKey;
  }

  public Migration getMigration() {
    return migration;
  }

  public Pools getPools() {
    return pools;
  }

  public Resolver getResolver() {
    return resolver;
  }

  /** When existing tenants are migrated. */
  public enum OnStartup {
    /** Never by the application: migrate with the Maven goal or your own TenantMigrator run. */
    NONE,
    /** All known tenants while the application starts; failures are logged, the start goes on. */
    EAGER,
    /** Each tenant when its database is first used by this process. */
    LAZY
  }

  /** The {@code libsql.tenancy.migration.*} properties. */
  public static class Migration {

    /**
     * Liquibase changelog every tenant database gets, e.g.
     * classpath:db/changelog/db.changelog-master.yaml. Unset: tenants are not migrated.
     */
    private String changelog;

    /**
     * When existing tenants are migrated: none, eager (all known tenants at start-up, failures logged,
     * the application still starts) or lazy (each tenant on its first use, once per process).
     */
    private OnStartup onStartup = OnStartup.LAZY;

    /** The most tenants migrated at once by an eager start-up migration. */
    private int parallelism = 4;

    public String getChangelog() {
      return changelog;
    }

    public void setChangelog(String changelog) {
      this.changelog = changelog;
    }

    public OnStartup getOnStartup() {
      return onStartup;
    }

    public void setOnStartup(OnStartup onStartup) {
      this.onStartup = onStartup;
    }

    public int getParallelism() {
      return parallelism;
    }

    public void setParallelism(int parallelism) {
      this.parallelism = parallelism;
    }
  }

  /** The {@code libsql.tenancy.pools.*} properties. */
  public static class Pools {

    /** The most tenant pools open at once; opening another closes the least recently used idle one. */
    private int maxOpen = 64;

    /** A tenant pool unused this long is closed. */
    private Duration idleTimeout = Duration.ofMinutes(5);

    /** Connections per tenant pool. */
    private int maxPoolSize = 4;

    public int getMaxOpen() {
      return maxOpen;
    }

    public void setMaxOpen(int maxOpen) {
      this.maxOpen = maxOpen;
    }

    public Duration getIdleTimeout() {
      return idleTimeout;
    }

    public void setIdleTimeout(Duration idleTimeout) {
      this.idleTimeout = idleTimeout;
    }

    public int getMaxPoolSize() {
      return maxPoolSize;
    }

    public void setMaxPoolSize(int maxPoolSize) {
      this.maxPoolSize = maxPoolSize;
    }
  }

  /** The {@code libsql.tenancy.resolver.*} properties. */
  public static class Resolver {

    /** HTTP header carrying the tenant id of a request. */
    private String header = "X-Tenant-Id";

    /**
     * Claim of the request's "Authorization: Bearer" JWT carrying the tenant id, e.g. tenant. The
     * token is read, not verified: verify it with Spring Security. Unset: only the header counts.
     */
    private String jwtClaim;

    public String getHeader() {
      return header;
    }

    public void setHeader(String header) {
      this.header = header;
    }

    public String getJwtClaim() {
      return jwtClaim;
    }

    public void setJwtClaim(String jwtClaim) {
      this.jwtClaim = jwtClaim;
    }
  }
}
