package dev.libsql4j.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.libsql4j.tenancy.migration.TenantMigration;
import dev.libsql4j.testing.SqldExtension;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link TenantDataSources.Builder#migrateOnFirstUse}: a tenant is migrated before its first connection, once. */
class FirstUseMigrationTest {

  @RegisterExtension
  static final SqldExtension SQLD = SqldExtension.withNamespaces();

  private static SqldAdminTenantDatabases databases;

  @BeforeAll
  static void provisioner() {
    databases = Tenants.of(SQLD.node());
  }

  @AfterAll
  static void close() {
    databases.close();
  }

  @Test
  void theFirstConnectionFindsTheTenantMigratedAndLaterOnesDoNotMigrateAgain() throws SQLException {
    CountingMigration migration = new CountingMigration();
    TenantName tenant = TenantName.of("lazy-once");
    try (TenantDataSources tenants = TenantDataSources.builder(databases).maxPools(1)
        .migrateOnFirstUse(migration).build()) {
      tenants.create(tenant);
      tenants.create(TenantName.of("lazy-other"));
      assertThat(Tenants.queryLong(tenants, tenant, "SELECT count(*) FROM lazy")).isZero();
      Tenants.queryLong(tenants, TenantName.of("lazy-other"), "SELECT 1");   // evicts lazy-once's pool
      assertThat(Tenants.queryLong(tenants, tenant, "SELECT count(*) FROM lazy")).isZero();

      assertThat(migration.runs.get(tenant).get()).as("runs on lazy-once, whose pool was opened twice").isEqualTo(1);
      assertThat(tenants.poolsOpened()).isGreaterThanOrEqualTo(3);
    }
  }

  @Test
  void threadsAskingForANewTenantAtOnceWaitForOneRun() throws Exception {
    CountingMigration migration = new CountingMigration();
    TenantName tenant = TenantName.of("lazy-crowd");
    int threads = 6;
    CyclicBarrier together = new CyclicBarrier(threads);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try (TenantDataSources tenants = TenantDataSources.builder(databases).maxConnectionsPerTenant(threads + 1)
        .migrateOnFirstUse(migration).build()) {
      tenants.create(tenant);
      List<Future<Long>> counts = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        counts.add(pool.submit(() -> {
          together.await(30, TimeUnit.SECONDS);
          return Tenants.queryLong(tenants, tenant, "SELECT count(*) FROM lazy");
        }));
      }
      for (Future<Long> count : counts) {
        assertThat(count.get(60, TimeUnit.SECONDS)).isZero();
      }
      assertThat(migration.runs.get(tenant).get()).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aTenantDeletedAndCreatedAgainIsMigratedAgain() throws SQLException {
    CountingMigration migration = new CountingMigration();
    TenantName tenant = TenantName.of("lazy-reborn");
    try (TenantDataSources tenants = TenantDataSources.builder(databases).migrateOnFirstUse(migration).build()) {
      tenants.create(tenant);
      Tenants.execute(tenants, tenant, "INSERT INTO lazy VALUES (1)");
      tenants.delete(tenant);
      tenants.create(tenant);

      assertThat(Tenants.queryLong(tenants, tenant, "SELECT count(*) FROM lazy")).isZero();
      assertThat(migration.runs.get(tenant).get()).isEqualTo(2);
    }
  }

  @Test
  void aFailingMigrationFailsTheConnectionAndRunsAgainNextTime() throws SQLException {
    CountingMigration failsOnce = new CountingMigration(1);
    TenantName tenant = TenantName.of("lazy-retry");
    try (TenantDataSources tenants = TenantDataSources.builder(databases).migrateOnFirstUse(failsOnce).build()) {
      tenants.create(tenant);
      assertThatThrownBy(() -> tenants.getConnection(tenant))
          .isInstanceOf(SQLException.class)
          .hasMessage("Tenant 'lazy-retry' could not be migrated on first use (create-lazy): "
              + "changelog not found: db/missing.xml")
          .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("HY000");

      assertThat(Tenants.queryLong(tenants, tenant, "SELECT count(*) FROM lazy")).isZero();
      assertThat(failsOnce.runs.get(tenant)).hasValue(2);
    }
  }

  @Test
  void aTenantWithoutADatabaseIsUnknownTenantOnFirstUse() {
    try (TenantDataSources tenants = TenantDataSources.builder(databases)
        .migrateOnFirstUse(new CountingMigration()).build()) {
      assertThatThrownBy(() -> tenants.getConnection(TenantName.of("lazy-never-created")))
          .isInstanceOf(UnknownTenantException.class)
          .hasMessageContaining("Tenant 'lazy-never-created' not found")
          .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("08004");
    }
  }

  /** Creates table {@code lazy}; counts its runs per tenant; fails the first {@code failures} runs. */
  private static final class CountingMigration implements TenantMigration {

    final Map<TenantName, AtomicInteger> runs = new ConcurrentHashMap<>();
    private final AtomicInteger failures;

    CountingMigration() {
      this(0);
    }

    CountingMigration(int failures) {
      this.failures = new AtomicInteger(failures);
    }

    @Override
    public String id() {
      return "create-lazy";
    }

    @Override
    public void migrate(TenantName tenant, Connection connection) throws SQLException {
      runs.computeIfAbsent(tenant, t -> new AtomicInteger()).incrementAndGet();
      if (failures.getAndDecrement() > 0) {
        throw new IllegalStateException("changelog not found: db/missing.xml");
      }
      try (Statement statement = connection.createStatement()) {
        statement.execute("CREATE TABLE IF NOT EXISTS lazy (x)");
      }
    }
  }
}
