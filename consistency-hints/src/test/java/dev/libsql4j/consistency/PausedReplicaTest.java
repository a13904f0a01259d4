package dev.libsql4j.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import dev.libsql4j.consistency.spring.ConsistencyAdvisor;
import dev.libsql4j.jdbc.LibSqlDataSource;
import dev.libsql4j.jdbc.routing.NodeRole;
import dev.libsql4j.jdbc.routing.RoutingListener;
import dev.libsql4j.jdbc.routing.WorkKind;
import dev.libsql4j.testing.CountingProxy;
import dev.libsql4j.testing.ProxiedCluster;
import dev.libsql4j.testing.ServerKind;
import dev.libsql4j.testing.SqldCluster;
import dev.libsql4j.testing.SqldNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.aop.framework.autoproxy.DefaultAdvisorAutoProxyCreator;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * Stale reads made certain: a devserver primary with two devserver replicas whose replication is
 * paused ({@link SqldNode#pauseReplication()}; sqld has no such control, hence {@code devserver-only}:
 * the statistical counterpart on sqld is {@link ReadAfterWriteTest}). After a write on the primary, a
 * replica read without hints IS stale; with {@code primary}, read-your-writes, inside a write
 * transaction or beyond a staleness bound it is not. The devserver, like sqld, waits for a required
 * replication index without a server-side timeout, so a paused replica holds such a read until the
 * driver's {@code replicaWaitMillis} (300 ms here) hands it to the next node and finally the primary.
 * Every node sits behind a counting proxy: the tests see which node got which request.
 */
@Tag("devserver-only")
class PausedReplicaTest {

  private static ProxiedCluster nodes;
  private static SqldCluster cluster;
  private static CountingProxy primary;
  private static List<CountingProxy> replicas;
  private LibSqlDataSource dataSource;
  private final List<String> served = new CopyOnWriteArrayList<>();
  private final List<String> staleAnswers = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void startCluster() {
    nodes = ProxiedCluster.start(SqldCluster.builder().server(ServerKind.DEVSERVER).replicas(2));
    cluster = nodes.cluster();
    primary = nodes.primary();
    replicas = nodes.replicas();
  }

  @AfterAll
  static void stopCluster() {
    nodes.close();
  }

  @BeforeEach
  void rowAtZeroOnEveryNodeThenReplicationPaused() throws Exception {
    dataSource = new LibSqlDataSource(nodes.jdbcUrl() + "&replicaWaitMillis=300");
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS counter (id INTEGER PRIMARY KEY, v INTEGER NOT NULL)");
      s.execute("INSERT OR REPLACE INTO counter VALUES (1, 0)");
    }
    for (SqldNode replica : cluster.replicas()) {
      awaitValue(replica, 0);
      replica.pauseReplication();
    }
    dataSource.setRoutingListener(new RoutingListener() {
      @Override
      public void onStatement(String node, NodeRole role, WorkKind kind, Long replicationIndex) {
        served.add(role + " " + kind);
      }

      @Override
      public void onStaleReplicaAnswer(String replica, long requiredIndex, long reportedIndex) {
        staleAnswers.add(replica);
      }
    });
    nodes.resetCounts();
  }

  @AfterEach
  void resumeReplication() {
    cluster.replicas().forEach(SqldNode::resumeReplication);
    dataSource.close();
    Consistency.configure(WatermarkScope.NONE, null);
  }

  private static void awaitValue(SqldNode replica, int value) throws Exception {
    try (LibSqlDataSource direct = new LibSqlDataSource("jdbc:libsql:" + replica.httpUrl())) {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (valueOn(direct) != value) {
        assertThat(System.nanoTime()).as(replica + " catches up").isLessThan(deadline);
        Thread.sleep(20);
      }
    }
  }

  /** The counter on {@code node}, or -1 while its table or row has not arrived. */
  private static int valueOn(LibSqlDataSource node) {
    try (Connection c = node.getConnection(); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT v FROM counter WHERE id = 1")) {
      return rs.next() ? rs.getInt(1) : -1;
    } catch (SQLException tableNotReplicatedYet) {
      return -1;
    }
  }

  private static void write(Connection c, int value) throws SQLException {
    try (PreparedStatement update = c.prepareStatement("UPDATE counter SET v = ? WHERE id = 1")) {
      update.setInt(1, value);
      assertThat(update.executeUpdate()).isEqualTo(1);
    }
  }

  private static int read(Connection c) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT v FROM counter WHERE id = 1")) {
      assertThat(rs.next()).isTrue();
      return rs.getInt(1);
    }
  }

  private int replicaRequests() {
    return replicas.stream().mapToInt(proxy -> proxy.requests("/pipeline")).sum();
  }

  @Test
  void withoutHintsAReplicaReadAfterAWriteIsStale() throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      write(c, 1);
      assertThat(read(c)).isZero();
    }
    assertThat(served).containsExactly("PRIMARY WRITE", "REPLICA READ");
  }

  @Test
  void readPrimaryIsNotStale() throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      write(c, 2);
      assertThat(Consistency.primary(() -> read(c))).isEqualTo(2);
    }
    assertThat(served).containsExactly("PRIMARY WRITE", "PRIMARY READ");
    assertThat(replicaRequests()).isZero();
  }

  /**
   * The read carries the write's replication index; each paused replica waits for it until the
   * driver gives up after 300 ms (one request each, no answer taken from them), then the primary.
   */
  @Test
  void readYourWritesWaitsOnEachPausedReplicaThenReadsFromThePrimary() throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      int value = Consistency.readYourWrites(() -> {
        write(c, 3);
        return read(c);
      });
      assertThat(value).isEqualTo(3);
    }
    assertThat(served).containsExactly("PRIMARY WRITE", "PRIMARY READ");
    assertThat(replicas).allSatisfy(proxy -> assertThat(proxy.requests("/pipeline")).isEqualTo(1));
    assertThat(primary.requests("/pipeline")).isEqualTo(2);
    assertThat(staleAnswers).isEmpty();
  }

  @Test
  void aPerThreadScopeIsNotStale() throws SQLException {
    Consistency.configure(WatermarkScope.perThread(), null);
    try (Connection c = dataSource.getConnection()) {
      write(c, 4);
      assertThat(read(c)).isEqualTo(4);
    }
    assertThat(served).containsExactly("PRIMARY WRITE", "PRIMARY READ");
  }

  @Test
  void insideAWriteTransactionReadsAreNotStale() throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      write(c, 5);
      assertThat(read(c)).isEqualTo(5);
      c.commit();
    }
    assertThat(served).containsExactly("PRIMARY WRITE", "PRIMARY READ");
    assertThat(replicaRequests()).isZero();
  }

  /**
   * {@code maxStaleness}: a replica may serve when it has applied everything the primary had
   * reported (to this data source) that long ago. Right after the write, a 30 s bound requires
   * nothing yet, so the paused replica serves its stale value; 400 ms later a 200 ms bound requires
   * the write, which the paused replicas lack, so the primary serves; once replication resumes, a
   * replica does again.
   */
  @Test
  void aStalenessBoundLetsAReplicaServeOnlyWhileItIsWithinTheBound() throws Exception {
    try (Connection c = dataSource.getConnection()) {
      write(c, 6);
      assertThat(Consistency.replica(Duration.ofSeconds(30), () -> read(c))).isZero();
      Thread.sleep(400);
      assertThat(Consistency.replica(Duration.ofMillis(200), () -> read(c))).isEqualTo(6);
      for (SqldNode replica : cluster.replicas()) {
        replica.resumeReplication();
        awaitValue(replica, 6);
      }
      assertThat(Consistency.replica(Duration.ofMillis(200), () -> read(c))).isEqualTo(6);
    }
    assertThat(served).containsExactly("PRIMARY WRITE", "REPLICA READ", "PRIMARY READ", "REPLICA READ");
  }

  /** Reads of the counter, as a Spring bean whose class reads from the primary. */
  @ReadPrimary
  public static class Reports {
    private final LibSqlDataSource dataSource;

    Reports(LibSqlDataSource dataSource) {
      this.dataSource = dataSource;
    }

    public int current() throws SQLException {
      try (Connection c = dataSource.getConnection()) {
        return read(c);
      }
    }

    @ReadReplica
    public int fromAnyReplica() throws SQLException {
      return current();
    }

    @ReadReplica(maxStaleness = 200, unit = TimeUnit.MILLISECONDS)
    public int atMost200MillisStale() throws SQLException {
      return current();
    }
  }

  /**
   * The annotations through {@link ConsistencyAdvisor} in a Spring context with auto-proxying, on a
   * bean annotated {@code @ReadPrimary} (its reads would go to the primary).
   */
  @Nested
  class ThroughTheSpringAdvisor {

    private AnnotationConfigApplicationContext context;
    private Reports reports;

    @BeforeEach
    void springContext() {
      context = new AnnotationConfigApplicationContext();
      context.registerBean(DefaultAdvisorAutoProxyCreator.class);
      context.registerBean(ConsistencyAdvisor.class);
      context.registerBean(Reports.class, () -> new Reports(dataSource));
      context.refresh();
      reports = context.getBean(Reports.class);
    }

    @AfterEach
    void closeContext() {
      context.close();
    }

    @Test
    void aReadPrimaryClassReadsFromThePrimaryAndItsReadReplicaMethodFromAReplica() throws SQLException {
      try (Connection c = dataSource.getConnection()) {
        write(c, 7);
      }
      assertThat(reports.current()).isEqualTo(7);
      assertThat(reports.fromAnyReplica()).isZero();
      assertThat(served).containsExactly("PRIMARY WRITE", "PRIMARY READ", "REPLICA READ");
    }

    @Test
    void aReadReplicaMaxStalenessIsHonoured() throws Exception {
      try (Connection c = dataSource.getConnection()) {
        write(c, 8);
      }
      assertThat(reports.atMost200MillisStale()).isZero();
      Thread.sleep(400);
      assertThat(reports.atMost200MillisStale()).isEqualTo(8);
      assertThat(served).containsExactly("PRIMARY WRITE", "REPLICA READ", "PRIMARY READ");
    }
  }
}
