package dev.libsql4j.spring.autoconfigure.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.libsql4j.devserver.DevServer;
import dev.libsql4j.jdbc.LibSqlDataSource;
import dev.libsql4j.spring.autoconfigure.LibSqlDataSourceAutoConfiguration;
import dev.libsql4j.spring.autoconfigure.LibSqlStartupException;
import dev.libsql4j.tenancy.SqldAdminTenantDatabases;
import dev.libsql4j.tenancy.TenantDataSources;
import dev.libsql4j.tenancy.TenantDatabases;
import dev.libsql4j.tenancy.TenantName;
import dev.libsql4j.tenancy.TenantNotFoundException;
import dev.libsql4j.tenancy.UnknownTenantException;
import dev.libsql4j.tenancy.fanout.FanOut;
import dev.libsql4j.tenancy.hibernate.TenantConnectionProvider;
import dev.libsql4j.tenancy.migration.TenantMigrator;
import dev.libsql4j.tenancy.migration.TenantOutcome;
import dev.libsql4j.testing.CountingProxy;
import dev.libsql4j.testing.JwtKeys;
import dev.libsql4j.testing.SqldExtension;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * {@code libsql.tenancy.*} on a real sqld primary with namespaces, JWT auth and a replica: the beans,
 * eager and lazy migration, the provisioner.
 */
class TenancyAutoConfigurationTest {

  private static final JwtKeys KEYS = JwtKeys.generate();

  @RegisterExtension
  static final SqldExtension SQLD = SqldExtension.cluster(b -> b.replicas(1).namespaces(true).jwtAuth(KEYS));

  private static final String CHANGELOG = "classpath:db/tenant-notes.yaml";
  private static SqldAdminTenantDatabases admin;

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(LibSqlDataSourceAutoConfiguration.class,
          LibSqlTenancyAutoConfiguration.class));

  @BeforeAll
  static void provisionerOfTheTest() {
    admin = SqldAdminTenantDatabases.builder(SQLD.node().httpUrl(), SQLD.node().adminUrl())
        .authToken(KEYS.fullAccessToken()).build();
  }

  private ApplicationContextRunner tenancy(String... more) {
    return runner.withPropertyValues(
        "spring.datasource.url=jdbc:libsql:" + SQLD.node().httpUrl(),
        "libsql.namespace=default",
        "libsql.auth-token=" + KEYS.fullAccessToken(),
        "libsql.tenancy.enabled=true",
        "libsql.tenancy.admin-url=" + SQLD.node().adminUrl(),
        "libsql.tenancy.migration.changelog=" + CHANGELOG).withPropertyValues(more);
  }

  @Test
  void offByDefault() {
    runner.withPropertyValues("spring.datasource.url=jdbc:libsql:" + SQLD.node().httpUrl(),
        "libsql.namespace=default", "libsql.auth-token=" + KEYS.fullAccessToken())
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(TenantDataSources.class));
  }

  @Test
  void everyPieceIsABeanAndPoolsFollowTheProperties() {
    tenancy("libsql.tenancy.pools.max-open=2", "libsql.tenancy.migration.on-startup=none").run(context -> {
      assertThat(context).hasNotFailed()
          .hasSingleBean(TenantDatabases.class).hasSingleBean(TenantDataSources.class)
          .hasSingleBean(TenantMigrator.class).hasSingleBean(FanOut.class).hasSingleBean(TenantProvisioner.class)
          .hasSingleBean(TenantConnectionProvider.class)
          .doesNotHaveBean(TenantStartupMigration.class);
      TenantDataSources tenants = context.getBean(TenantDataSources.class);
      TenantProvisioner provisioner = context.getBean(TenantProvisioner.class);
      for (String name : List.of("pool-a", "pool-b", "pool-c")) {
        provisioner.create(name);
        assertThat(noteCount(tenants, TenantName.of(name))).isZero();
        assertThat(tenants.openPools()).isLessThanOrEqualTo(2);
      }
    });
  }

  @Test
  void eagerMigratesEveryKnownTenantAtStartUpAndAFailingOneDoesNotStopIt() {
    // One tenant already up to date: Liquibase remembers that per connection URL (its fast check),
    // which made it skip fresh tenants until each tenant's URL named its namespace.
    tenancy("libsql.tenancy.migration.on-startup=none").run(context -> {
      context.getBean(TenantProvisioner.class).create("eager-up");
      context.getBean(TenantProvisioner.class).create("eager-up");
    });
    admin.create(TenantName.of("eager-a"));
    admin.create(TenantName.of("eager-b"));
    admin.create(TenantName.of("eager-broken"));
    deleteBehindTheCatalogsBack("eager-broken");

    tenancy("libsql.tenancy.migration.on-startup=eager").run(context -> {
      assertThat(context).hasNotFailed();
      for (String tenant : List.of("eager-a", "eager-b")) {
        assertThat(tablesOf(tenant)).as("tables of %s right after start-up", tenant).contains("tenant_note");
      }
      List<TenantOutcome> failures = context.getBean(TenantStartupMigration.class).report().failures();
      assertThat(failures).extracting(f -> f.tenant().value()).containsExactly("eager-broken");
      assertThat(failures.get(0).error()).contains("doesn't exist");
    });
  }

  @Test
  void lazyMigratesATenantOnItsFirstUseOnly() {
    admin.create(TenantName.of("lazy-a"));
    tenancy("libsql.tenancy.migration.on-startup=lazy").run(context -> {
      assertThat(context).hasNotFailed().doesNotHaveBean(TenantStartupMigration.class);
      assertThat(tablesOf("lazy-a")).as("before first use").doesNotContain("tenant_note");

      assertThat(noteCount(context.getBean(TenantDataSources.class), TenantName.of("lazy-a"))).isZero();

      assertThat(tablesOf("lazy-a")).as("after first use").contains("tenant_note");
    });
  }

  @Test
  void theProvisionerCreatesIdempotentlyAndDeletesForGood() {
    tenancy("libsql.tenancy.migration.on-startup=none").run(context -> {
      TenantProvisioner provisioner = context.getBean(TenantProvisioner.class);
      TenantDataSources tenants = context.getBean(TenantDataSources.class);

      provisioner.create("signup");
      assertThat(tablesOf("signup")).contains("tenant_note");
      insertNote(tenants, TenantName.of("signup"));
      provisioner.create("signup");   // again: nothing lost, nothing fails
      assertThat(noteCount(tenants, TenantName.of("signup"))).isEqualTo(1);
      assertThat(provisioner.list()).contains(TenantName.of("signup"));

      provisioner.delete("signup");
      assertThat(provisioner.exists("signup")).isFalse();
      assertThatThrownBy(() -> tenants.getConnection(TenantName.of("signup")))
          .isInstanceOf(UnknownTenantException.class);
      assertThatThrownBy(() -> provisioner.delete("signup")).isInstanceOf(TenantNotFoundException.class);
      assertThatThrownBy(() -> provisioner.create("Sign Up"))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lowercase letters");
    });
  }

  @Test
  void tenantPoolsInheritTheTokenAndReadFromTheReplicaInTheSameNamespace() {
    try (CountingProxy replica = CountingProxy.start(SQLD.cluster().replicas().get(0).httpUrl())) {
      tenancy("libsql.tenancy.migration.on-startup=lazy", "libsql.replicas=" + replica.url()).run(context -> {
        TenantProvisioner provisioner = context.getBean(TenantProvisioner.class);
        TenantDataSources tenants = context.getBean(TenantDataSources.class);
        provisioner.create("replicated");   // the lazy migration reads on the primary: it sees its own writes
        insertNote(tenants, TenantName.of("replicated"));
        replica.reset();

        // Autocommit reads go to the replica, with the token, in the tenant's namespace; it catches up.
        awaitNotes(tenants, "replicated", 1);
        assertThat(replica.requests("/v3/pipeline")).as(replica.toString()).isPositive();
      });
    }
  }

  @Test
  void withTheEmbeddedDevserverTenantsAreItsNamespacesAlsoOnItsReplica(@TempDir Path dataDir) {
    runner.withPropertyValues("libsql.devserver.data-dir=" + dataDir, "libsql.devserver.replicas=1",
        "libsql.tenancy.enabled=true", "libsql.tenancy.migration.changelog=" + CHANGELOG).run(context -> {
          assertThat(context).hasNotFailed().hasSingleBean(DevServer.class);
          assertThat(context.getBean(DevServer.class).adminUrl()).isNotNull();
          TenantDataSources tenants = context.getBean(TenantDataSources.class);
          context.getBean(TenantProvisioner.class).create("dev-a");
          context.getBean(TenantProvisioner.class).create("dev-b");
          insertNote(tenants, TenantName.of("dev-a"));

          awaitNotes(tenants, "dev-a", 1);   // reads go to the devserver replica, which catches up
          awaitNotes(tenants, "dev-b", 0);
          try (Connection main = context.getBean(DataSource.class).getConnection()) {
            assertThat(main.isValid(5)).as("the main database still works").isTrue();
          }
        });
  }

  @Test
  void withoutAnAdminUrlOrADevserverTheStartSaysWhatToSet() {
    runner.withPropertyValues("spring.datasource.url=jdbc:libsql:" + SQLD.node().httpUrl(),
        "libsql.namespace=default", "libsql.auth-token=" + KEYS.fullAccessToken(), "libsql.tenancy.enabled=true")
        .run(context -> assertThat(context).hasFailed().getFailure()
            .rootCause().isInstanceOf(LibSqlStartupException.class)
            .hasMessageContaining("libsql.tenancy.admin-url is not set"));
  }

  private static void deleteBehindTheCatalogsBack(String tenant) {
    try (SqldAdminTenantDatabases otherCatalog = SqldAdminTenantDatabases
        .builder(SQLD.node().httpUrl(), SQLD.node().adminUrl()).authToken(KEYS.fullAccessToken())
        .catalogNamespace("another-catalog").build()) {
      otherCatalog.delete(TenantName.of(tenant));
    }
  }

  /** The tables of a tenant, read with the driver alone (no first-use migration in the way). */
  private static List<String> tablesOf(String tenant) throws SQLException {
    try (LibSqlDataSource direct = new LibSqlDataSource("jdbc:libsql:" + SQLD.node().httpUrl())) {
      direct.setAuthToken(KEYS.fullAccessToken());
      direct.setNamespace(tenant);
      try (Connection connection = direct.getConnection(); Statement statement = connection.createStatement();
           ResultSet rows = statement.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
        List<String> names = new ArrayList<>();
        while (rows.next()) {
          names.add(rows.getString(1));
        }
        return names;
      }
    }
  }

  /**
   * Waits until reads of the tenant (served by a replica, which may lag: right after its migration
   * the replica may not even have the table) count {@code expected} notes.
   */
  private static void awaitNotes(TenantDataSources tenants, String tenant, long expected)
      throws InterruptedException {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (true) {
      try {
        if (noteCount(tenants, TenantName.of(tenant)) == expected) {
          return;
        }
      } catch (SQLException replicaWithoutTheTableYet) {
        assertThat(replicaWithoutTheTableYet.getMessage()).contains("no such table: tenant_note");
      }
      assertThat(System.nanoTime()).as("the replica has %s's %d notes within 10 s", tenant, expected)
          .isLessThan(deadline);
      Thread.sleep(50);
    }
  }

  private static long noteCount(TenantDataSources tenants, TenantName tenant) throws SQLException {
    try (Connection connection = tenants.getConnection(tenant); Statement statement = connection.createStatement();
         ResultSet rows = statement.executeQuery("SELECT count(*) FROM tenant_note")) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private static void insertNote(TenantDataSources tenants, TenantName tenant) throws SQLException {
    try (Connection connection = tenants.getConnection(tenant); Statement statement = connection.createStatement()) {
      statement.executeUpdate("INSERT INTO tenant_note(text) VALUES ('" + tenant + "')");
    }
  }
}
