package dev.libsql4j.hrana.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.libsql4j.hrana.message.BatchResult;
import dev.libsql4j.hrana.message.Col;
import dev.libsql4j.hrana.message.DescribeResult;
import dev.libsql4j.hrana.message.HranaError;
import dev.libsql4j.hrana.message.PipelineResponse;
import dev.libsql4j.hrana.message.StmtResult;
import dev.libsql4j.hrana.message.StreamResponse;
import dev.libsql4j.hrana.message.StreamResult;
import dev.libsql4j.hrana.message.Value;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pipeline response bodies: what a server writes and a client reads. */
class ResponseJsonTest {

  private static final HranaError NO_SUCH_X =
      new HranaError("SQL input error: no such column: x (at offset 7)", "SQL_INPUT_ERROR");

  @Test
  void decodesARealSqldResponse() throws IOException {
    PipelineResponse response;
    // Captured from sqld 0.24.32: execute (DDL, INSERT, SELECT of every type), describe,
    // get_autocommit, store_sql, close_sql, sequence, a failing execute, a batch, close.
    try (InputStream body = getClass().getResourceAsStream("sqld-pipeline-response.json")) {
      response = HranaJson.decodePipelineResponse(body);
    }

    assertThat(response.baton()).isNull();
    assertThat(response.baseUrl()).isNull();
    List<StreamResult> results = response.results();
    assertThat(results).hasSize(11);

    StmtResult insert = executeResult(results.get(1));
    assertThat(insert.affectedRowCount()).isEqualTo(1);
    assertThat(insert.lastInsertRowid()).isEqualTo(1L);
    assertThat(insert.replicationIndex()).isEqualTo(2L);
    assertThat(insert.rowsWritten()).isEqualTo(1);

    StmtResult select = executeResult(results.get(2));
    assertThat(select.cols()).extracting(Col::decltype)
        .containsExactly("INTEGER", "TEXT", "BLOB", "REAL", null, null, null);
    assertThat(select.rows()).containsExactly(List.of(Value.of(1), Value.of("héllo ✓"),
        Value.of(new byte[] {(byte) 0xff}), Value.of(1.5e300), Value.NULL, Value.of(Long.MIN_VALUE),
        Value.of(new byte[0])));
    assertThat(select.lastInsertRowid()).isNull();
    assertThat(select.queryDurationMs()).isEqualTo(0.059);

    assertThat(response(results.get(3))).isEqualTo(new StreamResponse.Describe(new DescribeResult(
        Arrays.asList(null, ":x"), List.of(new Col("b", "TEXT")), false, true)));
    assertThat(response(results.get(4))).isEqualTo(new StreamResponse.GetAutocommit(true));
    assertThat(response(results.get(5))).isEqualTo(new StreamResponse.StoreSql());
    assertThat(response(results.get(6))).isEqualTo(new StreamResponse.CloseSql());
    assertThat(response(results.get(7))).isEqualTo(new StreamResponse.Sequence());
    assertThat(results.get(8)).isEqualTo(new StreamResult.Error(
        new HranaError("SQL input error: no such column: nope (at offset 7)", "SQL_INPUT_ERROR")));

    BatchResult batch = ((StreamResponse.BatchResponse) response(results.get(9))).result();
    assertThat(batch.stepResults()).hasSize(3);
    assertThat(batch.stepResults().get(0).rows()).containsExactly(List.of(Value.of(1)));
    assertThat(batch.stepResults().subList(1, 3)).containsOnlyNulls();
    assertThat(batch.stepErrors()).containsExactly(null, null, NO_SUCH_X);
    assertThat(batch.replicationIndex()).isEqualTo(2L);
    assertThat(response(results.get(10))).isEqualTo(new StreamResponse.Close());
  }

  @Test
  void encodesEveryFieldIncludingNullsAsSqldDoes() {
    PipelineResponse response = new PipelineResponse("B2", null, List.of(
        ok(new StreamResponse.Execute(new StmtResult(List.of(new Col("a", "INTEGER"), new Col("1", null)),
            List.of(List.of(Value.of(1), Value.of(1.5))), 1, 9L, 3L, 2, 1, 0.25))),
        ok(new StreamResponse.BatchResponse(new BatchResult(
            Arrays.asList(null, emptyResult()), Arrays.asList(NO_SUCH_X, null), null))),
        ok(new StreamResponse.Describe(new DescribeResult(Arrays.asList(null, ":x"), List.of(), false, true))),
        ok(new StreamResponse.GetAutocommit(false)),
        ok(new StreamResponse.Sequence()),
        new StreamResult.Error(new HranaError("boom", null))));

    assertThat(new String(HranaJson.encodePipelineResponse(response), UTF_8)).isEqualTo(
        "{\"baton\":\"B2\",\"base_url\":null,\"results\":["
            + "{\"type\":\"ok\",\"response\":{\"type\":\"execute\",\"result\":{"
            + "\"cols\":[{\"name\":\"a\",\"decltype\":\"INTEGER\"},{\"name\":\"1\",\"decltype\":null}],"
            + "\"rows\":[[{\"type\":\"integer\",\"value\":\"1\"},{\"type\":\"float\",\"value\":1.5}]],"
            + "\"affected_row_count\":1,\"last_insert_rowid\":\"9\",\"replication_index\":\"3\","
            + "\"rows_read\":2,\"rows_written\":1,\"query_duration_ms\":0.25}}},"
            + "{\"type\":\"ok\",\"response\":{\"type\":\"batch\",\"result\":{"
            + "\"step_results\":[null,{\"cols\":[],\"rows\":[],\"affected_row_count\":0,"
            + "\"last_insert_rowid\":null,\"replication_index\":null,\"rows_read\":0,\"rows_written\":0,"
            + "\"query_duration_ms\":0.0}],"
            + "\"step_errors\":[{\"message\":\"SQL input error: no such column: x (at offset 7)\","
            + "\"code\":\"SQL_INPUT_ERROR\"},null],\"replication_index\":null}}},"
            + "{\"type\":\"ok\",\"response\":{\"type\":\"describe\",\"result\":{"
            + "\"params\":[{\"name\":null},{\"name\":\":x\"}],\"cols\":[],"
            + "\"is_explain\":false,\"is_readonly\":true}}},"
            + "{\"type\":\"ok\",\"response\":{\"type\":\"get_autocommit\",\"is_autocommit\":false}},"
            + "{\"type\":\"ok\",\"response\":{\"type\":\"sequence\"}},"
            + "{\"type\":\"error\",\"error\":{\"message\":\"boom\",\"code\":null}}]}");
  }

  @Test
  void roundTripsEveryResponseKind() throws IOException {
    PipelineResponse response = new PipelineResponse(null, "http://127.0.0.1:8080", List.of(
        ok(new StreamResponse.Execute(new StmtResult(List.of(new Col("x", null)),
            List.of(List.of(Value.of(new byte[] {(byte) 0xfe, 0})), List.of(Value.NULL)),
            0, null, Long.MAX_VALUE, 1, 0, 1.5e-3))),
        ok(new StreamResponse.BatchResponse(new BatchResult(
            Arrays.asList(emptyResult(), null), Arrays.asList(null, NO_SUCH_X), 4L))),
        ok(new StreamResponse.Describe(new DescribeResult(List.of("@a"), List.of(new Col("a", "TEXT")),
            true, false))),
        ok(new StreamResponse.GetAutocommit(true)),
        ok(new StreamResponse.StoreSql()),
        ok(new StreamResponse.CloseSql()),
        ok(new StreamResponse.Sequence()),
        ok(new StreamResponse.Close()),
        new StreamResult.Error(NO_SUCH_X)));

    assertThat(HranaJson.decodePipelineResponse(HranaJson.encodePipelineResponse(response)))
        .isEqualTo(response);
  }

  @Test
  void toleratesMissingOptionalFieldsAndResultBeforeType() throws IOException {
    String json = "{\"results\":[{\"response\":{\"result\":{\"rows\":[[{\"type\":\"null\"}]],"
        + "\"future\":{}},\"type\":\"execute\"},\"type\":\"ok\"}]}";

    PipelineResponse response = HranaJson.decodePipelineResponse(json.getBytes(UTF_8));

    assertThat(response.baton()).isNull();
    assertThat(response.baseUrl()).isNull();
    assertThat(executeResult(response.results().get(0)))
        .isEqualTo(new StmtResult(List.of(), List.of(List.of(Value.NULL)), 0, null, null, 0, 0, 0));
  }

  @Test
  void rejectsResponsesTheClientCannotUnderstand() {
    assertThatThrownBy(() -> decode("{\"baton\":null}"))
        .isInstanceOf(HranaJsonException.class)
        .hasMessage("Invalid Hrana JSON at (root): missing field 'results'");
    assertThatThrownBy(() -> decode("{\"results\":[{\"type\":\"ok\",\"response\":{\"type\":\"teleport\"}}]}"))
        .hasMessage("Invalid Hrana JSON at /results/0/response: unknown response type 'teleport'");
    assertThatThrownBy(() -> decode("{\"results\":[{\"type\":\"maybe\"}]}"))
        .hasMessage("Invalid Hrana JSON at /results/0: unknown result type 'maybe'");
    assertThatThrownBy(() -> decode("{\"results\":[{\"type\":\"ok\",\"response\":{\"type\":\"execute\"}}]}"))
        .hasMessage("Invalid Hrana JSON at /results/0/response: missing field 'result'");
    assertThatThrownBy(() -> decode("{\"results\":[{\"type\":\"error\",\"error\":{\"code\":\"X\"}}]}"))
        .hasMessage("Invalid Hrana JSON at /results/0/error: missing field 'message'");
    assertThatThrownBy(() -> decode("{\"results\":[{\"type\":\"ok\",\"response\":{\"type\":\"execute\","
        + "\"result\":{\"last_insert_rowid\":true}}}]}"))
        .hasMessage("Invalid Hrana JSON at /results/0/response/result/last_insert_rowid: "
            + "expected a 64-bit integer (decimal string), found a boolean");
  }

  private static PipelineResponse decode(String json) throws HranaJsonException {
    return HranaJson.decodePipelineResponse(json.getBytes(UTF_8));
  }

  private static StreamResult ok(StreamResponse response) {
    return new StreamResult.Ok(response);
  }

  private static StreamResponse response(StreamResult result) {
    assertThat(result).isInstanceOf(StreamResult.Ok.class);
    return ((StreamResult.Ok) result).response();
  }

  private static StmtResult executeResult(StreamResult result) {
    return ((StreamResponse.Execute) response(result)).result();
  }

  private static StmtResult emptyResult() {
    return new StmtResult(List.of(), List.of(), 0, null, null, 0, 0, 0);
  }
}
