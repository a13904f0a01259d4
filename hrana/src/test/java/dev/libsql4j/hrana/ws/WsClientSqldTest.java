package dev.libsql4j.hrana.ws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.libsql4j.hrana.http.HranaClientConfig;
import dev.libsql4j.hrana.http.HranaCursor;
import dev.libsql4j.hrana.http.HranaException;
import dev.libsql4j.hrana.http.HranaStream;
import dev.libsql4j.hrana.http.ProtocolPreference;
import dev.libsql4j.hrana.http.ProtocolVersion;
import dev.libsql4j.hrana.message.Batch;
import dev.libsql4j.hrana.message.BatchStep;
import dev.libsql4j.hrana.message.CursorEntry;
import dev.libsql4j.hrana.message.Stmt;
import dev.libsql4j.hrana.message.StmtResult;
import dev.libsql4j.hrana.message.StreamRequest;
import dev.libsql4j.hrana.message.StreamResponse;
import dev.libsql4j.hrana.message.StreamResult;
import dev.libsql4j.hrana.message.Value;
import dev.libsql4j.testing.SqldExtension;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The WebSocket transport on real sqld: streams, pipelining, stored SQL, cursors, sockets. */
class WsClientSqldTest {

  @RegisterExtension
  static final SqldExtension SQLD = SqldExtension.standalone();

  private HranaWsClient client;

  @BeforeEach
  void open() {
    client = new HranaWsClient(HranaClientConfig.builder().baseUrl(SQLD.node().httpUrl()).build(), 2);
  }

  @AfterEach
  void closeClient() {
    client.close();
  }

  @Test
  void sqldNegotiatesHrana3() throws HranaException {
    assertThat(client.protocolVersion()).isEqualTo(ProtocolVersion.V3);
    assertThat(client.openSockets()).isEqualTo(1);
  }

  @Test
  void hrana2IsSpokenWhenOnlyItIsOffered() throws HranaException {
    try (HranaWsClient v2 = new HranaWsClient(HranaClientConfig.builder().baseUrl(SQLD.node().httpUrl())
        .protocol(ProtocolPreference.V2).build(), 1)) {
      assertThat(v2.protocolVersion()).isEqualTo(ProtocolVersion.V2);
      List<StreamResult> results = v2.openStream().execute(List.of(execute("SELECT 2"), close()), null);
      assertThat(rows(results.get(0)).rows()).containsExactly(List.of(Value.of(2)));
    }
  }

  @Test
  void aPipelineOnANewStreamIsOpenRequestsAndCloseSentTogether() throws HranaException {
    HranaStream stream = client.openStream();
    List<StreamResult> results = stream.execute(List.of(execute("SELECT 1"), close()), null);

    assertThat(rows(results.get(0)).rows()).containsExactly(List.of(Value.of(1)));
    assertThat(results.get(1)).isEqualTo(new StreamResult.Ok(new StreamResponse.Close()));
    assertThat(stream.isOpen()).isFalse();
    assertThat(client.traffic().snapshot())
        .containsEntry("hello", 1L).containsEntry("open_stream", 1L).containsEntry("execute", 1L)
        .containsEntry("close_stream", 1L);
  }

  @Test
  void aTransactionSpansCallsOnOneStreamAndOthersDoNotSeeIt() throws HranaException {
    HranaStream writer = client.openStream();
    HranaStream reader = client.openStream();
    writer.execute(List.of(execute("CREATE TABLE IF NOT EXISTS tx(a)"), execute("DELETE FROM tx")), null);
    writer.execute(List.of(execute("BEGIN"), execute("INSERT INTO tx VALUES (1)")), null);

    Value inside = rows(writer.execute(List.of(execute("SELECT count(*) FROM tx")), null).get(0)).rows().get(0).get(0);
    Value outside = rows(reader.execute(List.of(execute("SELECT count(*) FROM tx"), close()), null).get(0))
        .rows().get(0).get(0);
    writer.execute(List.of(execute("ROLLBACK"), close()), null);

    assertThat(inside).isEqualTo(Value.of(1));
    assertThat(outside).isEqualTo(Value.of(0));
  }

  @Test
  void aSqlErrorFailsOnlyItsRequest() throws HranaException {
    HranaStream stream = client.openStream();
    List<StreamResult> results = stream.execute(List.of(execute("SELECT * FROM missing"), execute("SELECT 3"),
        close()), null);

    assertThat(((StreamResult.Error) results.get(0)).error().message()).contains("no such table: missing");
    assertThat(rows(results.get(1)).rows()).containsExactly(List.of(Value.of(3)));
  }

  @Test
  void statementsWithArgumentsAreStoredOncePerSocketAndThenSentById() throws HranaException {
    for (int i = 0; i < 3; i++) {
      List<StreamResult> results = client.openStream().execute(
          List.of(execute("SELECT ? + 1", Value.of(i)), close()), null);
      assertThat(rows(results.get(0)).rows()).containsExactly(List.of(Value.of(i + 1)));
    }

    assertThat(client.traffic().count("store_sql")).isEqualTo(1);
    assertThat(client.traffic().count("execute")).isEqualTo(3);
  }

  @Test
  void aCallersStoredSqlBecomesTheSocketsStoredText() throws HranaException {
    HranaStream stream = client.openStream();
    Stmt byId = new Stmt(null, 0, List.of(), List.of(), null, null);
    List<StreamResult> results = stream.execute(List.of(new StreamRequest.StoreSql(0, "SELECT 42"),
        new StreamRequest.BatchRequest(Batch.of(List.of(new BatchStep(null, byId), new BatchStep(null, byId)))),
        new StreamRequest.CloseSql(0), close()), null);

    StreamResponse.BatchResponse batch = (StreamResponse.BatchResponse) ((StreamResult.Ok) results.get(1)).response();
    assertThat(batch.result().stepResults()).extracting(StmtResult::rows)
        .containsOnly(List.of(List.of(Value.of(42))));
    assertThat(client.traffic().count("store_sql")).isEqualTo(1);
    assertThat(client.traffic().count("close_sql")).isZero();
  }

  @Test
  void beyondItsCapacityTheLeastRecentlyUsedTextIsClosed() throws HranaException {
    HranaStream stream = client.openStream();
    for (int i = 0; i <= StoredSql.CAPACITY; i++) {
      stream.execute(List.of(execute("SELECT ? + " + i, Value.of(1))), null);
    }
    List<StreamResult> again = stream.execute(List.of(execute("SELECT ? + 0", Value.of(1)), close()), null);

    assertThat(rows(again.get(0)).rows()).containsExactly(List.of(Value.of(1)));
    assertThat(client.traffic().count("close_sql")).isEqualTo(2);
    assertThat(client.traffic().count("store_sql")).isEqualTo(StoredSql.CAPACITY + 2);
  }

  @Test
  void aCursorStreamsMoreRowsThanOneFetch() throws HranaException {
    int count = WsCursor.FETCH_ENTRIES * 3 + 5;
    HranaStream stream = client.openStream();
    Batch batch = Batch.of(List.of(new BatchStep(null, Stmt.of(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " + count + ") SELECT i FROM n"))));
    List<CursorEntry> entries = new ArrayList<>();
    try (HranaCursor cursor = stream.cursor(batch, null)) {
      for (CursorEntry entry; (entry = cursor.next()) != null; ) {
        entries.add(entry);
      }
    }
    List<StreamResult> after = stream.execute(List.of(execute("SELECT 'usable'"), close()), null);

    assertThat(entries).filteredOn(CursorEntry.Row.class::isInstance).hasSize(count);
    assertThat(entries).filteredOn(CursorEntry.StepEnd.class::isInstance).hasSize(1);
    assertThat(rows(after.get(0)).rows()).containsExactly(List.of(Value.of("usable")));
    assertThat(client.traffic().count("fetch_cursor")).isEqualTo(4);
    assertThat(client.traffic().count("close_cursor")).isEqualTo(1);
  }

  @Test
  void streamsShareBoundedSockets() throws HranaException {
    List<HranaStream> streams = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      HranaStream stream = client.openStream();
      stream.execute(List.of(execute("SELECT 1")), null);
      streams.add(stream);
    }

    assertThat(client.openSockets()).isEqualTo(2);
    for (HranaStream stream : streams) {
      stream.execute(List.of(close()), null);
    }
    assertThat(client.traffic().socketsOpened()).isEqualTo(2);
  }

  @Test
  void aStreamOnADeadSocketFailsAndNewStreamsReconnect() throws Exception {
    HranaStream inTransaction = client.openStream();
    inTransaction.execute(List.of(execute("BEGIN"), execute("SELECT 1")), null);
    SQLD.node().restart();

    assertThatThrownBy(() -> inTransaction.execute(List.of(execute("SELECT 1")), null))
        .isInstanceOfSatisfying(HranaException.class,
            e -> assertThat(e.kind()).isEqualTo(HranaException.Kind.TRANSPORT));
    assertThat(inTransaction.isOpen()).isFalse();
    List<StreamResult> later = client.openStream().execute(List.of(execute("SELECT 5"), close()), null);
    assertThat(rows(later.get(0)).rows()).containsExactly(List.of(Value.of(5)));
    assertThat(client.traffic().socketsOpened()).isEqualTo(2);
  }

  private static StreamRequest execute(String sql, Value... args) {
    return new StreamRequest.Execute(Stmt.of(sql, List.of(args)));
  }

  private static StreamRequest close() {
    return new StreamRequest.Close();
  }

  private static StmtResult rows(StreamResult result) {
    assertThat(result).isInstanceOf(StreamResult.Ok.class);
    return ((StreamResponse.Execute) ((StreamResult.Ok) result).response()).result();
  }
}
