package dev.libsql4j.tenancy.fanout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.libsql4j.tenancy.SqldAdminTenantDatabases;
import dev.libsql4j.tenancy.TenantDataSources;
import dev.libsql4j.tenancy.TenantName;
import dev.libsql4j.tenancy.Tenants;
import dev.libsql4j.testing.SqldExtension;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One query across tenants of a real sqld: tagged results, bounded concurrency, deadline, partial failures. */
class FanOutTest {

  @RegisterExtension
  static final SqldExtension SQLD = SqldExtension.withNamespaces();

  /** Tenant i holds i orders. */
  private static final List<TenantName> TENANTS = Tenants.named("fan", 12);
  private static SqldAdminTenantDatabases databases;
  private static TenantDataSources dataSources;

  @BeforeAll
  static void tenantsWithOrders() throws SQLException {
    databases = Tenants.of(SQLD.node());
    dataSources = TenantDataSources.builder(databases).maxPools(4).build();
    for (int i = 0; i < TENANTS.size(); i++) {
      TenantName tenant = TENANTS.get(i);
      dataSources.create(tenant);
      Tenants.execute(dataSources, tenant, "CREATE TABLE orders(id INTEGER PRIMARY KEY, cents INTEGER)");
      for (int order = 0; order < i; order++) {
        Tenants.execute(dataSources, tenant, "INSERT INTO orders(cents) VALUES (" + (100 * i) + ")");
      }
    }
  }

  @AfterAll
  static void close() {
    dataSources.close();
    databases.close();
  }

  @Test
  void countsEveryTenantTaggedWithItsName() {
    FanOut fanOut = FanOut.over(dataSources).concurrency(3).build();

    FanOutResult<List<Long>> counts = fanOut.query(TENANTS, "SELECT count(*) FROM orders", row -> row.getLong(1));

    assertThat(counts.complete()).isTrue();
    assertThat(counts.results()).hasSize(TENANTS.size());
    for (int i = 0; i < TENANTS.size(); i++) {
      assertThat(counts.byTenant().get(TENANTS.get(i))).containsExactly((long) i);
    }
  }

  @Test
  void queryArgumentsAreBoundOnEveryTenant() {
    FanOut fanOut = FanOut.over(dataSources).build();

    FanOutResult<List<Long>> big = fanOut.query(TENANTS, "SELECT count(*) FROM orders WHERE cents >= ?",
        row -> row.getLong(1), 500);

    Map<TenantName, List<Long>> byTenant = big.byTenant();
    assertThat(byTenant.get(TENANTS.get(4))).containsExactly(0L);
    assertThat(byTenant.get(TENANTS.get(5))).containsExactly(5L);
  }

  @Test
  void neverRunsMoreTenantsAtOnceThanTheConcurrency() {
    AtomicInteger running = new AtomicInteger();
    AtomicInteger mostAtOnce = new AtomicInteger();
    FanOut fanOut = FanOut.over(dataSources).concurrency(3).build();

    FanOutResult<Long> result = fanOut.run(TENANTS, connection -> {
      mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
      try (Statement statement = connection.createStatement();
           // A query that takes a moment, so that the tenants overlap.
           ResultSet rows = statement.executeQuery(
               "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200000) SELECT count(*) FROM n")) {
        rows.next();
        return rows.getLong(1);
      } finally {
        running.decrementAndGet();
      }
    });

    assertThat(result.complete()).isTrue();
    assertThat(mostAtOnce.get()).isBetween(2, 3);
  }

  @Test
  void resultsStreamToTheCallerAsTheyArrive() {
    List<TenantName> seen = new ArrayList<>();
    Thread caller = Thread.currentThread();
    FanOut fanOut = FanOut.over(dataSources).concurrency(4).build();

    FanOutResult<Long> result = fanOut.run(TENANTS, connection -> 1L, each -> {
      assertThat(Thread.currentThread()).isSameAs(caller);
      seen.add(each.tenant());
    });

    assertThat(seen).containsExactlyElementsOf(result.results().stream().map(TenantResult::tenant).toList())
        .containsExactlyInAnyOrderElementsOf(TENANTS);
  }

  @Test
  void aFailingTenantIsReportedAndTheOthersAnswer() throws SQLException {
    TenantName withoutTable = TenantName.of("fan-no-orders");
    dataSources.create(withoutTable);
    List<TenantName> tenants = new ArrayList<>(TENANTS);
    tenants.add(withoutTable);

    FanOutResult<List<Long>> counts = FanOut.over(dataSources).build()
        .query(tenants, "SELECT count(*) FROM orders", row -> row.getLong(1));

    assertThat(counts.results()).hasSize(TENANTS.size());
    assertThat(counts.failures()).singleElement().satisfies(failure -> {
      assertThat(failure.tenant()).isEqualTo(withoutTable);
      assertThat(failure.reason()).isEqualTo(TenantFailure.Reason.FAILED);
      assertThat(failure.cause()).isInstanceOf(SQLException.class).hasMessageContaining("no such table: orders");
      assertThat(failure.describe()).startsWith("fan-no-orders: FAILED: ");
    });
  }

  @Test
  void aDeletedTenantIsReportedAsNotFound() {
    TenantName deleted = TenantName.of("fan-deleted");
    dataSources.create(deleted);
    dataSources.delete(deleted);

    FanOutResult<Long> result = FanOut.over(dataSources).build().run(List.of(TENANTS.get(1), deleted), c -> 1L);

    assertThat(result.byTenant()).containsOnlyKeys(TENANTS.get(1));
    assertThat(result.failures()).singleElement().satisfies(failure -> {
      assertThat(failure.tenant()).isEqualTo(deleted);
      assertThat(failure.reason()).isEqualTo(TenantFailure.Reason.TENANT_NOT_FOUND);
    });
  }

  @Test
  void tenantsStillRunningAtTheDeadlineAreReportedAndCancelled() throws InterruptedException {
    TenantName slow = TENANTS.get(3);
    CountDownLatch never = new CountDownLatch(1);
    CountDownLatch cancelled = new CountDownLatch(1);
    FanOut fanOut = FanOut.over(dataSources).concurrency(4).deadline(Duration.ofMillis(1000)).build();

    FanOutResult<Long> result;
    try {
      result = fanOut.run(TENANTS, connection -> {
        long one;
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("SELECT 1")) {
          rows.next();
          one = rows.getLong(1);
        }
        if (slowTenant(connection, slow)) {
          // Still working at the deadline, whatever the machine's speed: only the fan-out's cancel ends it.
          try {
            never.await();
          } catch (InterruptedException cancel) {
            cancelled.countDown();
            Thread.currentThread().interrupt();
            throw new SQLException("cancelled by the fan-out", cancel);
          }
        }
        return one;
      });
    } finally {
      never.countDown();
    }

    assertThat(result.results()).hasSize(TENANTS.size() - 1);
    assertThat(result.failures()).singleElement().satisfies(failure -> {
      assertThat(failure.tenant()).isEqualTo(slow);
      assertThat(failure.reason()).isEqualTo(TenantFailure.Reason.DEADLINE_EXCEEDED);
      assertThat(failure.cause()).isInstanceOf(TimeoutException.class).hasMessageContaining("PT1S");
    });
    assertThat(cancelled.await(30, TimeUnit.SECONDS)).as("the slow tenant's work was interrupted").isTrue();
  }

  @Test
  void settingsMustBePositive() {
    FanOut.Builder builder = FanOut.over(dataSources);
    assertThatThrownBy(() -> builder.concurrency(0)).hasMessageContaining("concurrency must be at least 1");
    assertThatThrownBy(() -> builder.deadline(Duration.ZERO)).hasMessageContaining("deadline must be positive");
  }

  /** Whether the connection belongs to {@code slow}: its orders count is the tenant's index. */
  private static boolean slowTenant(java.sql.Connection connection, TenantName slow) throws SQLException {
    try (Statement statement = connection.createStatement();
         ResultSet rows = statement.executeQuery("SELECT count(*) FROM orders")) {
      rows.next();
      return TENANTS.get(rows.getInt(1)).equals(slow);
    }
  }
}
