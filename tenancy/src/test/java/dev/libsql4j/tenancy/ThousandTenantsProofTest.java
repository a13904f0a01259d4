package dev.libsql4j.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.libsql4j.tenancy.fanout.FanOut;
import dev.libsql4j.tenancy.fanout.FanOutResult;
import dev.libsql4j.tenancy.fanout.TenantFailure;
import dev.libsql4j.tenancy.liquibase.LiquibaseTenantMigration;
import dev.libsql4j.tenancy.migration.MigrationListener;
import dev.libsql4j.tenancy.migration.MigrationProgress;
import dev.libsql4j.tenancy.migration.MigrationReport;
import dev.libsql4j.tenancy.migration.TenantMigration;
import dev.libsql4j.tenancy.migration.TenantMigrator;
import dev.libsql4j.tenancy.migration.TenantOutcome;
import dev.libsql4j.testing.SqldExtension;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The proof of issue #8 on a real sqld with namespaces: create and migrate 1,000 tenant databases
 * (Liquibase), count across all of them with one fan-out, delete 10 and show they are gone, with a
 * bounded number of pools and threads throughout. Prints the times and counts recorded in
 * docs/benchmarks.md; asserts correctness and the bounds, never speed.
 *
 * <p>{@code -Dlibsql4j.tenancy.proof.tenants=N} changes the number of tenants (default 1000).
 */
class ThousandTenantsProofTest {

  @RegisterExtension
  static final SqldExtension SQLD = SqldExtension.withNamespaces();

  private static final Logger LIQUIBASE_LOG = Logger.getLogger("liquibase");
  private static final int TENANTS = Integer.getInteger("libsql4j.tenancy.proof.tenants", 1000);
  private static final int MAX_POOLS = 32;
  private static final int PARALLELISM = 8;
  private static final int FAN_OUT_CONCURRENCY = 16;

  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private final AtomicInteger mostPools = new AtomicInteger();
  private final AtomicInteger mostOwnThreads = new AtomicInteger();
  private final AtomicInteger mostHttpClientThreads = new AtomicInteger();

  @Test
  void createMigrateFanOutAndDeleteAThousandTenants() throws Exception {
    LIQUIBASE_LOG.setLevel(Level.WARNING);
    List<TenantName> tenants = Tenants.named("t", TENANTS);
    int threadsBefore = threads.getThreadCount();
    threads.resetPeakThreadCount();
    try (SqldAdminTenantDatabases databases = Tenants.of(SQLD.node());
         TenantDataSources dataSources = TenantDataSources.builder(databases).maxPools(MAX_POOLS).build()) {

      long start = System.nanoTime();
      createAll(databases, tenants);
      long created = System.nanoTime();
      MigrationReport migrated = TenantMigrator.builder(dataSources).parallelism(PARALLELISM)
          .listener(sampler(dataSources)).build()
          .migrate(tenants, new LiquibaseTenantMigration("db/tenant-changelog.xml"));
      long migratedAt = System.nanoTime();
      assertThat(migrated.succeeded()).as(migrated.summary()).isTrue();

      // Tenant t-i gets i % 10 customers, so the fan-out total is known.
      MigrationReport seeded = TenantMigrator.builder(dataSources).parallelism(PARALLELISM)
          .listener(sampler(dataSources)).build().migrate(tenants, new SeedCustomers());
      assertThat(seeded.succeeded()).as(seeded.summary()).isTrue();

      FanOut fanOut = FanOut.over(dataSources).concurrency(FAN_OUT_CONCURRENCY).build();
      long fanOutStart = System.nanoTime();
      FanOutResult<List<Long>> counts = fanOut.query(tenants, "SELECT count(*) FROM customer", r -> r.getLong(1));
      long fanOutEnd = System.nanoTime();
      sample(dataSources);
      assertThat(counts.complete()).isTrue();
      assertThat(counts.results()).hasSize(TENANTS);
      long total = counts.results().stream().mapToLong(r -> r.value().get(0)).sum();
      assertThat(total).isEqualTo(expectedCustomers());

      List<TenantName> doomed = tenants.subList(0, 10);
      long deleteStart = System.nanoTime();
      doomed.forEach(dataSources::delete);
      long deleteEnd = System.nanoTime();
      List<TenantName> listed = databases.list();
      assertThat(listed).hasSize(TENANTS - 10).doesNotContainAnyElementsOf(doomed);
      assertThat(doomed).noneMatch(databases::exists);
      FanOutResult<List<Long>> afterDelete = fanOut.query(tenants.subList(0, 20), "SELECT count(*) FROM customer",
          r -> r.getLong(1));
      assertThat(afterDelete.results()).hasSize(10);
      assertThat(afterDelete.failures()).hasSize(10)
          .allSatisfy(f -> assertThat(f.reason()).isEqualTo(TenantFailure.Reason.TENANT_NOT_FOUND))
          .extracting(TenantFailure::tenant).containsExactlyInAnyOrderElementsOf(doomed);

      assertThat(mostPools.get()).isLessThanOrEqualTo(MAX_POOLS);
      // Ours: the housekeeping thread, migrator/fan-out workers, at most 2 per open pool (HikariCP's
      // connection adder and closer, which exit when idle).
      assertThat(mostOwnThreads.get()).isLessThanOrEqualTo(1 + FAN_OUT_CONCURRENCY + 2 * MAX_POOLS);

      MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
      System.gc();
      System.out.printf(Locale.ROOT, "%n[tenancy proof] tenants=%d pools<=%d parallelism=%d fan-out concurrency=%d%n"
              + "[tenancy proof] create %d: %.1f s; migrate (Liquibase, 2 changesets): %.1f s; create+migrate: %.1f s%n"
              + "[tenancy proof] fan-out count over %d: %.2f s (total %d); delete 10: %.2f s%n"
              + "[tenancy proof] pools opened %d, closed %d, most open at once %d%n"
              + "[tenancy proof] threads before %d, peak %d; most libsql4j threads %d; most HttpClient threads %d;"
              + " heap after GC %d MB%n",
          TENANTS, MAX_POOLS, PARALLELISM, FAN_OUT_CONCURRENCY,
          TENANTS, seconds(start, created), seconds(created, migratedAt), seconds(start, migratedAt),
          TENANTS, seconds(fanOutStart, fanOutEnd), total, seconds(deleteStart, deleteEnd),
          dataSources.poolsOpened(), dataSources.poolsClosed(), mostPools.get(),
          threadsBefore, threads.getPeakThreadCount(), mostOwnThreads.get(), mostHttpClientThreads.get(),
          memory.getHeapMemoryUsage().getUsed() / (1024 * 1024));
    }
  }

  /** Creates the tenants on {@link #PARALLELISM} threads (sqld creates a namespace in tens of ms). */
  private static void createAll(TenantDatabases databases, List<TenantName> tenants) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(PARALLELISM);
    try {
      List<Future<?>> created = new ArrayList<>();
      tenants.forEach(t -> created.add(pool.submit(() -> databases.create(t))));
      for (Future<?> future : created) {
        future.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static long expectedCustomers() {
    long total = 0;
    for (int i = 0; i < TENANTS; i++) {
      total += i % 10;
    }
    return total;
  }

  private MigrationListener sampler(TenantDataSources dataSources) {
    return new MigrationListener() {
      @Override
      public void tenantFinished(TenantOutcome outcome, MigrationProgress progress) {
        sample(dataSources);
      }
    };
  }

  private void sample(TenantDataSources dataSources) {
    mostPools.accumulateAndGet(dataSources.openPools(), Math::max);
    int own = 0;
    int httpClient = 0;
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      own += thread.getName().startsWith("libsql4j-") ? 1 : 0;
      httpClient += thread.getName().startsWith("HttpClient-") ? 1 : 0;
    }
    mostOwnThreads.accumulateAndGet(own, Math::max);
    mostHttpClientThreads.accumulateAndGet(httpClient, Math::max);
  }

  private static double seconds(long fromNanos, long toNanos) {
    return (toNanos - fromNanos) / 1e9;
  }

  /** Gives tenant {@code t-i} {@code i % 10} customers in one statement. */
  private static final class SeedCustomers implements TenantMigration {

    @Override
    public String id() {
      return "seed-customers";
    }

    @Override
    public void migrate(TenantName tenant, Connection connection) throws Exception {
      int count = Integer.parseInt(tenant.value().substring(2)) % 10;
      try (PreparedStatement insert = connection.prepareStatement(
          "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 9)"
              + " INSERT INTO customer(name) SELECT 'customer-' || i FROM n WHERE i <= ?")) {
        insert.setInt(1, count);
        insert.executeUpdate();
      }
    }
  }
}
