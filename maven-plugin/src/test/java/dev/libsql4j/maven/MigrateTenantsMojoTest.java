package dev.libsql4j.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.libsql4j.tenancy.SqldAdminTenantDatabases;
import dev.libsql4j.tenancy.TenantName;
import dev.libsql4j.testing.JwtKeys;
import dev.libsql4j.testing.SqldExtension;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code libsql4j:migrate-tenants} on a real sqld with namespaces, its admin API and JWT auth: the
 * mojo as Maven configures it, a Liquibase changelog on disk, the token from the environment.
 */
class MigrateTenantsMojoTest {

  private static final JwtKeys KEYS = JwtKeys.generate();

  @RegisterExtension
  static final SqldExtension SQLD = SqldExtension.custom(node -> node.namespaces(true).jwtAuth(KEYS));

  private static final String CHANGELOG = """
      <?xml version="1.0" encoding="UTF-8"?>
      <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
          xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog https://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.33.xsd">
        <changeSet id="1-customer" author="mojo-test">
          <createTable tableName="customer">
            <column name="id" type="INTEGER" autoIncrement="true"><constraints primaryKey="true"/></column>
            <column name="name" type="TEXT"><constraints nullable="false"/></column>
          </createTable>
        </changeSet>
        <changeSet id="2-invoice" author="mojo-test">
          <createTable tableName="invoice">
            <column name="id" type="INTEGER" autoIncrement="true"><constraints primaryKey="true"/></column>
            <column name="customer_id" type="INTEGER">
              <constraints nullable="false" foreignKeyName="fk_invoice_customer" references="customer(id)"/>
            </column>
          </createTable>
        </changeSet>
      </databaseChangeLog>
      """;

  private static SqldAdminTenantDatabases databases;

  @TempDir
  Path dir;

  private final RecordingLog log = new RecordingLog();

  @BeforeAll
  static void provisioner() {
    databases = SqldAdminTenantDatabases.builder(SQLD.node().httpUrl(), SQLD.node().adminUrl())
        .authToken(KEYS.fullAccessToken()).build();
  }

  @AfterAll
  static void closeProvisioner() {
    databases.close();
  }

  @Test
  void migratesEveryTenantOfTheCatalogReportsTheBrokenOneAndARerunAfterTheFixFinishesIt() throws Exception {
    List<TenantName> tenants = create("shop", 6);
    TenantName broken = tenants.get(3);
    // a table the changelog's second change set also creates: Liquibase fails there on this tenant
    execute(broken, "CREATE TABLE invoice(legacy TEXT)");
    MigrateTenantsMojo mojo = mojo();
    mojo.adminUrl = SQLD.node().adminUrl().toString();

    assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
        .hasMessageStartingWith("1 of 6 tenant(s) failed: shop-3. Fix them and run the goal again: the journal ");
    for (TenantName tenant : tenants) {
      assertThat(count(tenant, "DATABASECHANGELOG")).as("change sets run on %s", tenant)
          .isEqualTo(tenant.equals(broken) ? 1 : 2);
    }
    assertThat(log.lines()).contains("[INFO] Migrating 6 tenant(s), 0 already done by an earlier run");
    assertThat(log.text()).contains("[WARNING] Tenant shop-3 failed: ", "[ERROR] FAILED shop-3: ")
        .containsPattern("\\[INFO] 6/6 tenants done: 5 migrated, 1 failed, 0 skipped, [0-9.]+ s")
        .contains(": 5 migrated, 0 skipped (done before), 1 failed, 0 not reached, of 6 tenants");
    assertThat(log.text()).doesNotContain(KEYS.fullAccessToken());

    execute(broken, "DROP TABLE invoice");
    RecordingLog rerunLog = new RecordingLog();
    MigrateTenantsMojo rerun = mojo();
    rerun.adminUrl = SQLD.node().adminUrl().toString();
    rerun.setLog(rerunLog);
    rerun.execute();

    assertThat(count(broken, "DATABASECHANGELOG")).isEqualTo(2);
    assertThat(rerunLog.text()).contains("Migrating 6 tenant(s), 5 already done by an earlier run",
        ": 1 migrated, 5 skipped (done before), 0 failed, 0 not reached, of 6 tenants");
  }

  @Test
  void listedTenantsNeedNoAdminApiAndFailOnErrorFalseOnlyReports() throws Exception {
    List<TenantName> tenants = createOutsideTheCatalog("listed", 2);
    MigrateTenantsMojo mojo = mojo();
    mojo.tenants = List.of("listed-0", "listed-1", "never-created");
    mojo.failOnError = false;

    mojo.execute();

    assertThat(count(tenants.get(0), "customer")).isZero();
    assertThat(count(tenants.get(1), "customer")).isZero();
    assertThat(log.text()).contains("[ERROR] FAILED never-created: ")
        .contains(": 2 migrated, 0 skipped (done before), 1 failed");
  }

  @Test
  void withoutTheTokenEveryTenantFailsWithTheServersReason() throws Exception {
    createOutsideTheCatalog("no-token", 1);
    MigrateTenantsMojo mojo = mojo();
    mojo.environment = name -> null;
    mojo.tenants = List.of("no-token-0");

    assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
        .hasMessageStartingWith("1 of 1 tenant(s) failed: no-token-0.");
    assertThat(log.text()).contains("[ERROR] FAILED no-token-0: ").containsIgnoringCase("token");
  }

  @Test
  void saysWhichTenantsToSetWhenThereIsNeitherAnAdminUrlNorAList() {
    assertThatThrownBy(mojo()::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessage("Which tenants? Set adminUrl (-Dlibsql4j.tenants.adminUrl, the sqld admin API) to migrate every"
            + " tenant of its catalog, or list them in tenants (-Dlibsql4j.tenants.list=a,b).");
  }

  @Test
  void aMissingChangelogIsAConfigurationError() {
    MigrateTenantsMojo mojo = mojo();
    mojo.changelog = "db/absent.xml";
    mojo.tenants = List.of("x");
    assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessageStartingWith("The changelog db/absent.xml cannot be read from " + dir);
  }

  /** The mojo as Maven configures it from the POM's defaults, the token in LIBSQL_AUTH_TOKEN. */
  private MigrateTenantsMojo mojo() {
    try {
      Files.createDirectories(dir.resolve("db"));
      Files.writeString(dir.resolve("db/tenants.xml"), CHANGELOG);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    MigrateTenantsMojo mojo = new MigrateTenantsMojo();
    mojo.url = SQLD.node().httpUrl().toString();
    mojo.changelog = "db/tenants.xml";
    mojo.changelogDirectory = dir.toFile();
    mojo.parallelism = 3;
    mojo.journal = new File(dir.toFile(), "journal/tenants.jsonl");
    mojo.failOnError = true;
    mojo.authTokenEnv = "LIBSQL_AUTH_TOKEN";
    mojo.authTokenProperty = "libsql4j.authToken";
    mojo.adminAuthKeyEnv = "LIBSQL_ADMIN_AUTH_KEY";
    mojo.adminAuthKeyProperty = "libsql4j.adminAuthKey";
    mojo.environment = Map.of("LIBSQL_AUTH_TOKEN", KEYS.fullAccessToken())::get;
    mojo.setLog(log);
    return mojo;
  }

  /** Tenants in the admin API's catalog: those migrate-tenants finds through adminUrl. */
  private static List<TenantName> create(String prefix, int count) {
    List<TenantName> tenants = named(prefix, count);
    tenants.forEach(databases::create);
    return tenants;
  }

  /** Namespaces only: the catalog (and the test that migrates all of it) does not see them. */
  private static List<TenantName> createOutsideTheCatalog(String prefix, int count) {
    List<TenantName> tenants = named(prefix, count);
    tenants.forEach(tenant -> SQLD.node().createNamespace(tenant.value()));
    return tenants;
  }

  private static List<TenantName> named(String prefix, int count) {
    return IntStream.range(0, count).mapToObj(i -> TenantName.of(prefix + "-" + i)).toList();
  }

  private static void execute(TenantName tenant, String sql) throws SQLException {
    try (Connection c = databases.connection(tenant).newDataSource().getConnection();
         Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private static long count(TenantName tenant, String table) throws SQLException {
    try (Connection c = databases.connection(tenant).newDataSource().getConnection();
         Statement s = c.createStatement();
         ResultSet rows = s.executeQuery("SELECT count(*) FROM " + table)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
