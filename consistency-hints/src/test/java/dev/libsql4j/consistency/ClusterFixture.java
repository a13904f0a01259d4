package dev.libsql4j.consistency;

import dev.libsql4j.jdbc.LibSqlDataSource;
import dev.libsql4j.jdbc.routing.NodeRole;
import dev.libsql4j.jdbc.routing.RoutingListener;
import dev.libsql4j.jdbc.routing.WorkKind;
import dev.libsql4j.testing.SqldCluster;
import dev.libsql4j.testing.SqldNode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

/**
 * A real sqld primary with two replicas and a routing data source on them whose listener counts
 * which role served each read and write.
 */
final class ClusterFixture implements AutoCloseable {

  final SqldCluster cluster;
  final LibSqlDataSource dataSource;
  final LongAdder replicaReads = new LongAdder();
  final LongAdder primaryReads = new LongAdder();
  final LongAdder writes = new LongAdder();
  /** Replica answers below the index their read required, which the driver dropped. */
  final LongAdder staleAnswers = new LongAdder();
  final Map<String, LongAdder> readsByNode = new ConcurrentHashMap<>();

  ClusterFixture() {
    cluster = SqldCluster.start(2);
    dataSource = new LibSqlDataSource("jdbc:libsql:" + cluster.primary().httpUrl());
    dataSource.setReplicas(cluster.replicas().stream()
        .map(node -> node.httpUrl().toString()).collect(Collectors.joining(",")));
    dataSource.setRoutingListener(counting);
  }

  /** Counts which role served each read and write, and the replica answers the driver dropped. */
  private final RoutingListener counting = new RoutingListener() {
    @Override
    public void onStatement(String node, NodeRole role, WorkKind kind, Long index) {
      if (kind == WorkKind.WRITE) {
        writes.increment();
        return;
      }
      (role == NodeRole.REPLICA ? replicaReads : primaryReads).increment();
      readsByNode.computeIfAbsent(node, name -> new LongAdder()).increment();
    }

    @Override
    public void onStaleReplicaAnswer(String replica, long requiredIndex, long reportedIndex) {
      staleAnswers.increment();
    }
  };

  SqldNode replica(int i) {
    return cluster.replicas().get(i);
  }

  void execute(String... sql) throws SQLException {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      for (String statement : sql) {
        s.execute(statement);
      }
    }
  }

  /**
   * Waits until every replica answers {@code countQuery} with {@code expected}: the set-up's schema and
   * rows have reached it, so a test's first replica read meets the data it is about, not a missing
   * table (replicas apply the primary's changes asynchronously, on sqld and on the devserver alike).
   */
  void awaitReplicas(String countQuery, long expected) throws SQLException, InterruptedException {
    for (SqldNode replica : cluster.replicas()) {
      LibSqlDataSource direct = new LibSqlDataSource("jdbc:libsql:" + replica.httpUrl());
      try {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (count(direct, countQuery) != expected) {
          if (System.nanoTime() > deadline) {
            throw new AssertionError(replica.httpUrl() + " did not catch up with the primary in 30 s");
          }
          Thread.sleep(20);
        }
      } finally {
        direct.close();
      }
    }
  }

  /** The count {@code query} returns on {@code node}, or -1 while its table has not arrived. */
  private static long count(LibSqlDataSource node, String query) {
    try (Connection c = node.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
      return rs.next() ? rs.getLong(1) : -1;
    } catch (SQLException notReplicatedYet) {
      return -1;
    }
  }

  void resetCounts() {
    replicaReads.reset();
    primaryReads.reset();
    writes.reset();
    staleAnswers.reset();
    readsByNode.clear();
  }

  /** The reads {@code node} served so far. */
  long readsServedBy(SqldNode node) {
    LongAdder reads = readsByNode.get(node.httpUrl().toString());
    return reads == null ? 0 : reads.sum();
  }

  /** A JDBC action. */
  @FunctionalInterface
  interface SqlAction<T> {
    T run() throws SQLException;
  }

  /**
   * Runs an autocommit write; when it meets another thread's write lock (SQLITE_BUSY, a rollback
   * exception: nothing was written) it is tried again, as an application would, up to 5 times.
   */
  static <T> T retryingBusy(SqlAction<T> write) throws SQLException {
    for (int attempt = 1; ; attempt++) {
      try {
        return write.run();
      } catch (SQLTransactionRollbackException busy) {
        if (attempt == 5) {
          throw busy;
        }
      }
    }
  }

  @Override
  public void close() {
    dataSource.close();
    cluster.close();
  }
}
