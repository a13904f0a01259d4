package dev.libsql4j.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.libsql4j.testing.SqldExtension;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The bounded cache of per-tenant pools, on a real sqld with namespaces. */
class TenantDataSourcesTest {

  @RegisterExtension
  static final SqldExtension SQLD = SqldExtension.withNamespaces();

  private static final List<TenantName> TENANTS = Tenants.named("pools", 10);
  private static SqldAdminTenantDatabases databases;

  @BeforeAll
  static void tenants() {
    databases = Tenants.of(SQLD.node());
    TENANTS.forEach(databases::create);
  }

  @AfterAll
  static void close() {
    databases.close();
  }

  @Test
  void neverMorePoolsThanTheBoundAndTheLeastRecentlyUsedGoesFirst() throws SQLException {
    try (TenantDataSources dataSources = TenantDataSources.builder(databases).maxPools(3).build()) {
      for (TenantName tenant : TENANTS) {
        assertThat(Tenants.queryLong(dataSources, tenant, "SELECT 1")).isEqualTo(1);
        assertThat(dataSources.openPools()).isLessThanOrEqualTo(3);
      }
      assertThat(dataSources.poolsOpened()).isEqualTo(10);
      assertThat(dataSources.poolsClosed()).isEqualTo(7);

      // pools-7, -8, -9 are open; touching -7 makes -8 the eldest, so opening -0 closes -8.
      Tenants.queryLong(dataSources, TENANTS.get(7), "SELECT 1");
      Tenants.queryLong(dataSources, TENANTS.get(0), "SELECT 1");
      long opened = dataSources.poolsOpened();
      Tenants.queryLong(dataSources, TENANTS.get(7), "SELECT 1");
      Tenants.queryLong(dataSources, TENANTS.get(9), "SELECT 1");
      assertThat(dataSources.poolsOpened()).isEqualTo(opened);
      Tenants.queryLong(dataSources, TENANTS.get(8), "SELECT 1");
      assertThat(dataSources.poolsOpened()).isEqualTo(opened + 1);
    }
  }

  @Test
  void aPoolWithACheckedOutConnectionIsNotEvicted() throws SQLException {
    try (TenantDataSources dataSources = TenantDataSources.builder(databases).maxPools(2).build();
         Connection held = dataSources.getConnection(TENANTS.get(0))) {
      for (TenantName other : TENANTS.subList(1, 6)) {
        Tenants.queryLong(dataSources, other, "SELECT 1");
      }
      assertThat(dataSources.openPools()).isEqualTo(2);
      try (var statement = held.createStatement(); var rows = statement.executeQuery("SELECT 42")) {
        rows.next();
        assertThat(rows.getInt(1)).isEqualTo(42);
      }
    }
  }

  @Test
  void poolsOverTheBoundWhileInUseAreClosedOnceReturned() throws SQLException {
    try (TenantDataSources dataSources = TenantDataSources.builder(databases).maxPools(1)
        .idleTimeout(Duration.ofMillis(200)).build()) {
      Connection a = dataSources.getConnection(TENANTS.get(0));
      Connection b = dataSources.getConnection(TENANTS.get(1));
      assertThat(dataSources.openPools()).isEqualTo(2);
      a.close();
      b.close();
      await(() -> dataSources.poolsClosed() == 2);
      assertThat(dataSources.openPools()).isZero();
    }
  }

  @Test
  void idlePoolsAreClosedAfterTheIdleTimeout() throws SQLException {
    try (TenantDataSources dataSources = TenantDataSources.builder(databases)
        .idleTimeout(Duration.ofMillis(300)).build()) {
      for (TenantName tenant : TENANTS.subList(0, 4)) {
        Tenants.queryLong(dataSources, tenant, "SELECT 1");
      }
      assertThat(dataSources.poolsOpened()).isEqualTo(4);

      await(() -> dataSources.poolsClosed() == 4);
      assertThat(dataSources.openPools()).isZero();
      // Used again: opened again.
      assertThat(Tenants.queryLong(dataSources, TENANTS.get(0), "SELECT 7")).isEqualTo(7);
    }
  }

  @Test
  void aDeletedTenantIsEvictedAndThenNotFound() throws SQLException {
    TenantName doomed = TenantName.of("pools-doomed");
    try (TenantDataSources dataSources = TenantDataSources.builder(databases).build()) {
      dataSources.create(doomed);
      Tenants.execute(dataSources, doomed, "CREATE TABLE t(x)");
      DataSource view = dataSources.dataSource(doomed);
      assertThat(dataSources.openPools()).isEqualTo(1);

      dataSources.delete(doomed);

      assertThat(dataSources.openPools()).isZero();
      assertThat(databases.exists(doomed)).isFalse();
      assertThatThrownBy(view::getConnection)
          .isInstanceOf(UnknownTenantException.class)
          .hasMessageContaining("Tenant 'pools-doomed' not found")
          .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("08004"));

      // The name can be used again after a new create.
      dataSources.create(doomed);
      assertThat(Tenants.queryLong(dataSources, doomed, "SELECT count(*) FROM sqlite_schema")).isZero();
    }
  }

  @Test
  void aTransactionOnATenantWithoutADatabaseFailsWithThatAndStillRollsBack() throws SQLException {
    // As a @Transactional service meets it: the statement fails with 08004, then the framework
    // rolls back. If the pool evicted the connection on 08004, the rollback would fail on a closed
    // connection and its error would replace "not found" (a 404 would become a 500).
    TenantName missing = TenantName.of("pools-never-created");
    try (TenantDataSources dataSources = TenantDataSources.builder(databases).build();
         Connection connection = dataSources.dataSource(missing).getConnection()) {
      connection.setAutoCommit(false);

      assertThatThrownBy(() -> connection.createStatement().executeQuery("SELECT 1"))
          .isInstanceOf(SQLException.class)
          .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("08004"));

      connection.rollback();
      assertThat(connection.isClosed()).isFalse();
    }
  }

  @Test
  void workIsRunAgainWhenTheServerBrieflyMissesAnExistingTenant() throws Exception {
    // The first pool points at a namespace sqld does not have (as sqld 0.24 answers for a moment
    // while it swaps namespaces); the provisioner says the tenant exists, so the work runs again.
    TenantName tenant = TENANTS.get(0);
    AtomicInteger resolved = new AtomicInteger();
    TenantDatabases flaky = new DelegatingDatabases(databases) {
      @Override
      public TenantConnection connection(TenantName name) {
        TenantConnection real = super.connection(name);
        return resolved.getAndIncrement() == 0
            ? new TenantConnection(name, real.jdbcUrl().replace("namespace=" + name, "namespace=not-there"),
                real.authToken(), "not-there") : real;
      }
    };
    try (TenantDataSources dataSources = TenantDataSources.builder(flaky).build()) {
      long value = dataSources.withConnection(tenant, c -> {
        try (var statement = c.createStatement(); var rows = statement.executeQuery("SELECT 5")) {
          rows.next();
          return rows.getLong(1);
        }
      });
      assertThat(value).isEqualTo(5);
      assertThat(resolved.get()).isEqualTo(2);
    }
  }

  @Test
  void workOnATenantThatReallyDoesNotExistFailsAtOnce() {
    AtomicInteger runs = new AtomicInteger();
    try (TenantDataSources dataSources = TenantDataSources.builder(databases).build()) {
      assertThatThrownBy(() -> dataSources.withConnection(TenantName.of("pools-never-created"), c -> {
        runs.incrementAndGet();
        try (var statement = c.createStatement()) {
          return statement.execute("SELECT 1");
        }
      })).isInstanceOf(SQLException.class)
          .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("08004"));
      assertThat(runs.get()).isEqualTo(1);
    }
  }

  @Test
  void boundsMustBePositive() {
    var builder = TenantDataSources.builder(databases);
    assertThatThrownBy(() -> builder.maxPools(0)).hasMessageContaining("maxPools must be at least 1");
    assertThatThrownBy(() -> builder.idleTimeout(Duration.ZERO)).hasMessageContaining("idleTimeout must be positive");
    assertThatThrownBy(() -> builder.maxConnectionsPerTenant(0))
        .hasMessageContaining("maxConnectionsPerTenant must be at least 1");
  }

  @Test
  void closedCacheRefusesConnections() {
    TenantDataSources dataSources = TenantDataSources.builder(databases).build();
    dataSources.close();
    assertThatThrownBy(() -> dataSources.getConnection(TENANTS.get(0)))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("closed");
  }

  /** The sweeper runs in the background: wait for it with a deadline. */
  private static void await(BooleanSupplier condition) {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    assertThat(condition.getAsBoolean()).as("condition reached within 10 s").isTrue();
  }
}
