package dev.libsql4j.jdbc.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.libsql4j.jdbc.LibSqlDataSource;
import dev.libsql4j.testing.CountingProxy;
import dev.libsql4j.testing.ProxiedCluster;
import dev.libsql4j.testing.SqldCluster;
import dev.libsql4j.testing.SqldNode;
import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Replica routing on a real sqld primary with two replicas, each behind a counting proxy, so that
 * every test sees which node got which request. Tagged {@code sqld-only}: it pins sqld's replica
 * behaviour (how a restarted or stopping replica answers); {@code consistency-hints} runs routing on
 * devserver replicas too.
 */
@Tag("sqld-only")
class ReplicaRoutingTest {

  private static ProxiedCluster nodes;
  private static SqldCluster cluster;
  private static CountingProxy primary;
  private static CountingProxy replicaA;
  private static CountingProxy replicaB;
  private LibSqlDataSource dataSource;
  private final List<String> served = new CopyOnWriteArrayList<>();
  private final List<String> servingNodes = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void startCluster() throws SQLException {
    nodes = ProxiedCluster.start(SqldCluster.builder().replicas(2));
    cluster = nodes.cluster();
    primary = nodes.primary();
    replicaA = nodes.replicas().get(0);
    replicaB = nodes.replicas().get(1);
    try (LibSqlDataSource setup = new LibSqlDataSource("jdbc:libsql:" + cluster.primary().httpUrl());
         Connection c = setup.getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT)");
      s.execute("INSERT INTO item VALUES (1, 'one')");
    }
  }

  @AfterAll
  static void stopCluster() {
    nodes.close();
  }

  @BeforeEach
  void openDataSource() throws SQLException {
    dataSource = new LibSqlDataSource("jdbc:libsql:" + primary.url() + "?replicas=" + hostPort(replicaA.url())
        + "," + replicaB.url() + "&replicaWaitMillis=300");
    dataSource.setRoutingListener((node, role, kind, index) -> {
      served.add(role + " " + kind);
      servingNodes.add(node);
    });
    try (Connection c = dataSource.getConnection()) {
      c.isValid(1); // the protocol probe of each node happens on first use; count from here
    }
    nodes.resetCounts();
  }

  @AfterEach
  void closeDataSource() {
    RoutingContext.set(null);
    dataSource.close();
  }

  private static String hostPort(URI url) {
    return url.getHost() + ":" + url.getPort();
  }

  private static String name(Connection c, int id) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT name FROM item WHERE id = " + id)) {
      return rs.next() ? rs.getString(1) : null;
    }
  }

  private boolean servedBy(CountingProxy node) {
    return servingNodes.stream().anyMatch(name -> name.endsWith(hostPort(node.url())));
  }

  private static int pipelines(CountingProxy proxy) {
    return proxy.requests("/pipeline");
  }

  @Test
  void autocommitReadsGoToTheReplicasInTurnWithOneRequestEach() throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      for (int i = 0; i < 4; i++) {
        assertThat(name(c, 1)).isEqualTo("one");
      }
    }
    assertThat(pipelines(replicaA)).isEqualTo(2);
    assertThat(pipelines(replicaB)).isEqualTo(2);
    assertThat(primary.requests()).isZero();
    assertThat(served).containsOnly("REPLICA READ").hasSize(4);
  }

  @Test
  void writesBatchesAndReadWriteTransactionsGoToThePrimary() throws SQLException {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.executeUpdate("INSERT INTO item VALUES (100, 'w')");
      s.addBatch("UPDATE item SET name = 'w2' WHERE id = 100");
      s.addBatch("DELETE FROM item WHERE id = 100");
      s.executeBatch();
      c.setAutoCommit(false);
      assertThat(name(c, 1)).isEqualTo("one");
      s.executeUpdate("INSERT INTO item VALUES (101, 'tx')");
      c.rollback();
    }
    // 1 insert + 1 batch + (2 statements + rollback) = 5 requests, as without replicas.
    assertThat(pipelines(primary)).isEqualTo(5);
    assertThat(replicaA.requests() + replicaB.requests()).isZero();
    assertThat(served).containsExactly("PRIMARY WRITE", "PRIMARY WRITE", "PRIMARY READ", "PRIMARY WRITE");
  }

  @Test
  void readOnlyTransactionsAreServedByReplicasWithoutBeginAndRefuseWrites() throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      c.setReadOnly(true);
      c.setAutoCommit(false);
      assertThat(name(c, 1)).isEqualTo("one");
      assertThat(name(c, 1)).isEqualTo("one");
      try (Statement s = c.createStatement()) {
        assertThatThrownBy(() -> s.executeUpdate("INSERT INTO item VALUES (102, 'no')"))
            .isInstanceOf(SQLException.class)
            .hasMessageContaining("read-write transaction")
            .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("25006");
      }
      c.commit();
      // After the transaction, the connection may write again in a new one (here: read-only off).
      c.setReadOnly(false);
      try (Statement s = c.createStatement()) {
        assertThat(s.executeUpdate("UPDATE item SET name = 'one' WHERE id = 1")).isEqualTo(1);
      }
      c.commit();
    }
    // Two reads, one request each, and no BEGIN/COMMIT anywhere for the read-only transaction.
    assertThat(pipelines(replicaA) + pipelines(replicaB)).isEqualTo(2);
    assertThat(pipelines(primary)).isEqualTo(2);
  }

  @Test
  void aHintSendsReadsToThePrimary() throws SQLException {
    RoutingContext.set(new RoutingHint() {
      @Override
      public boolean readFromPrimary() {
        return true;
      }
    });
    try (Connection c = dataSource.getConnection()) {
      assertThat(name(c, 1)).isEqualTo("one");
    }
    assertThat(pipelines(primary)).isEqualTo(1);
    assertThat(replicaA.requests() + replicaB.requests()).isZero();
  }

  @Test
  void aQueryCommentedLibsqlPrimaryGoesToThePrimary() throws SQLException {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("/* libsql:primary */ SELECT name FROM item WHERE id = 1")) {
      assertThat(rs.next()).isTrue();
    }
    assertThat(served).containsExactly("PRIMARY READ");
  }

  @Test
  void aRequiredIndexMakesTheReplicaReadTheWrite() throws SQLException {
    ReadYourWrites hint = new ReadYourWrites();
    RoutingContext.set(hint);
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      for (int i = 0; i < 50; i++) {
        s.executeUpdate("UPDATE item SET name = 'v" + i + "' WHERE id = 1");
        assertThat(name(c, 1)).isEqualTo("v" + i);
      }
      s.executeUpdate("UPDATE item SET name = 'one' WHERE id = 1");
    }
    assertThat(hint.index).isPositive();
    assertThat(served.stream().filter(e -> e.equals("REPLICA READ")).count()).isPositive();
  }

  @Test
  void aReplicaThatCannotReachTheIndexInTimeHandsTheReadToThePrimary() throws SQLException {
    RoutingContext.set(new RoutingHint() {
      @Override
      public long minReplicationIndex() {
        return Long.MAX_VALUE / 2; // never reached: each replica waits 300 ms, then the primary answers
      }
    });
    try (Connection c = dataSource.getConnection()) {
      assertThat(name(c, 1)).isEqualTo("one");
    }
    assertThat(served).containsExactly("PRIMARY READ");
    assertThat(pipelines(replicaA)).isEqualTo(1);
    assertThat(pipelines(replicaB)).isEqualTo(1);
  }

  @Test
  void aStoppedReplicaIsSkippedWithoutErrorsAndUsedAgainAfterItsRestart() throws Exception {
    SqldNode stopped = cluster.replicas().get(0);
    stopped.stop();
    try (Connection c = dataSource.getConnection()) {
      for (int i = 0; i < 10; i++) {
        assertThat(name(c, 1)).isEqualTo("one");
      }
      assertThat(served).containsOnly("REPLICA READ").hasSize(10);
      // The back-off keeps the dead replica from costing a failed attempt on every read.
      assertThat(pipelines(replicaA)).isLessThan(10);
      assertThat(servedBy(replicaA)).isFalse();
      stopped.restart();
      long deadline = System.nanoTime() + 20_000_000_000L;
      while (!servedBy(replicaA) && System.nanoTime() < deadline) {
        assertThat(name(c, 1)).isEqualTo("one");
        Thread.sleep(50);
      }
    }
    assertThat(servedBy(replicaA)).isTrue();
  }

  /**
   * sqld 0.24 answers the reads waiting on a replica for a replication index when that replica shuts
   * down, from its own copy and with its own (lower) index: the cause of the rare read-your-writes
   * misses seen while a replica was stopped mid-workload. The driver drops such an answer and the
   * primary serves the read. Here the read requires an index no write will reach, so it waits on the
   * replica for sure until the replica is stopped. (Without the counting proxy: the answer must come
   * straight from the stopping replica.)
   */
  @Test
  void aReplicaAnswerBelowTheRequiredIndexIsDroppedAndThePrimaryServesTheRead() throws Exception {
    SqldNode replica = cluster.replicas().get(0);
    replica.restart();
    ExecutorService reader = Executors.newSingleThreadExecutor();
    try {
      WaitingRead waiting = readWaitingOn(replica, reader);
      replica.stop();
      assertThat(waiting.read().get(20, TimeUnit.SECONDS)).isEqualTo("one");
      waiting.dataSource().close();
      assertThat(waiting.staleAnswers()).singleElement().asString().startsWith(WaitingRead.REQUIRED + " > ");
      assertThat(served).containsExactly("PRIMARY READ");
      assertThat(pipelines(primary)).isEqualTo(1);
    } finally {
      reader.shutdownNow();
      replica.restart();
    }
  }

  /** A read in progress on a replica, through a data source that lets the replica wait a minute. */
  private record WaitingRead(Future<String> read, LibSqlDataSource dataSource, List<String> staleAnswers) {
    static final long REQUIRED = 1_000_000_000L;
  }

  /**
   * Starts a read that requires {@link WaitingRead#REQUIRED} on {@code replica} and returns once it
   * is waiting there. A replica that has just restarted forwards reads to the primary until it has
   * caught up (the answer then comes at once): such attempts are repeated, up to 20.
   */
  private WaitingRead readWaitingOn(SqldNode replica, ExecutorService reader) throws Exception {
    for (int attempt = 1; ; attempt++) {
      served.clear();
      List<String> staleAnswers = new CopyOnWriteArrayList<>();
      LibSqlDataSource patient = new LibSqlDataSource("jdbc:libsql:" + primary.url() + "?replicas="
          + hostPort(replica.httpUrl()) + "&replicaWaitMillis=60000");
      patient.setRoutingListener(new RoutingListener() {
        @Override
        public void onStatement(String node, NodeRole role, WorkKind kind, Long replicationIndex) {
          served.add(role + " " + kind);
        }

        @Override
        public void onStaleReplicaAnswer(String node, long requiredIndex, long reportedIndex) {
          staleAnswers.add(requiredIndex + " > " + reportedIndex);
        }
      });
      try (Connection c = patient.getConnection()) {
        c.isValid(1);
      }
      primary.reset();
      Future<String> read = reader.submit(() -> {
        RoutingContext.set(new RoutingHint() {
          @Override
          public long minReplicationIndex() {
            return WaitingRead.REQUIRED;
          }
        });
        try (Connection c = patient.getConnection()) {
          return name(c, 1);
        }
      });
      try {
        read.get(500, TimeUnit.MILLISECONDS);
      } catch (TimeoutException waitingOnTheReplica) {
        return new WaitingRead(read, patient, staleAnswers);
      }
      patient.close();
      assertThat(attempt).as("attempts until the replica served a read itself").isLessThan(20);
      Thread.sleep(100);
    }
  }

  /** A minimal read-your-writes hint: remembers the highest index written. */
  private static final class ReadYourWrites implements RoutingHint {
    private volatile long index;

    @Override
    public long minReplicationIndex() {
      return index;
    }

    @Override
    public void wrote(long replicationIndex) {
      index = Math.max(index, replicationIndex);
    }
  }
}
