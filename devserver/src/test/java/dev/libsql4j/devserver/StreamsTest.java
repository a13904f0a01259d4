package dev.libsql4j.devserver;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Stream lifecycle, transactions and concurrency on the devserver, with timeouts short enough to test
 * (sqld's are fixed at 10 s, so these run on the devserver only; the protocol doc is the reference).
 */
class StreamsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static DevServer server;
  /** A server whose streams expire quickly; the others keep sqld's 10 s so that slow machines pass. */
  private static DevServer expiring;

  @BeforeAll
  static void start() throws Exception {
    server = DevServer.builder().writeLockTimeout(Duration.ofSeconds(5)).start();
    expiring = DevServer.builder().streamIdleTimeout(Duration.ofMillis(300)).start();
    for (DevServer each : List.of(server, expiring)) {
      send(each, null, true, "CREATE TABLE t(a INTEGER PRIMARY KEY, b TEXT)");
    }
  }

  @AfterAll
  static void stop() {
    server.close();
    expiring.close();
  }

  @Test
  void anIdleStreamExpiresAndItsBatonSaysSo() throws Exception {
    String baton = send(expiring, null, false).get("baton").asText();
    Thread.sleep(800);
    HttpProbe.Reply reply = HttpProbe.post(expiring.httpUrl(), "/v3/pipeline",
        "{\"baton\":\"" + baton + "\",\"requests\":[]}");
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.contentType()).startsWith("application/json");
    assertThat(JSON.readTree(reply.body()).get("code").asText()).isEqualTo("STREAM_EXPIRED");
    assertThat(JSON.readTree(reply.body()).get("message").asText())
        .isEqualTo("The stream has expired due to inactivity");
  }

  @Test
  void anAbandonedTransactionIsRolledBackAndReleasesTheWriteLock() throws Exception {
    send(expiring, null, false, "BEGIN IMMEDIATE", "INSERT INTO t(b) VALUES ('abandoned')");
    Thread.sleep(800);
    assertThat(send(expiring, null, true, "SELECT count(*) FROM t WHERE b = 'abandoned'")
        .at("/results/0/response/result/rows/0/0/value").asLong()).isZero();
    JsonNode write = send(expiring, null, true, "INSERT INTO t(b) VALUES ('after')");
    assertThat(write.at("/results/0/type").asText()).isEqualTo("ok");
  }

  @Test
  void concurrentWritersAreQueuedInsteadOfBusy() throws Exception {
    String baton = pipeline(null, "BEGIN IMMEDIATE", "INSERT INTO t(b) VALUES ('first')")
        .get("baton").asText();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<JsonNode>> writers = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        String sql = "INSERT INTO t(b) VALUES ('queued" + i + "')";
        writers.add(pool.submit(() -> pipelineClosed(sql)));
      }
      Thread.sleep(150);
      assertThat(writers).noneMatch(Future::isDone);
      pipeline(baton, "COMMIT");
      for (Future<JsonNode> writer : writers) {
        assertThat(writer.get().at("/results/0/type").asText()).isEqualTo("ok");
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(count("b LIKE 'queued%' OR b = 'first'")).isEqualTo(5);
  }

  @Test
  void aWriterWaitingOnAnOldTransactionRollsItBackLikeSqld() throws Exception {
    try (DevServer strict = DevServer.builder().transactionTimeout(Duration.ofMillis(300))
        .writeLockTimeout(Duration.ofSeconds(5)).start()) {
      send(strict, null, true, "CREATE TABLE s(a TEXT)");
      String baton = send(strict, null, false, "BEGIN IMMEDIATE", "INSERT INTO s VALUES ('old')")
          .get("baton").asText();
      long started = System.nanoTime();
      assertThat(send(strict, null, true, "INSERT INTO s VALUES ('waiter')").at("/results/0/type").asText())
          .isEqualTo("ok");
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
      JsonNode timedOut = send(strict, baton, false, "SELECT 1", "SELECT 2");
      assertThat(timedOut.at("/results/0/error/code").asText()).isEqualTo("TRANSACTION_TIMEOUT");
      assertThat(timedOut.at("/results/1/error/code").asText()).isEqualTo("TRANSACTION_TIMEOUT");
      JsonNode after = send(strict, timedOut.get("baton").asText(), true, "SELECT group_concat(a) FROM s");
      assertThat(after.at("/results/0/response/result/rows/0/0/value").asText()).isEqualTo("waiter");
    }
  }

  @Test
  void readersRunBesideAWriter() throws Exception {
    String baton = pipeline(null, "BEGIN IMMEDIATE", "INSERT INTO t(b) VALUES ('uncommitted')")
        .get("baton").asText();
    assertThat(count("b = 'uncommitted'")).isZero();
    pipeline(baton, "ROLLBACK");
  }

  @Test
  void aReadOnlyTransactionRefusesWrites() throws Exception {
    for (String begin : List.of("BEGIN TRANSACTION READONLY", "BEGIN READONLY")) {
      JsonNode reply = pipelineClosed(begin, "SELECT count(*) FROM t",
          "INSERT INTO t(b) VALUES ('in read txn')", "COMMIT", "INSERT INTO t(b) VALUES ('after read txn')");
      assertThat(reply.at("/results/1/type").asText()).isEqualTo("ok");
      assertThat(reply.at("/results/2/error/code").asText()).isEqualTo("SQLITE_READONLY");
      assertThat(reply.at("/results/4/type").asText()).isEqualTo("ok");
    }
  }

  @Test
  void theNumberOfOpenStreamsIsCapped() throws Exception {
    // Its own server: idle streams must not expire (and free slots) while the test fills them.
    try (DevServer small = DevServer.builder().maxStreams(2).start()) {
      for (int i = 0; i < 2; i++) {
        assertThat(HttpProbe.post(small.httpUrl(), "/v3/pipeline", "{\"requests\":[]}").status())
            .isEqualTo(200);
      }
      HttpProbe.Reply refused = HttpProbe.post(small.httpUrl(), "/v3/pipeline", "{\"requests\":[]}");
      assertThat(refused.status()).isEqualTo(429);
      assertThat(JSON.readTree(refused.body()).get("error").asText())
          .isEqualTo("Timed out while opening database connection");
      assertThat(small.openStreams()).isEqualTo(2);
    }
  }

  @Test
  void replicationIndexCountsCommits() throws Exception {
    long before = Long.parseLong(pipelineClosed("INSERT INTO t(b) VALUES ('ri')")
        .at("/results/0/response/result/replication_index").asText());
    JsonNode batch = pipelineClosed("INSERT INTO t(b) VALUES ('ri2')", "SELECT 1");
    assertThat(batch.at("/results/0/response/result/replication_index").asLong()).isEqualTo(before + 1);
    assertThat(batch.at("/results/1/response/result/replication_index").asLong()).isEqualTo(before + 1);
  }

  private static long count(String where) throws Exception {
    return pipelineClosed("SELECT count(*) FROM t WHERE " + where)
        .at("/results/0/response/result/rows/0/0/value").asLong();
  }

  /** Runs statements on the stream of {@code baton} (null: a new one) and keeps the stream open. */
  static JsonNode pipeline(String baton, String... sqls) throws Exception {
    return send(server, baton, false, sqls);
  }

  /** Runs statements on a new stream and closes it. */
  static JsonNode pipelineClosed(String... sqls) throws Exception {
    return send(server, null, true, sqls);
  }

  private static JsonNode send(DevServer on, String baton, boolean close, String... sqls) throws Exception {
    StringBuilder requests = new StringBuilder();
    for (String sql : sqls) {
      requests.append(requests.length() == 0 ? "" : ",")
          .append("{\"type\":\"execute\",\"stmt\":{\"sql\":").append(JSON.writeValueAsString(sql)).append("}}");
    }
    if (close) {
      requests.append(requests.length() == 0 ? "" : ",").append("{\"type\":\"close\"}");
    }
    HttpProbe.Reply reply = HttpProbe.post(on.httpUrl(), "/v3/pipeline",
        "{\"baton\":" + (baton == null ? "null" : "\"" + baton + "\"") + ",\"requests\":[" + requests + "]}");
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return JSON.readTree(reply.body());
  }
}
