package dev.libsql4j.hrana.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.libsql4j.hrana.message.Batch;
import dev.libsql4j.hrana.message.BatchCond;
import dev.libsql4j.hrana.message.BatchStep;
import dev.libsql4j.hrana.message.CursorRequest;
import dev.libsql4j.hrana.message.NamedArg;
import dev.libsql4j.hrana.message.PipelineRequest;
import dev.libsql4j.hrana.message.Stmt;
import dev.libsql4j.hrana.message.StreamRequest;
import dev.libsql4j.hrana.message.Value;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pipeline and cursor request bodies: what a client writes and a server reads. */
class RequestJsonTest {

  @Test
  void encodesEveryRequestKind() {
    PipelineRequest request = new PipelineRequest("B1", List.of(
        new StreamRequest.Execute(Stmt.of("SELECT ?", List.of(Value.of(1)))),
        new StreamRequest.Sequence("CREATE TABLE t(a); INSERT INTO t VALUES (1)", null, null),
        new StreamRequest.Describe(null, 7, 12L),
        new StreamRequest.StoreSql(7, "SELECT :x"),
        new StreamRequest.CloseSql(7),
        new StreamRequest.GetAutocommit(),
        new StreamRequest.Close()));

    assertThat(encode(request)).isEqualTo("{\"baton\":\"B1\",\"requests\":["
        + "{\"type\":\"execute\",\"stmt\":{\"sql\":\"SELECT ?\","
        + "\"args\":[{\"type\":\"integer\",\"value\":\"1\"}],\"named_args\":[]}},"
        + "{\"type\":\"sequence\",\"sql\":\"CREATE TABLE t(a); INSERT INTO t VALUES (1)\"},"
        + "{\"type\":\"describe\",\"sql_id\":7,\"replication_index\":\"12\"},"
        + "{\"type\":\"store_sql\",\"sql_id\":7,\"sql\":\"SELECT :x\"},"
        + "{\"type\":\"close_sql\",\"sql_id\":7},"
        + "{\"type\":\"get_autocommit\"},"
        + "{\"type\":\"close\"}]}");
  }

  @Test
  void encodesANewStreamWithAnExplicitNullBaton() {
    assertThat(encode(new PipelineRequest(null, List.of())))
        .isEqualTo("{\"baton\":null,\"requests\":[]}");
  }

  @Test
  void encodesAStatementWithEveryOption() {
    Stmt stmt = new Stmt(null, 3, List.of(),
        List.of(new NamedArg(":x", Value.of("a")), new NamedArg("@y", Value.NULL)), false, 99L);

    assertThat(encode(new PipelineRequest(null, List.of(new StreamRequest.Execute(stmt)))))
        .isEqualTo("{\"baton\":null,\"requests\":[{\"type\":\"execute\",\"stmt\":{\"sql_id\":3,"
            + "\"args\":[],\"named_args\":[{\"name\":\":x\",\"value\":{\"type\":\"text\",\"value\":\"a\"}},"
            + "{\"name\":\"@y\",\"value\":{\"type\":\"null\"}}],"
            + "\"want_rows\":false,\"replication_index\":\"99\"}}]}");
  }

  @Test
  void encodesABatchWithEveryConditionKind() {
    Batch batch = new Batch(List.of(
        new BatchStep(null, Stmt.of("BEGIN")),
        new BatchStep(BatchCond.and(BatchCond.ok(0), BatchCond.not(new BatchCond.IsAutocommit())),
            Stmt.of("SELECT 1")),
        new BatchStep(new BatchCond.Or(List.of(new BatchCond.Error(1), new BatchCond.Or(List.of()))),
            Stmt.of("ROLLBACK"))), 5L);

    assertThat(encode(new CursorRequest(null, batch))).isEqualTo("{\"baton\":null,\"batch\":{\"steps\":["
        + "{\"stmt\":{\"sql\":\"BEGIN\",\"args\":[],\"named_args\":[]}},"
        + "{\"condition\":{\"type\":\"and\",\"conds\":[{\"type\":\"ok\",\"step\":0},"
        + "{\"type\":\"not\",\"cond\":{\"type\":\"is_autocommit\"}}]},"
        + "\"stmt\":{\"sql\":\"SELECT 1\",\"args\":[],\"named_args\":[]}},"
        + "{\"condition\":{\"type\":\"or\",\"conds\":[{\"type\":\"error\",\"step\":1},"
        + "{\"type\":\"or\",\"conds\":[]}]},"
        + "\"stmt\":{\"sql\":\"ROLLBACK\",\"args\":[],\"named_args\":[]}}],"
        + "\"replication_index\":\"5\"}}");
  }

  @Test
  void decodesWhatTheJsClientSends() throws Exception {
    // @libsql/client: execute("SELECT ?", [1]) — numbers go out as floats, the baton is omitted.
    String json = "{\"requests\":[{\"type\":\"execute\",\"stmt\":{\"sql\":\"SELECT ?\","
        + "\"args\":[{\"type\":\"float\",\"value\":1}],\"named_args\":[],\"want_rows\":true}},"
        + "{\"type\":\"close\"}]}";

    PipelineRequest request = HranaJson.decodePipelineRequest(json.getBytes(UTF_8));

    assertThat(request.baton()).isNull();
    assertThat(request.requests()).containsExactly(
        new StreamRequest.Execute(new Stmt("SELECT ?", null, List.of(Value.of(1.0)), List.of(), true, null)),
        new StreamRequest.Close());
  }

  @Test
  void decodesToleratingUnknownFieldsFieldOrderAndNumericReplicationIndex() throws Exception {
    String json = "{\"requests\":[{\"stmt\":{\"replication_index\":7,\"x\":1,\"sql\":\"SELECT 1\"},"
        + "\"type\":\"execute\",\"extra\":[{}]}],\"baton\":\"B\",\"future\":true}";

    PipelineRequest request = HranaJson.decodePipelineRequest(json.getBytes(UTF_8));

    assertThat(request).isEqualTo(new PipelineRequest("B",
        List.of(new StreamRequest.Execute(Stmt.of("SELECT 1").withReplicationIndex(7L)))));
  }

  @Test
  void roundTripsEveryRequestKind() throws Exception {
    PipelineRequest request = new PipelineRequest("baton", List.of(
        new StreamRequest.Execute(new Stmt("SELECT ?, ?, ?, ?, ?", null, List.of(Value.NULL,
            Value.of(Long.MIN_VALUE), Value.of(-0.5e-10), Value.of("✓"), Value.of(new byte[] {1, 2})),
            List.of(), true, 1L)),
        new StreamRequest.BatchRequest(new Batch(List.of(
            new BatchStep(null, Stmt.of("BEGIN IMMEDIATE")),
            new BatchStep(BatchCond.not(new BatchCond.Error(0)), Stmt.of("COMMIT"))), null)),
        new StreamRequest.Sequence(null, 1, 2L),
        new StreamRequest.Describe("SELECT $a", null, null),
        new StreamRequest.StoreSql(1, "SELECT 1"),
        new StreamRequest.CloseSql(1),
        new StreamRequest.GetAutocommit(),
        new StreamRequest.Close()));

    assertThat(HranaJson.decodePipelineRequest(HranaJson.encodePipelineRequest(request)))
        .isEqualTo(request);
    assertThat(HranaJson.decodePipelineRequest(new ByteArrayInputStream(
        HranaJson.encodePipelineRequest(request)))).isEqualTo(request);
  }

  @Test
  void roundTripsACursorRequest() throws Exception {
    CursorRequest request = new CursorRequest("B", Batch.of(List.of(
        new BatchStep(null, Stmt.of("SELECT 1")),
        new BatchStep(new BatchCond.Or(List.of(BatchCond.ok(0))), Stmt.of("SELECT 2")))));

    assertThat(HranaJson.decodeCursorRequest(HranaJson.encodeCursorRequest(request))).isEqualTo(request);
    assertThat(HranaJson.decodeCursorRequest(new ByteArrayInputStream(
        HranaJson.encodeCursorRequest(request)))).isEqualTo(request);
  }

  @Test
  void rejectsAStatementWithBothOrNeitherSqlAndSqlId() {
    assertThatThrownBy(() -> decode("{\"requests\":[{\"type\":\"execute\",\"stmt\":{\"sql\":\"x\",\"sql_id\":1}}]}"))
        .isInstanceOf(HranaJsonException.class)
        .hasMessage("Invalid Hrana JSON at /requests/0/stmt: exactly one of 'sql' and 'sql_id' is required");
    assertThatThrownBy(() -> decode("{\"requests\":[{\"type\":\"describe\"}]}"))
        .hasMessageContaining("exactly one of 'sql' and 'sql_id' is required");
  }

  @Test
  void rejectsUnknownTypesAndMissingRequiredFields() {
    assertThatThrownBy(() -> decode("{\"requests\":[{\"type\":\"open_stream\"}]}"))
        .hasMessage("Invalid Hrana JSON at /requests/0: unknown request type 'open_stream'");
    assertThatThrownBy(() -> decode("{\"baton\":null}"))
        .hasMessage("Invalid Hrana JSON at (root): missing field 'requests'");
    assertThatThrownBy(() -> decode("{\"requests\":[{\"type\":\"execute\"}]}"))
        .hasMessageContaining("missing field 'stmt'");
    assertThatThrownBy(() -> decode("{\"requests\":[{\"type\":\"store_sql\",\"sql\":\"SELECT 1\"}]}"))
        .hasMessageContaining("missing field 'sql_id'");
    assertThatThrownBy(() -> decode("{\"requests\":[{\"type\":\"batch\",\"batch\":{\"steps\":["
        + "{\"condition\":{\"type\":\"maybe\"},\"stmt\":{\"sql\":\"SELECT 1\"}}]}}]}"))
        .hasMessage("Invalid Hrana JSON at /requests/0/batch/steps/0/condition: unknown condition type 'maybe'");
    assertThatThrownBy(() -> decode("{\"requests\":[{\"type\":\"execute\",\"stmt\":{\"sql\":\"SELECT ?\","
        + "\"args\":[{\"type\":\"integer\",\"value\":\"x\"}]}}]}"))
        .hasMessage("Invalid Hrana JSON at /requests/0/stmt/args/0: 'x' is not a 64-bit integer");
    assertThatThrownBy(() -> decode("{\"requests\":[{\"type\":\"close_sql\",\"sql_id\":4294967296}]}"))
        .hasMessage("Invalid Hrana JSON at /requests/0/sql_id: '4294967296' is not a 32-bit integer");
  }

  @Test
  void rejectsMalformedJson() {
    assertThatThrownBy(() -> decode("{\"requests\":[}"))
        .isInstanceOf(HranaJsonException.class)
        .hasMessageStartingWith("Malformed JSON at line 1, column 14: Unexpected close marker");
    assertThatThrownBy(() -> decode("")).hasMessage("Invalid Hrana JSON at (root): empty body");
    assertThatThrownBy(() -> decode("{\"requests\":[]} {}"))
        .hasMessageContaining("unexpected content after the message");
    assertThatThrownBy(() -> decode("{\"requests\":[")).hasMessageContaining("end-of-input");
    assertThatThrownBy(() -> decode("[]")).hasMessageContaining("expected pipeline request object");
  }

  private static String encode(PipelineRequest request) {
    return new String(HranaJson.encodePipelineRequest(request), UTF_8);
  }

  private static String encode(CursorRequest request) {
    return new String(HranaJson.encodeCursorRequest(request), UTF_8);
  }

  private static PipelineRequest decode(String json) throws HranaJsonException {
    return HranaJson.decodePipelineRequest(json.getBytes(UTF_8));
  }
}
