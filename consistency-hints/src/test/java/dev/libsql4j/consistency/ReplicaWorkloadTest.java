package dev.libsql4j.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import dev.libsql4j.testing.SqldNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A read-heavy workload (90% reads, 10% inserts) from several threads with per-thread
 * read-your-writes on a real primary with two replicas: replicas serve the reads, every thread reads
 * its own inserts, and a replica stopped mid-workload costs no error and no write, and serves again
 * after its restart.
 */
class ReplicaWorkloadTest {

  private static final int THREADS = 4;
  private static ClusterFixture fixture;
  private final Set<Long> inserted = ConcurrentHashMap.newKeySet();
  private final AtomicInteger nextId = new AtomicInteger();
  /** Own inserts not seen by a read (asserted zero). */
  private final AtomicInteger ownInsertsMissed = new AtomicInteger();

  @BeforeAll
  static void start() throws SQLException, InterruptedException {
    fixture = new ClusterFixture();
    fixture.execute("CREATE TABLE event (id INTEGER PRIMARY KEY, payload TEXT NOT NULL)");
    fixture.awaitReplicas("SELECT count(*) FROM event", 0);
  }

  @AfterAll
  static void stop() {
    fixture.close();
  }

  @BeforeEach
  void readYourWritesPerThread() throws SQLException {
    fixture.execute("DELETE FROM event");
    Consistency.configure(WatermarkScope.perThread(), null);
    fixture.resetCounts();
  }

  @AfterEach
  void noImplicitScope() {
    Consistency.configure(WatermarkScope.NONE, null);
  }

  /** One operation: an insert (10%) or a read of this thread's last insert or of the row count (90%). */
  private long operate(Connection c, long lastInsert) throws SQLException {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    if (random.nextInt(10) == 0 || lastInsert == 0) {
      long id = nextId.incrementAndGet();
      try (PreparedStatement insert = c.prepareStatement("INSERT INTO event (id, payload) VALUES (?, ?)")) {
        insert.setLong(1, id);
        insert.setString(2, "event " + id);
        int rows = ClusterFixture.retryingBusy(insert::executeUpdate);
        assertThat(rows).isEqualTo(1);
      }
      inserted.add(id);
      return id;
    }
    if (random.nextBoolean()) {
      try (PreparedStatement select = c.prepareStatement("SELECT payload FROM event WHERE id = ?")) {
        select.setLong(1, lastInsert);
        try (ResultSet rs = select.executeQuery()) {
          if (!rs.next()) {
            ownInsertsMissed.incrementAndGet();
          }
        }
      }
    } else {
      try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM event")) {
        assertThat(rs.next()).isTrue();
      }
    }
    return lastInsert;
  }

  /**
   * Runs the workload on {@code THREADS} threads until each did {@code minOps} operations and
   * {@code done} holds; {@code progress} counts down once per operation.
   */
  private void workload(int minOps, CountDownLatch progress, BooleanSupplier done) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<Integer>> workers = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        workers.add(pool.submit(() -> {
          int ops = 0;
          long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
          try (Connection c = fixture.dataSource.getConnection()) {
            long lastInsert = 0;
            while (ops < minOps || !done.getAsBoolean() && System.nanoTime() < deadline) {
              lastInsert = operate(c, lastInsert);
              ops++;
              progress.countDown();
            }
          }
          return ops;
        }));
      }
      for (Future<Integer> worker : workers) {
        worker.get(); // an exception in any worker fails the test here
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private Set<Long> rowsOnPrimary() throws SQLException {
    return Consistency.primary(() -> {
      Set<Long> ids = new HashSet<>();
      try (Connection c = fixture.dataSource.getConnection(); Statement s = c.createStatement();
           ResultSet rs = s.executeQuery("SELECT id FROM event")) {
        while (rs.next()) {
          ids.add(rs.getLong(1));
        }
      }
      return ids;
    });
  }

  @Test
  void replicasServeAtLeast80PercentOfTheReadsOfAReadHeavyWorkload() throws Exception {
    workload(1000, new CountDownLatch(0), () -> true);
    long replica = fixture.replicaReads.sum();
    long primary = fixture.primaryReads.sum();
    System.out.printf("90%% reads: %d reads by replicas, %d by the primary (%.1f%% replicas), %d writes%n",
        replica, primary, 100.0 * replica / (replica + primary), fixture.writes.sum());
    assertThat(replica).isGreaterThanOrEqualTo((replica + primary) * 8 / 10);
    assertThat(ownInsertsMissed).hasValue(0);
    assertThat(rowsOnPrimary()).isEqualTo(inserted);
  }

  @Test
  void aReplicaStoppedMidWorkloadCostsNoErrorAndNoWriteAndServesAgainAfterItsRestart() throws Exception {
    SqldNode replica = fixture.replica(0);
    CountDownLatch third = new CountDownLatch(THREADS * 300);
    CountDownLatch twoThirds = new CountDownLatch(THREADS * 600);
    AtomicInteger servedBeforeRestart = new AtomicInteger(-1);
    BooleanSupplier servedAgain = () -> servedBeforeRestart.get() >= 0
        && fixture.readsServedBy(replica) > servedBeforeRestart.get();
    ExecutorService controller = Executors.newSingleThreadExecutor();
    try {
      Future<?> stopAndRestart = controller.submit(() -> {
        third.await();
        replica.stop();
        twoThirds.await();
        servedBeforeRestart.set((int) fixture.readsServedBy(replica));
        replica.restart();
        return null;
      });
      CountDownLatch progress = new CountDownLatch(THREADS * 600) {
        @Override
        public void countDown() {
          third.countDown();
          twoThirds.countDown();
        }
      };
      workload(900, progress, servedAgain);
      stopAndRestart.get();
    } finally {
      controller.shutdownNow();
    }
    System.out.printf("replica stopped mid-workload: %d reads by replicas, %d by the primary; "
        + "%d by the stopped replica after its restart; stale replica answers dropped: %d%n", fixture.replicaReads.sum(),
        fixture.primaryReads.sum(), fixture.readsServedBy(replica) - servedBeforeRestart.get(), fixture.staleAnswers.sum());
    // A read waiting on the replica for its thread's index when the replica is stopped gets a stale
    // answer from sqld (see ReplicaRoutingTest in the jdbc module); the driver drops it.
    assertThat(ownInsertsMissed).hasValue(0);
    assertThat(servedAgain.getAsBoolean()).as("the restarted replica serves reads again").isTrue();
    assertThat(rowsOnPrimary()).isEqualTo(inserted);
  }
}
