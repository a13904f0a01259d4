package dev.libsql4j.devserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.libsql4j.hrana.http.HranaClientConfig;
import dev.libsql4j.hrana.http.HranaCursor;
import dev.libsql4j.hrana.http.HranaException;
import dev.libsql4j.hrana.http.HranaHttpClient;
import dev.libsql4j.hrana.http.HranaStream;
import dev.libsql4j.hrana.http.ProtocolVersion;
import dev.libsql4j.hrana.message.Batch;
import dev.libsql4j.hrana.message.BatchStep;
import dev.libsql4j.hrana.message.CursorEntry;
import dev.libsql4j.hrana.message.Stmt;
import dev.libsql4j.hrana.message.StreamRequest;
import dev.libsql4j.hrana.message.StreamResponse;
import dev.libsql4j.hrana.message.StreamResult;
import dev.libsql4j.hrana.message.Value;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * libsql4j's own Hrana client against the devserver: the shared message model and codec on both
 * ends, v3 probing, interactive streams, and cursors that carry far more than a pipeline may.
 */
class OwnClientTest {

  private static final int ROWS = 50_000;
  private static DevServer server;
  private static HranaHttpClient client;

  @BeforeAll
  static void start() throws Exception {
    server = DevServer.builder().maxResponseBytes(500_000).start();
    client = new HranaHttpClient(HranaClientConfig.builder().baseUrl(server.httpUrl()).build());
    execute(client.openStream(), "CREATE TABLE big(i INTEGER PRIMARY KEY, pad TEXT)",
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " + ROWS + ") "
            + "INSERT INTO big SELECT i, printf('%080d', i) FROM n");
  }

  @AfterAll
  static void stop() {
    client.close();
    server.close();
  }

  @Test
  void theClientFindsHrana3() throws HranaException {
    assertThat(client.protocolVersion()).isEqualTo(ProtocolVersion.V3);
  }

  @Test
  void aCursorStreamsWhatAPipelineMayNotCarry() throws HranaException {
    List<StreamResult> tooLarge = execute(client.openStream(), "SELECT * FROM big");
    assertThat(((StreamResult.Error) tooLarge.get(0)).error().code()).isEqualTo("RESPONSE_TOO_LARGE");

    Batch batch = Batch.of(List.of(new BatchStep(null, Stmt.of("SELECT * FROM big ORDER BY i"))));
    long rows = 0;
    long last = 0;
    try (HranaCursor cursor = client.openStream().cursor(batch, Duration.ofSeconds(30))) {
      assertThat(cursor.header().baton()).isNotNull();
      for (CursorEntry entry; (entry = cursor.next()) != null; ) {
        if (entry instanceof CursorEntry.Row row) {
          rows++;
          last = ((Value.IntegerValue) row.values().get(0)).value();
        }
      }
    }
    assertThat(rows).isEqualTo(ROWS);
    assertThat(last).isEqualTo(ROWS);
  }

  @Test
  void anInteractiveTransactionKeepsItsStream() throws HranaException {
    HranaStream stream = client.openStream();
    execute(stream, "BEGIN", "INSERT INTO big(pad) VALUES ('in transaction')");
    List<StreamResult> autocommit = stream.execute(List.of(new StreamRequest.GetAutocommit()), null);
    assertThat(((StreamResponse.GetAutocommit) ((StreamResult.Ok) autocommit.get(0)).response())
        .isAutocommit()).isFalse();
    execute(stream, "ROLLBACK");
    assertThat(stream.isOpen()).isTrue();
  }

  @Test
  void aRefusedRequestIsAProtocolError() {
    HranaStream stream = client.openStream();
    assertThatThrownBy(() -> stream.execute(List.of(new StreamRequest.Execute(
        new Stmt(null, 99, List.of(), List.of(), null, null))), null))
        .isInstanceOfSatisfying(HranaException.class,
            e -> assertThat(e.kind()).isEqualTo(HranaException.Kind.PROTOCOL));
  }

  private static List<StreamResult> execute(HranaStream stream, String... sqls) throws HranaException {
    return stream.execute(Arrays.stream(sqls)
        .<StreamRequest>map(sql -> new StreamRequest.Execute(Stmt.of(sql))).toList(), null);
  }
}
