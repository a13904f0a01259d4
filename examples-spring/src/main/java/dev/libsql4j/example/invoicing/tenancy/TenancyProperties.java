package dev.libsql4j.example.invoicing.tenancy;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where the organisations' databases are made, how they are migrated, and how a request names one. */
@ConfigurationProperties("libsql.tenancy")
public class TenancyProperties {

  /** The sqld admin API (--admin-listen-addr) that creates and deletes the organisations' namespaces. */
  private URI adminUrl;

  private final Migration migration = new Migration();

  private final Resolver resolver = new Resolver();

  public URI getAdminUrl() {
    return adminUrl;
  }

  public void setAdminUrl(URI adminUrl) {
    this.adminUrl = adminUrl;
  }

  public Migration getMigration() {
    return migration;
  }

  public Resolver getResolver() {
    return resolver;
  }

  /** {@code libsql.tenancy.migration.*}. */
  public static class Migration {

    /** The Liquibase changelog every tenant database is migrated with (class path). */
    private String changelog = "db/tenant-changelog.sql";

    public String getChangelog() {
      return changelog;
    }

    public void setChangelog(String changelog) {
      this.changelog = changelog;
    }
  }

  /** {@code libsql.tenancy.resolver.*}. */
  public static class Resolver {

    /** The request header that names the tenant. */
    private String header = "X-Tenant-Id";

    public String getHeader() {
      return header;
    }

    public void setHeader(String header) {
      this.header = header;
    }
  }
}
