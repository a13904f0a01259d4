package dev.libsql4j.tenancy;

import dev.libsql4j.jdbc.LibSqlDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Tenants whose databases exist already, reached through a URL template: {@code {tenant}} in the
 * template is replaced by the tenant's name. For databases provisioned elsewhere (the Turso CLI, a
 * Terraform run, another service), so that {@link TenantDataSources}, Hibernate multi-tenancy and
 * fan-out work on them without an admin API.
 *
 * <pre>{@code
 * TenantDatabases tenants = UrlTemplateTenantDatabases
 *     .builder("jdbc:libsql://{tenant}-my-org.turso.io")       // or jdbc:libsql:http://sqld:8080?namespace={tenant}
 *     .authToken(groupToken)
 *     .tenants(() -> customerRepository.tenantNames())         // what list() answers, for migrations and fan-out
 *     .build();
 * }</pre>
 *
 * <p>{@link #create} and {@link #delete} are refused ({@link UnsupportedOperationException}): this
 * class does not provision. {@link #exists} asks the database itself ({@code SELECT 1}; SQLState
 * 08004 means it does not exist).
 */
public final class UrlTemplateTenantDatabases implements TenantDatabases {

  /** The placeholder replaced by the tenant's name. */
  public static final String PLACEHOLDER = "{tenant}";

  private final String template;
  private final String authToken;
  private final Supplier<List<TenantName>> tenants;

  private UrlTemplateTenantDatabases(Builder builder) {
    this.template = builder.template;
    this.authToken = builder.authToken;
    this.tenants = builder.tenants;
  }

  /**
   * A builder for the {@code jdbc:libsql:} URL {@code template}, which must contain {@value #PLACEHOLDER}.
   *
   * @throws IllegalArgumentException when it does not
   */
  public static Builder builder(String template) {
    return new Builder(template);
  }

  /** Refused: databases reached through a template are provisioned elsewhere. */
  @Override
  public void create(TenantName tenant) {
    throw notProvisioning("create", tenant);
  }

  /** Refused: databases reached through a template are provisioned elsewhere. */
  @Override
  public void delete(TenantName tenant) {
    throw notProvisioning("delete", tenant);
  }

  /** Asks the database: {@code SELECT 1}, false when the server answers that it does not exist (08004). */
  @Override
  public boolean exists(TenantName tenant) {
    try (LibSqlDataSource dataSource = connection(tenant).newDataSource();
         Connection connection = dataSource.getConnection();
         Statement statement = connection.createStatement()) {
      statement.execute("SELECT 1");
      return true;
    } catch (SQLException e) {
      if (TenantDataSources.isMissingDatabase(e)) {
        return false;
      }
      throw new TenantDatabasesException("Looking up tenant '" + tenant + "' failed: " + e.getMessage(), e);
    }
  }

  /**
   * The tenants {@link Builder#tenants} supplies, sorted.
   *
   * @throws UnsupportedOperationException when none was configured
   */
  @Override
  public List<TenantName> list() {
    if (tenants == null) {
      throw new UnsupportedOperationException("UrlTemplateTenantDatabases cannot list tenants by itself: "
          + "give the builder a tenants(...) supplier (e.g. from your customer table)");
    }
    return tenants.get().stream().sorted().toList();
  }

  /** The template with the tenant's name in it; sends nothing. */
  @Override
  public TenantConnection connection(TenantName tenant) {
    return new TenantConnection(tenant, template.replace(PLACEHOLDER, tenant.value()), authToken, null);
  }

  @Override
  public String toString() {
    return "UrlTemplateTenantDatabases[" + template + "]";
  }

  private UnsupportedOperationException notProvisioning(String what, TenantName tenant) {
    return new UnsupportedOperationException("Cannot " + what + " tenant '" + tenant + "': UrlTemplateTenantDatabases "
        + "only connects to databases made elsewhere; provision with SqldAdminTenantDatabases, "
        + "TursoPlatformTenantDatabases or the Turso CLI");
  }

  /** Configures a {@link UrlTemplateTenantDatabases}. */
  public static final class Builder {

    private final String template;
    private String authToken;
    private Supplier<List<TenantName>> tenants;

    private Builder(String template) {
      Objects.requireNonNull(template, "template");
      if (!template.contains(PLACEHOLDER)) {
        throw new IllegalArgumentException("The URL template " + template + " has no " + PLACEHOLDER
            + " placeholder for the tenant's name, e.g. jdbc:libsql://" + PLACEHOLDER + "-my-org.turso.io");
      }
      this.template = template;
    }

    /** The token for every tenant's database (e.g. a Turso group token), or null. */
    public Builder authToken(String token) {
      this.authToken = token;
      return this;
    }

    /** Where {@link UrlTemplateTenantDatabases#list()} gets the tenants from. */
    public Builder tenants(Supplier<List<TenantName>> supplier) {
      this.tenants = Objects.requireNonNull(supplier, "supplier");
      return this;
    }

    /** The configured template; nothing is sent. */
    public UrlTemplateTenantDatabases build() {
      return new UrlTemplateTenantDatabases(this);
    }
  }
}
