package dev.libsql4j.devserver;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Streams reuse the SQLite connections of closed streams, but never inherit anything of them: a new
 * stream starts as on sqld, with foreign keys on, no temporary objects and no open transaction.
 */
class ConnectionReuseTest {

  private static DevServer server;

  @BeforeAll
  static void start() throws Exception {
    server = DevServer.builder().maxThreads(1).start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void aSettingChangedByOneStreamIsNotSeenByTheNext() {
    assertThat(run("PRAGMA foreign_keys = OFF", "PRAGMA foreign_keys")).contains("\"value\":\"0\"");
    assertThat(run("PRAGMA foreign_keys")).contains("\"value\":\"1\"");
  }

  @Test
  void aTemporaryTableOfOneStreamIsNotSeenByTheNext() {
    assertThat(run("CREATE TEMP TABLE scratch(x)", "SELECT count(*) FROM scratch")).contains("\"value\":\"0\"");
    assertThat(run("SELECT count(*) FROM temp.sqlite_schema")).contains("\"value\":\"0\"");
  }

  @Test
  void aTransactionLeftOpenIsRolledBackBeforeTheConnectionServesAgain() {
    run("CREATE TABLE IF NOT EXISTS t(x)");
    // No close: the stream is abandoned with its transaction, then closed by a later request on it.
    HttpProbe.Reply open = HttpProbe.post(server.httpUrl(), "/v3/pipeline",
        "{\"requests\":[" + execute("BEGIN") + "," + execute("INSERT INTO t VALUES (1)") + "]}");
    String baton = open.body().replaceAll(".*\"baton\":\"([^\"]+)\".*", "$1");
    HttpProbe.post(server.httpUrl(), "/v3/pipeline", "{\"baton\":\"" + baton + "\",\"requests\":[{\"type\":\"close\"}]}");
    assertThat(run("SELECT count(*) FROM t")).contains("\"value\":\"0\"");
    assertThat(HttpProbe.post(server.httpUrl(), "/v3/pipeline",
        "{\"requests\":[{\"type\":\"get_autocommit\"},{\"type\":\"close\"}]}").body())
        .contains("\"is_autocommit\":true");
  }

  /** Runs statements on a new stream and closes it; returns the body. */
  private static String run(String... sqls) {
    StringBuilder requests = new StringBuilder();
    for (String sql : sqls) {
      requests.append(execute(sql)).append(',');
    }
    HttpProbe.Reply reply = HttpProbe.post(server.httpUrl(), "/v3/pipeline",
        "{\"requests\":[" + requests + "{\"type\":\"close\"}]}");
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    assertThat(reply.body()).doesNotContain("\"type\":\"error\"");
    return reply.body();
  }

  private static String execute(String sql) {
    return "{\"type\":\"execute\",\"stmt\":{\"sql\":\"" + sql + "\"}}";
  }
}
