package dev.libsql4j.devserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.libsql4j.hrana.http.HranaClientConfig;
import dev.libsql4j.hrana.http.HranaCursor;
import dev.libsql4j.hrana.http.HranaException;
import dev.libsql4j.hrana.http.HranaHttpClient;
import dev.libsql4j.hrana.http.HranaStream;
import dev.libsql4j.hrana.message.Batch;
import dev.libsql4j.hrana.message.BatchStep;
import dev.libsql4j.hrana.message.CursorEntry;
import dev.libsql4j.hrana.message.Stmt;
import dev.libsql4j.hrana.message.StmtResult;
import dev.libsql4j.hrana.message.StreamRequest;
import dev.libsql4j.hrana.message.StreamResponse;
import dev.libsql4j.hrana.message.StreamResult;
import dev.libsql4j.hrana.message.Value;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A devserver replica of a devserver primary: local reads, forwarded writes and transactions,
 * {@code replication_index} waits, pause/resume, and state (not SQL) replicated, so that
 * non-deterministic statements come out the same on both.
 */
class ReplicaTest {

  @TempDir
  Path primaryDir;
  private DevServer primary;
  private DevServer replica;
  private HranaHttpClient onPrimary;
  private HranaHttpClient onReplica;
  private long created;

  @BeforeEach
  void start() throws Exception {
    primary = DevServer.builder().dbPath(primaryDir).start();
    replica = DevServer.builder().replicaOf(primary.httpUrl()).start();
    onPrimary = client(primary);
    onReplica = client(replica);
    created = execute(onPrimary, "CREATE TABLE t(id INTEGER PRIMARY KEY, v)").replicationIndex();
  }

  @AfterEach
  void stop() {
    onPrimary.close();
    onReplica.close();
    replica.close();
    primary.close();
  }

  @Test
  void aReadCarryingTheWritesIndexSeesTheWrite() throws Exception {
    long index = execute(onPrimary, "INSERT INTO t(v) VALUES ('x')").replicationIndex();
    StmtResult read = execute(onReplica, "SELECT v FROM t", index);
    assertThat(read.rows()).containsExactly(List.of(Value.of("x")));
    assertThat(read.replicationIndex()).isGreaterThanOrEqualTo(index);
  }

  @Test
  void nonDeterministicStatementsReplicateTheirResultsNotTheirSql() throws Exception {
    long index = execute(onPrimary, "INSERT INTO t(v) VALUES (random() || '/' || strftime('%f', 'now') "
        + "|| '/' || hex(randomblob(16)))").replicationIndex();
    String sql = "SELECT v FROM t";
    assertThat(execute(onReplica, sql, index).rows()).isEqualTo(execute(onPrimary, sql).rows());
  }

  @Test
  void aWriteSentToTheReplicaRunsOnThePrimary() throws Exception {
    StmtResult write = execute(onReplica, "INSERT INTO t(v) VALUES ('via replica')");
    assertThat(write.affectedRowCount()).isEqualTo(1);
    assertThat(write.replicationIndex()).isEqualTo(primary.replicationIndex("default"));
    assertThat(execute(onPrimary, "SELECT v FROM t").rows()).containsExactly(List.of(Value.of("via replica")));
    assertThat(execute(onReplica, "SELECT v FROM t", write.replicationIndex()).rows())
        .containsExactly(List.of(Value.of("via replica")));
  }

  @Test
  void anInteractiveTransactionOnTheReplicaLivesOnThePrimary() throws Exception {
    HranaStream stream = onReplica.openStream();
    run(stream, "BEGIN", "INSERT INTO t(v) VALUES ('in transaction')");
    // The transaction's own uncommitted write is visible to it: the stream runs on the primary.
    assertThat(result(run(stream, "SELECT count(*) FROM t").get(0)).rows())
        .containsExactly(List.of(Value.of(1)));
    assertThat(execute(onPrimary, "SELECT count(*) FROM t").rows()).containsExactly(List.of(Value.of(0)));
    run(stream, "COMMIT");
    assertThat(execute(onPrimary, "SELECT count(*) FROM t").rows()).containsExactly(List.of(Value.of(1)));
  }

  @Test
  void storedSqlMovesWithAStreamThatStartsWriting() throws Exception {
    HranaStream stream = onReplica.openStream();
    List<StreamResult> local = stream.execute(List.of(new StreamRequest.StoreSql(1,
        "INSERT INTO t(v) VALUES ('stored')"), new StreamRequest.Execute(Stmt.of("SELECT 1"))), null);
    assertThat(local.get(1)).isInstanceOf(StreamResult.Ok.class);
    List<StreamResult> moved = stream.execute(List.of(new StreamRequest.Execute(
        new Stmt(null, 1, List.of(), List.of(), null, null))), null);
    assertThat(result(moved.get(0)).affectedRowCount()).isEqualTo(1);
    assertThat(execute(onPrimary, "SELECT v FROM t").rows()).containsExactly(List.of(Value.of("stored")));
  }

  @Test
  void whilePausedTheReplicaServesItsOwnStaleCopyAndIndexWaitsBlock() throws Exception {
    long before = execute(onPrimary, "INSERT INTO t(v) VALUES ('before')").replicationIndex();
    execute(onReplica, "SELECT 1", before);
    replica.pauseReplication();
    long after = execute(onPrimary, "INSERT INTO t(v) VALUES ('after')").replicationIndex();

    // Read locally (a read-only transaction too): the replica still has only the first row.
    assertThat(execute(onReplica, "SELECT v FROM t").rows()).containsExactly(List.of(Value.of("before")));
    HranaStream readOnly = onReplica.openStream();
    List<StreamResult> inTransaction = run(readOnly, "BEGIN TRANSACTION READONLY", "SELECT count(*) FROM t",
        "COMMIT");
    assertThat(result(inTransaction.get(1)).rows()).containsExactly(List.of(Value.of(1)));
    assertThat(replica.replicationIndex("default")).isLessThan(after);

    CompletableFuture<StmtResult> waiting = CompletableFuture.supplyAsync(() -> {
      try {
        return execute(onReplica, "SELECT count(*) FROM t", after);
      } catch (HranaException e) {
        throw new IllegalStateException(e);
      }
    });
    assertThat(waiting).isNotCompleted();
    replica.resumeReplication();
    StmtResult fresh = waiting.get(30, TimeUnit.SECONDS);
    assertThat(fresh.rows()).containsExactly(List.of(Value.of(2)));
    assertThat(fresh.replicationIndex()).isEqualTo(after);
  }

  @Test
  void theIndexIsTheSameNumberOnBothAndSurvivesAPrimaryRestart() throws Exception {
    long first = execute(onPrimary, "INSERT INTO t(v) VALUES (1)").replicationIndex();
    assertThat(execute(onReplica, "SELECT 1", first).replicationIndex()).isEqualTo(first);

    onPrimary.close();
    primary.close();
    primary = DevServer.builder().dbPath(primaryDir).start();
    onPrimary = client(primary);
    assertThat(primary.replicationIndex("default")).isEqualTo(first);
    long second = execute(onPrimary, "INSERT INTO t(v) VALUES (2)").replicationIndex();
    assertThat(second).isGreaterThan(first);
  }

  @Test
  void aLaggingReplicaIsStaleUntilTheLagHasPassed() throws Exception {
    try (DevServer lagging = DevServer.builder().replicaOf(primary.httpUrl())
        .replicationLag(Duration.ofSeconds(3)).start();
         HranaHttpClient onLagging = client(lagging)) {
      execute(onLagging, "SELECT 1", created);
      long index = execute(onPrimary, "INSERT INTO t(v) VALUES ('late')").replicationIndex();
      assertThat(execute(onLagging, "SELECT count(*) FROM t").rows()).containsExactly(List.of(Value.of(0)));
      assertThat(execute(onLagging, "SELECT count(*) FROM t", index).rows())
          .containsExactly(List.of(Value.of(1)));
    }
  }

  @Test
  void aCursorThatWritesRunsOnThePrimaryAndOneThatReadsRunsLocally() throws Exception {
    Batch write = Batch.of(List.of(new BatchStep(null, Stmt.of("INSERT INTO t(v) VALUES ('cursor')"))));
    try (HranaCursor cursor = onReplica.openStream().cursor(write, Duration.ofSeconds(30))) {
      assertThat(cursor.header().baton()).startsWith("primary.");
      while (cursor.next() != null) {
        // Drain: the write is done once the body ends.
      }
    }
    long index = primary.replicationIndex("default");
    execute(onReplica, "SELECT 1", index);
    replica.pauseReplication();
    execute(onPrimary, "INSERT INTO t(v) VALUES ('not yet on the replica')");
    Batch read = Batch.of(List.of(new BatchStep(null, Stmt.of("SELECT v FROM t"))));
    List<Value> values = new ArrayList<>();
    try (HranaCursor cursor = onReplica.openStream().cursor(read, Duration.ofSeconds(30))) {
      assertThat(cursor.header().baton()).doesNotStartWith("primary.");
      for (CursorEntry entry; (entry = cursor.next()) != null; ) {
        if (entry instanceof CursorEntry.Row row) {
          values.addAll(row.values());
        }
      }
    }
    replica.resumeReplication();
    assertThat(values).containsExactly(Value.of("cursor"));
  }

  @Test
  void aNamespaceCreatedOnThePrimaryIsFollowedOnFirstUse(@TempDir Path dir) throws Exception {
    try (DevServer nsPrimary = DevServer.builder().dbPath(dir).namespaces(true).adminListen("127.0.0.1", 0)
        .start();
         DevServer nsReplica = DevServer.builder().namespaces(true).replicaOf(nsPrimary.httpUrl()).start()) {
      assertThat(HttpProbe.post(nsPrimary.adminUrl(), "/v1/namespaces/tenant-a/create", "{}").status())
          .isEqualTo(200);
      try (HranaHttpClient tenantOnPrimary = client(nsPrimary, "tenant-a");
           HranaHttpClient tenantOnReplica = client(nsReplica, "tenant-a");
           HranaHttpClient unknownOnReplica = client(nsReplica, "tenant-b")) {
        long index = execute(tenantOnPrimary, "CREATE TABLE only_in_a(x)").replicationIndex();
        assertThat(execute(tenantOnReplica, "SELECT count(*) FROM only_in_a", index).rows())
            .containsExactly(List.of(Value.of(0)));
        assertThatThrownBy(() -> execute(unknownOnReplica, "SELECT 1"))
            .isInstanceOfSatisfying(HranaException.class, e -> assertThat(e.getMessage()).contains("404"));
      }
    }
  }

  @Test
  void aReplicaDirectoryIsLaidOutLikeAPrimarys() throws Exception {
    long index = execute(onPrimary, "INSERT INTO t(v) VALUES ('x')").replicationIndex();
    execute(onReplica, "SELECT 1", index);
    assertThat(Files.exists(replica.dbPath().resolve("dbs/default/data"))).isTrue();
  }

  private static HranaHttpClient client(DevServer server) {
    return client(server, null);
  }

  private static HranaHttpClient client(DevServer server, String namespace) {
    HranaClientConfig.Builder config = HranaClientConfig.builder().baseUrl(server.httpUrl())
        .requestTimeout(Duration.ofSeconds(60));
    if (namespace != null) {
      config.namespace(namespace);
    }
    return new HranaHttpClient(config.build());
  }

  private static StmtResult execute(HranaHttpClient client, String sql) throws HranaException {
    return execute(client, sql, null);
  }

  private static StmtResult execute(HranaHttpClient client, String sql, Long replicationIndex)
      throws HranaException {
    Stmt stmt = new Stmt(sql, null, List.of(), List.of(), null, replicationIndex);
    List<StreamResult> results = client.openStream().execute(List.of(new StreamRequest.Execute(stmt),
        new StreamRequest.Close()), null);
    return result(results.get(0));
  }

  private static List<StreamResult> run(HranaStream stream, String... sqls) throws HranaException {
    List<StreamResult> results = stream.execute(List.of(sqls).stream()
        .<StreamRequest>map(sql -> new StreamRequest.Execute(Stmt.of(sql))).toList(), null);
    results.forEach(ReplicaTest::result);
    return results;
  }

  private static StmtResult result(StreamResult result) {
    assertThat(result).as("statement result").isInstanceOf(StreamResult.Ok.class);
    return ((StreamResponse.Execute) ((StreamResult.Ok) result).response()).result();
  }
}
