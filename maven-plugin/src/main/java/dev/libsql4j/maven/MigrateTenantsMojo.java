package dev.libsql4j.maven;

import dev.libsql4j.tenancy.SqldAdminTenantDatabases;
import dev.libsql4j.tenancy.TenantDataSources;
import dev.libsql4j.tenancy.TenantDatabases;
import dev.libsql4j.tenancy.TenantName;
import dev.libsql4j.tenancy.liquibase.LiquibaseTenantMigration;
import dev.libsql4j.tenancy.migration.FileMigrationJournal;
import dev.libsql4j.tenancy.migration.MigrationReport;
import dev.libsql4j.tenancy.migration.TenantMigrator;
import dev.libsql4j.tenancy.migration.TenantOutcome;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.resource.ResourceAccessor;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code libsql4j:migrate-tenants} — runs a Liquibase changelog on every tenant database (sqld
 * namespaces) with tenancy's {@link TenantMigrator}: bounded parallelism, progress in the Maven log,
 * a journal file that makes a rerun migrate only the tenants left (failed or not reached), and a
 * final report; the build fails listing the failed tenants (unless {@code failOnError} is false).
 * Liquibase runs with {@code libsql4j-migrations-liquibase}'s {@code LibSqlDatabase}, so table
 * rebuilds keep rows, foreign-key actions and triggers.
 *
 * <p>The tenants are those of the sqld admin API's catalog ({@code adminUrl}), or the
 * {@code tenants} listed. The token is read from an environment variable or a system property whose
 * names are configured, never from the POM, and is never logged.
 */
@Mojo(name = "migrate-tenants", threadSafe = true)
public class MigrateTenantsMojo extends AbstractMojo {

  /** Liquibase's java.util.logging root; held here so that its level stays while the goal runs. */
  private static final Logger LIQUIBASE_LOG = Logger.getLogger("liquibase");

  /** The sqld's Hrana URL (its {@code --http-listen-addr}), e.g. {@code http://127.0.0.1:8080}. */
  @Parameter(property = "libsql4j.tenants.url", required = true)
  String url;

  /**
   * The sqld admin API ({@code --admin-listen-addr}), e.g. {@code http://127.0.0.1:9090}: the tenants
   * are those of libsql4j's tenant catalog there. Needed unless {@code tenants} are listed.
   */
  @Parameter(property = "libsql4j.tenants.adminUrl")
  String adminUrl;

  /** The tenants (namespaces) to migrate; when set, only these (the admin API is then optional). */
  @Parameter(property = "libsql4j.tenants.list")
  List<String> tenants = List.of();

  /** The changelog, relative to {@code changelogDirectory}. */
  @Parameter(property = "libsql4j.tenants.changelog", required = true)
  String changelog;

  /** The directory the changelog and the files it includes are read from. */
  @Parameter(property = "libsql4j.tenants.changelogDirectory", defaultValue = "${project.basedir}/src/main/resources")
  File changelogDirectory;

  /** Liquibase contexts expression, or none. */
  @Parameter(property = "libsql4j.tenants.contexts")
  String contexts;

  /** The most tenants migrated at once. */
  @Parameter(property = "libsql4j.tenants.parallelism", defaultValue = "4")
  int parallelism;

  /**
   * The journal (JSON lines, one per finished tenant): a rerun skips the tenants it records as
   * migrated by the same changelog. Keep it out of {@code target} to survive {@code mvn clean};
   * without it a rerun visits every tenant again (Liquibase's own table keeps that idempotent).
   */
  @Parameter(property = "libsql4j.tenants.journal",
      defaultValue = "${project.build.directory}/libsql4j-tenant-migrations.jsonl")
  File journal;

  /** Fail the build when a tenant failed (after all others were migrated). */
  @Parameter(property = "libsql4j.tenants.failOnError", defaultValue = "true")
  boolean failOnError;

  /** The environment variable holding the database token (JWT), if the server needs one. */
  @Parameter(defaultValue = "LIBSQL_AUTH_TOKEN")
  String authTokenEnv;

  /** The system property ({@code -D}) holding the token; wins over the environment variable. */
  @Parameter(defaultValue = "libsql4j.authToken")
  String authTokenProperty;

  /** The environment variable holding sqld's {@code --admin-auth-key}, if it has one. */
  @Parameter(defaultValue = "LIBSQL_ADMIN_AUTH_KEY")
  String adminAuthKeyEnv;

  /** The system property holding the admin auth key; wins over the environment variable. */
  @Parameter(defaultValue = "libsql4j.adminAuthKey")
  String adminAuthKeyProperty;

  /** Skip the goal. */
  @Parameter(property = "libsql4j.tenants.skip", defaultValue = "false")
  boolean skip;

  /** Where secrets are read from: the environment here, a map in tests. */
  UnaryOperator<String> environment = System::getenv;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("libsql4j:migrate-tenants skipped");
      return;
    }
    LiquibaseTenantMigration migration = migration();
    MigrationReport report;
    Level liquibaseLevel = LIQUIBASE_LOG.getLevel();
    // Liquibase logs each change set of each tenant at INFO: thousands of lines; the report has what failed.
    LIQUIBASE_LOG.setLevel(Level.WARNING);
    try (TenantDatabasesHandle databases = databases();
         TenantDataSources dataSources = TenantDataSources.builder(databases.value())
             .maxPools(Math.max(8, 2 * parallelism)).build()) {
      TenantMigrator migrator = TenantMigrator.builder(dataSources)
          .parallelism(parallelism)
          .journal(new FileMigrationJournal(journalFile()))
          .listener(new MavenLogProgress(getLog(), 2000))
          .build();
      List<TenantName> listed = tenantNames();
      report = withPluginClassLoader(() -> listed.isEmpty()
          ? migrator.migrateAll(migration) : migrator.migrate(listed, migration));
    } catch (RuntimeException e) {
      throw new MojoExecutionException("libsql4j:migrate-tenants could not run: " + e.getMessage(), e);
    } finally {
      LIQUIBASE_LOG.setLevel(liquibaseLevel);
    }
    report(report);
  }

  private void report(MigrationReport report) throws MojoFailureException {
    String[] lines = report.summary().split(System.lineSeparator());
    getLog().info(lines[0] + "; journal: " + journal);
    for (TenantOutcome failure : report.failures()) {
      getLog().error("FAILED " + failure.tenant() + ": " + failure.error());
    }
    if (!report.succeeded() && failOnError) {
      throw new MojoFailureException(report.failures().size() + " of " + report.total()
          + " tenant(s) failed: " + report.failures().stream().map(f -> f.tenant().value())
          .collect(Collectors.joining(", "))
          + (report.outcomes().size() < report.total() ? "; " + (report.total() - report.outcomes().size())
          + " not reached" : "")
          + ". Fix them and run the goal again: the journal " + journal + " makes it migrate only those.");
    }
  }

  private LiquibaseTenantMigration migration() throws MojoExecutionException {
    ResourceAccessor resources;
    try {
      resources = new DirectoryResourceAccessor(changelogDirectory);
    } catch (IOException e) {
      throw new MojoExecutionException("changelogDirectory " + changelogDirectory + " cannot be read: "
          + e.getMessage(), e);
    }
    try {
      return withPluginClassLoader(() -> new LiquibaseTenantMigration(changelog, resources, contexts));
    } catch (RuntimeException e) {
      throw new MojoExecutionException("The changelog " + changelog + " cannot be read from " + changelogDirectory
          + ": " + e.getMessage(), e);
    }
  }

  private TenantDatabasesHandle databases() throws MojoExecutionException {
    URI httpUrl = uri("url", url);
    String token = secret(authTokenProperty, authTokenEnv);
    if (adminUrl == null || adminUrl.isBlank()) {
      if (tenants.isEmpty()) {
        throw new MojoExecutionException("Which tenants? Set adminUrl (-Dlibsql4j.tenants.adminUrl, the sqld admin"
            + " API) to migrate every tenant of its catalog, or list them in tenants (-Dlibsql4j.tenants.list=a,b).");
      }
      return new TenantDatabasesHandle(new ListedTenantDatabases(httpUrl, token, tenantNames()), () -> { });
    }
    SqldAdminTenantDatabases.Builder admin = SqldAdminTenantDatabases.builder(httpUrl, uri("adminUrl", adminUrl));
    if (token != null) {
      admin.authToken(token);
    }
    String adminKey = secret(adminAuthKeyProperty, adminAuthKeyEnv);
    if (adminKey != null) {
      admin.adminAuthKey(adminKey);
    }
    SqldAdminTenantDatabases databases = admin.build();
    return new TenantDatabasesHandle(databases, databases::close);
  }

  private List<TenantName> tenantNames() throws MojoExecutionException {
    try {
      return tenants.stream().map(String::trim).filter(name -> !name.isEmpty()).map(TenantName::of).toList();
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("tenants: " + e.getMessage(), e);
    }
  }

  private Path journalFile() {
    Path file = journal.toPath().toAbsolutePath();
    try {
      Files.createDirectories(file.getParent());
    } catch (IOException e) {
      throw new IllegalStateException("cannot create the journal's directory " + file.getParent() + ": "
          + e.getMessage(), e);
    }
    return file;
  }

  private String secret(String property, String environmentVariable) {
    String value = property == null ? null : System.getProperty(property);
    if (value == null && environmentVariable != null) {
      value = environment.apply(environmentVariable);
    }
    return value == null || value.isBlank() ? null : value;
  }

  private static URI uri(String parameter, String value) throws MojoExecutionException {
    try {
      URI uri = URI.create(value.trim());
      if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
        throw new IllegalArgumentException("not an http(s) URL");
      }
      return uri;
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException(parameter + " '" + value + "' is not usable (" + e.getMessage()
          + "): use http://host:port or https://host", e);
    }
  }

  /** Liquibase finds its parsers, change types and LibSqlDatabase through the thread's class loader. */
  private <T> T withPluginClassLoader(Supplier<T> work) {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(getClass().getClassLoader());
    try {
      return work.get();
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  /** The provisioner, and how to release it after the run (the admin API's HTTP client). */
  private record TenantDatabasesHandle(TenantDatabases value, Runnable release) implements AutoCloseable {
    @Override
    public void close() {
      release.run();
    }
  }
}
