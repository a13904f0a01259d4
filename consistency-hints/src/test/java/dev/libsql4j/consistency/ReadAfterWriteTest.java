package dev.libsql4j.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Read-after-write on a real primary with two replicas: without hints a read on a replica right
 * after a write on the primary is sometimes stale; with {@code primary}, read-your-writes (explicit,
 * per thread, sticky) and inside a write transaction it never is, over thousands of interleaved
 * write/read pairs from several threads — while replicas still serve reads.
 */
class ReadAfterWriteTest {

  private static final int THREADS = 4;
  private static ClusterFixture fixture;

  @BeforeAll
  static void start() throws SQLException, InterruptedException {
    fixture = new ClusterFixture();
    fixture.execute("CREATE TABLE counter (id INTEGER PRIMARY KEY, v INTEGER NOT NULL)");
    for (int id = 0; id < THREADS; id++) {
      fixture.execute("INSERT INTO counter VALUES (" + id + ", 0)");
    }
    fixture.awaitReplicas("SELECT count(*) FROM counter", THREADS);
  }

  @AfterAll
  static void stop() {
    fixture.close();
  }

  @BeforeEach
  void resetCounts() {
    fixture.resetCounts();
  }

  @AfterEach
  void noImplicitScope() {
    Consistency.configure(WatermarkScope.NONE, null);
  }

  /** One thread's pairs: set its row to i, read it back; returns how many reads were stale. */
  @FunctionalInterface
  interface PairRunner {
    int run(int row, int pairs) throws Exception;
  }

  private static int staleReads(int pairsPerThread, PairRunner runner) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int row = 0; row < THREADS; row++) {
        int id = row;
        results.add(pool.submit(() -> runner.run(id, pairsPerThread)));
      }
      int stale = 0;
      for (Future<Integer> result : results) {
        stale += result.get();
      }
      return stale;
    } finally {
      pool.shutdownNow();
    }
  }

  private static void write(Connection c, int row, int value) throws SQLException {
    try (PreparedStatement update = c.prepareStatement("UPDATE counter SET v = ? WHERE id = ?")) {
      update.setInt(1, value);
      update.setInt(2, row);
      int updated = c.getAutoCommit() ? ClusterFixture.retryingBusy(update::executeUpdate) : update.executeUpdate();
      assertThat(updated).isEqualTo(1);
    }
  }

  private static int read(Connection c, int row) throws SQLException {
    try (PreparedStatement select = c.prepareStatement("SELECT v FROM counter WHERE id = ?")) {
      select.setInt(1, row);
      try (ResultSet rs = select.executeQuery()) {
        assertThat(rs.next()).isTrue();
        return rs.getInt(1);
      }
    }
  }

  /** Autocommit pairs; {@code around} wraps each read. */
  private static int autocommitPairs(int row, int pairs, ReadWrapper around) throws Exception {
    int stale = 0;
    try (Connection c = fixture.dataSource.getConnection()) {
      for (int i = 1; i <= pairs; i++) {
        int value = row * 1_000_000 + i;
        write(c, row, value);
        if (around.read(() -> read(c, row)) != value) {
          stale++;
        }
      }
    }
    return stale;
  }

  @FunctionalInterface
  interface ReadWrapper {
    int read(Consistency.Work<Integer, SQLException> read) throws SQLException;
  }

  @Test
  void withoutHintsAReadRightAfterAWriteIsSometimesStale() throws Exception {
    AtomicInteger pairs = new AtomicInteger();
    int stale = 0;
    // Replication on loopback is fast; keep trying (up to 2000 pairs) until staleness shows.
    while (stale == 0 && pairs.get() < 2000) {
      stale += staleReads(50, (row, n) -> autocommitPairs(row, n, Consistency.Work::run));
      pairs.addAndGet(50 * THREADS);
    }
    System.out.printf("without hints: %d stale of %d pairs%n", stale, pairs.get());
    assertThat(stale).isPositive();
    assertThat(fixture.replicaReads.sum()).isEqualTo(pairs.get());
  }

  @Test
  void readPrimaryIsNeverStale() throws Exception {
    int stale = staleReads(250, (row, n) -> autocommitPairs(row, n, Consistency::primary));
    assertThat(stale).isZero();
    assertThat(fixture.primaryReads.sum()).isEqualTo(250 * THREADS);
  }

  @Test
  void readYourWritesIsNeverStaleAndStillReadsFromReplicas() throws Exception {
    int stale = staleReads(500, (row, n) -> Consistency.readYourWrites(
        () -> autocommitPairs(row, n, Consistency.Work::run)));
    System.out.printf("read-your-writes: %d stale of %d pairs; reads by replicas %d, by the primary %d%n",
        stale, 500 * THREADS, fixture.replicaReads.sum(), fixture.primaryReads.sum());
    assertThat(stale).isZero();
    assertThat(fixture.replicaReads.sum()).isPositive();
  }

  @Test
  void aZeroStalenessBoundIsNeverStaleAndStillReadsFromReplicas() throws Exception {
    int stale = staleReads(250, (row, n) -> autocommitPairs(row, n,
        read -> Consistency.replica(java.time.Duration.ZERO, read)));
    assertThat(stale).isZero();
    assertThat(fixture.replicaReads.sum()).isPositive();
  }

  @Test
  void aReplicaHintInsideAReadYourWritesScopeReadsFromReplicasWithoutWaiting() throws Exception {
    staleReads(100, (row, n) -> Consistency.readYourWrites(
        () -> autocommitPairs(row, n, Consistency::replica)));
    assertThat(fixture.replicaReads.sum()).isEqualTo(100 * THREADS);
  }

  @Test
  void aPerThreadScopeIsNeverStale() throws Exception {
    Consistency.configure(WatermarkScope.perThread(), null);
    int stale = staleReads(250, (row, n) -> autocommitPairs(row, n, Consistency.Work::run));
    assertThat(stale).isZero();
    assertThat(fixture.replicaReads.sum()).isPositive();
  }

  @Test
  void aStickyWindowIsNeverStaleAndReadsFromThePrimaryRightAfterWrites() throws Exception {
    Consistency.configure(WatermarkScope.perThread(), java.time.Duration.ofSeconds(5));
    int stale = staleReads(250, (row, n) -> autocommitPairs(row, n, Consistency.Work::run));
    assertThat(stale).isZero();
    assertThat(fixture.primaryReads.sum()).isEqualTo(250 * THREADS);
  }

  @Test
  void insideAWriteTransactionReadsAreNeverStale() throws Exception {
    int stale = staleReads(250, (row, n) -> {
      int staleInThread = 0;
      try (Connection c = fixture.dataSource.getConnection()) {
        c.setAutoCommit(false);
        for (int i = 1; i <= n; i++) {
          int value = row * 1_000_000 + i;
          for (int attempt = 1; ; attempt++) {
            try {
              write(c, row, value);
              if (read(c, row) != value) {
                staleInThread++;
              }
              c.commit();
              break;
            } catch (java.sql.SQLTransactionRollbackException busy) {
              // SQLITE_BUSY: another thread holds the write lock; nothing was written, try again.
              c.rollback();
              if (attempt == 5) {
                throw busy;
              }
            }
          }
        }
      }
      return staleInThread;
    });
    assertThat(stale).isZero();
    assertThat(fixture.replicaReads.sum()).isZero();
  }
}
