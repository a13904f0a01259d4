package dev.libsql4j.hrana.http;

import static dev.libsql4j.hrana.http.Requests.close;
import static dev.libsql4j.hrana.http.Requests.error;
import static dev.libsql4j.hrana.http.Requests.execute;
import static dev.libsql4j.hrana.http.Requests.ok;
import static dev.libsql4j.hrana.http.Requests.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.libsql4j.hrana.message.Batch;
import dev.libsql4j.hrana.message.BatchCond;
import dev.libsql4j.hrana.message.BatchResult;
import dev.libsql4j.hrana.message.BatchStep;
import dev.libsql4j.hrana.message.Col;
import dev.libsql4j.hrana.message.DescribeResult;
import dev.libsql4j.hrana.message.NamedArg;
import dev.libsql4j.hrana.message.Stmt;
import dev.libsql4j.hrana.message.StmtResult;
import dev.libsql4j.hrana.message.StreamRequest;
import dev.libsql4j.hrana.message.StreamResponse;
import dev.libsql4j.hrana.message.StreamResult;
import dev.libsql4j.hrana.message.Value;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every pipeline request kind, sent to real sqld, and its real answer decoded. */
class PipelineSqldTest {

  @RegisterExtension
  static final SqldClient SQLD = SqldClient.standalone();

  private HranaStream stream;

  @BeforeEach
  void openStream() {
    stream = SQLD.client().openStream();
  }

  @Test
  void everyValueTypeSurvivesTheRoundTrip() throws HranaException {
    List<Value> values = List.of(Value.of(Long.MIN_VALUE), Value.of(Long.MAX_VALUE), Value.of(0),
        Value.of(1.5e300), Value.of(-2.5e-300), Value.of(0.1), Value.of("héllo ✓ 𝄞 \"\\\n"),
        Value.of(""), Value.of(new byte[] {(byte) 0xff}), Value.of(new byte[] {0, 1, 2, 3, 4}),
        Value.of(new byte[0]), Value.NULL);
    String placeholders = String.join(", ", values.stream().map(v -> "?").toList());

    StmtResult result = rows(stream.execute(List.of(
        new StreamRequest.Execute(Stmt.of("SELECT " + placeholders, values)), close()), null).get(0));

    assertThat(result.rows()).containsExactly(values);
    assertThat(result.cols()).hasSize(values.size());
  }

  @Test
  void infinityComesBackAsNull() throws HranaException {
    // sqld writes {"type":"float","value":null} for a non-finite REAL.
    StmtResult result = rows(stream.execute(List.of(execute("SELECT 1e999, -1e999"), close()), null).get(0));

    assertThat(result.rows()).containsExactly(List.of(Value.NULL, Value.NULL));
  }

  @Test
  void insertReportsCountsRowidAndDeclaredTypes() throws HranaException {
    List<StreamResult> results = stream.execute(List.of(
        execute("CREATE TABLE typed(id INTEGER PRIMARY KEY, name TEXT, data BLOB, score REAL)"),
        execute("INSERT INTO typed(id, name, data, score) VALUES (?, ?, ?, ?), (?, 'b', NULL, NULL)",
            Value.of(Long.MAX_VALUE - 1), Value.of("a"), Value.of(new byte[] {7}), Value.of(2.0),
            Value.of(Long.MAX_VALUE)),
        execute("SELECT id, name, data, score, score * 2 AS doubled FROM typed ORDER BY id"),
        close()), null);

    StmtResult ddl = rows(results.get(0));
    assertThat(ddl.affectedRowCount()).isZero();
    assertThat(ddl.lastInsertRowid()).isNull();
    StmtResult insert = rows(results.get(1));
    assertThat(insert.affectedRowCount()).isEqualTo(2);
    assertThat(insert.lastInsertRowid()).isEqualTo(Long.MAX_VALUE);
    assertThat(insert.replicationIndex()).isNotNull();
    StmtResult select = rows(results.get(2));
    assertThat(select.cols()).containsExactly(new Col("id", "INTEGER"), new Col("name", "TEXT"),
        new Col("data", "BLOB"), new Col("score", "REAL"), new Col("doubled", null));
    assertThat(select.rows()).containsExactly(
        List.of(Value.of(Long.MAX_VALUE - 1), Value.of("a"), Value.of(new byte[] {7}), Value.of(2.0), Value.of(4.0)),
        List.of(Value.of(Long.MAX_VALUE), Value.of("b"), Value.NULL, Value.NULL, Value.NULL));
    assertThat(select.affectedRowCount()).isZero();
  }

  @Test
  void namedArgumentsBindWithEachSigil() throws HranaException {
    Stmt stmt = new Stmt("SELECT :a, @b, $c, :a", null, List.of(), List.of(
        new NamedArg(":a", Value.of(1)), new NamedArg("@b", Value.of("two")),
        new NamedArg("$c", Value.of(3.5))), null, null);

    StmtResult result = rows(stream.execute(List.of(new StreamRequest.Execute(stmt), close()), null).get(0));

    assertThat(result.rows()).containsExactly(List.of(Value.of(1), Value.of("two"), Value.of(3.5), Value.of(1)));
  }

  @Test
  void perRequestErrorsCarryCodesAndLaterRequestsStillRun() throws HranaException {
    List<StreamResult> results = stream.execute(List.of(
        execute("SELECT nope"), execute("SELECT 1; SELECT 2"), execute("SELECT ?"), execute("SELECT 1"),
        close()), null);

    assertThat(error(results.get(0)).code()).isEqualTo("SQL_INPUT_ERROR");
    assertThat(error(results.get(1)).code()).isEqualTo("SQL_MANY_STATEMENTS");
    assertThat(error(results.get(2)).code()).isEqualTo("ARGS_INVALID");
    assertThat(rows(results.get(3)).rows()).containsExactly(List.of(Value.of(1)));
  }

  @Test
  void batchConditionsDecideWhichStepsRun() throws HranaException {
    Batch batch = Batch.of(List.of(
        new BatchStep(null, Stmt.of("SELECT 1")),                                     // 0 ok
        new BatchStep(BatchCond.ok(0), Stmt.of("SELECT nope")),                       // 1 fails
        new BatchStep(new BatchCond.Error(1), Stmt.of("SELECT 2")),                   // 2 runs
        new BatchStep(BatchCond.not(new BatchCond.Error(1)), Stmt.of("SELECT 3")),    // 3 skipped
        new BatchStep(BatchCond.and(BatchCond.ok(0), BatchCond.ok(2)), Stmt.of("SELECT 4")), // 4 runs
        new BatchStep(new BatchCond.Or(List.of(BatchCond.ok(1), BatchCond.ok(3))), Stmt.of("SELECT 5")), // 5 skipped
        new BatchStep(new BatchCond.IsAutocommit(), Stmt.of("SELECT 6")),             // 6 runs
        new BatchStep(BatchCond.not(new BatchCond.IsAutocommit()), Stmt.of("SELECT 7")))); // 7 skipped

    StreamResponse response = ok(stream.execute(List.of(new StreamRequest.BatchRequest(batch), close()), null).get(0));

    BatchResult result = ((StreamResponse.BatchResponse) response).result();
    assertThat(result.stepResults()).extracting(r -> r == null ? null : r.rows().get(0).get(0))
        .containsExactly(Value.of(1), null, Value.of(2), null, Value.of(4), null, Value.of(6), null);
    assertThat(result.stepErrors().get(1).code()).isEqualTo("SQL_INPUT_ERROR");
    assertThat(result.stepErrors()).filteredOn(e -> e != null).hasSize(1);
  }

  @Test
  void sequenceRunsEveryStatementAndStopsAtTheFirstFailure() throws HranaException {
    List<StreamResult> results = stream.execute(List.of(
        new StreamRequest.Sequence("CREATE TABLE seq(a); INSERT INTO seq VALUES (1); INSERT INTO seq VALUES (2)",
            null, null),
        new StreamRequest.Sequence("INSERT INTO seq VALUES (3); SELECT nope; INSERT INTO seq VALUES (4)", null, null),
        execute("SELECT a FROM seq ORDER BY a"),
        close()), null);

    assertThat(ok(results.get(0))).isEqualTo(new StreamResponse.Sequence());
    assertThat(error(results.get(1)).code()).isEqualTo("SQL_INPUT_ERROR");
    assertThat(rows(results.get(2)).rows()).containsExactly(
        List.of(Value.of(1)), List.of(Value.of(2)), List.of(Value.of(3)));
  }

  @Test
  void describeReportsParametersColumnsAndReadOnly() throws HranaException {
    List<StreamResult> results = stream.execute(List.of(
        execute("CREATE TABLE described(id INTEGER PRIMARY KEY, name TEXT)"),
        new StreamRequest.Describe("SELECT name, id + 1 FROM described WHERE id = ? AND name = :n", null, null),
        new StreamRequest.Describe("INSERT INTO described(name) VALUES (@name)", null, null),
        new StreamRequest.Describe("EXPLAIN SELECT 1", null, null),
        close()), null);

    assertThat(ok(results.get(1))).isEqualTo(new StreamResponse.Describe(new DescribeResult(
        Arrays.asList(null, ":n"), List.of(new Col("name", "TEXT"), new Col("id + 1", null)), false, true)));
    DescribeResult insert = ((StreamResponse.Describe) ok(results.get(2))).result();
    assertThat(insert.paramNames()).containsExactly("@name");
    assertThat(insert.isReadonly()).isFalse();
    assertThat(((StreamResponse.Describe) ok(results.get(3))).result().isExplain()).isTrue();
  }

  @Test
  void storedSqlRunsBySqlIdUntilClosed() throws HranaException {
    List<StreamResult> results = stream.execute(List.of(
        new StreamRequest.StoreSql(1, "SELECT ? * 2"),
        new StreamRequest.Execute(new Stmt(null, 1, List.of(Value.of(21)), List.of(), null, null)),
        new StreamRequest.Describe(null, 1, null),
        new StreamRequest.Sequence(null, 1, null),
        new StreamRequest.CloseSql(1),
        new StreamRequest.CloseSql(99)), null);

    assertThat(ok(results.get(0))).isEqualTo(new StreamResponse.StoreSql());
    assertThat(rows(results.get(1)).rows()).containsExactly(List.of(Value.of(42)));
    assertThat(((StreamResponse.Describe) ok(results.get(2))).result().paramNames()).hasSize(1);
    assertThat(ok(results.get(4))).isEqualTo(new StreamResponse.CloseSql());
    assertThat(ok(results.get(5))).isEqualTo(new StreamResponse.CloseSql());

    // A closed id is unknown: sqld refuses the whole request (HTTP 400), a client bug.
    assertThatThrownBy(() -> stream.execute(List.of(
        new StreamRequest.Execute(new Stmt(null, 1, List.of(), List.of(), null, null))), null))
        .isInstanceOfSatisfying(HranaException.class, e -> {
          assertThat(e.kind()).isEqualTo(HranaException.Kind.PROTOCOL);
          assertThat(e.httpStatus()).isEqualTo(400);
          assertThat(e.getMessage()).contains("SQL text 1 not found");
        });
    assertThat(stream.isOpen()).isFalse();
  }

  @Test
  void getAutocommitFollowsTheTransaction() throws HranaException {
    List<StreamResult> results = stream.execute(List.of(
        new StreamRequest.GetAutocommit(), execute("BEGIN"), new StreamRequest.GetAutocommit(),
        execute("ROLLBACK"), new StreamRequest.GetAutocommit(), close()), null);

    assertThat(ok(results.get(0))).isEqualTo(new StreamResponse.GetAutocommit(true));
    assertThat(ok(results.get(2))).isEqualTo(new StreamResponse.GetAutocommit(false));
    assertThat(ok(results.get(4))).isEqualTo(new StreamResponse.GetAutocommit(true));
  }

  @Test
  void closeAnswersAndEndsTheStream() throws HranaException {
    List<StreamResult> results = stream.execute(List.of(execute("SELECT 1")), null);
    assertThat(stream.isOpen()).isTrue();

    results = stream.execute(List.of(close()), null);

    assertThat(ok(results.get(0))).isEqualTo(new StreamResponse.Close());
    assertThat(stream.isOpen()).isFalse();
  }

  @Test
  void anEmptyPipelineOpensAStream() throws HranaException {
    assertThat(stream.execute(List.of(), null)).isEmpty();
    assertThat(stream.isOpen()).isTrue();
  }
}
