package dev.libsql4j.hrana.http;

import static dev.libsql4j.hrana.http.Requests.close;
import static dev.libsql4j.hrana.http.Requests.execute;
import static dev.libsql4j.hrana.http.Requests.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.libsql4j.hrana.message.Batch;
import dev.libsql4j.hrana.message.BatchCond;
import dev.libsql4j.hrana.message.BatchStep;
import dev.libsql4j.hrana.message.Col;
import dev.libsql4j.hrana.message.CursorEntry;
import dev.libsql4j.hrana.message.CursorRequest;
import dev.libsql4j.hrana.message.HranaError;
import dev.libsql4j.hrana.message.Stmt;
import dev.libsql4j.hrana.message.StreamRequest;
import dev.libsql4j.hrana.message.StreamResponse;
import dev.libsql4j.hrana.message.StreamResult;
import dev.libsql4j.hrana.message.Value;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code /v3/cursor} on real sqld: steps, errors, long results and the stream around it. */
class CursorSqldTest {

  @RegisterExtension
  static final SqldClient SQLD = SqldClient.standalone();


  @Test
  void streamsEveryStepIncludingAFailingOne() throws HranaException {
    Batch batch = Batch.of(List.of(
        new BatchStep(null, Stmt.of("CREATE TABLE c(a INTEGER, b TEXT)")),
        new BatchStep(BatchCond.ok(0), Stmt.of("INSERT INTO c VALUES (1, 'x'), (2, 'y')")),
        new BatchStep(null, Stmt.of("SELECT a, b FROM c ORDER BY a")),
        new BatchStep(null, Stmt.of("SELECT nope")),
        new BatchStep(new BatchCond.Error(3), Stmt.of("SELECT 'recovered'"))));

    List<CursorEntry> entries;
    try (HranaCursor cursor = SQLD.client().cursor(null, new CursorRequest(null, batch), null)) {
      assertThat(cursor.header().baton()).isNotNull();
      entries = Requests.drain(cursor);
    }

    assertThat(entries).filteredOn(e -> !(e instanceof CursorEntry.ReplicationIndex)).containsExactly(
        new CursorEntry.StepBegin(0, List.of()),
        new CursorEntry.StepEnd(0, null),
        new CursorEntry.StepBegin(1, List.of()),
        new CursorEntry.StepEnd(2, 2L),
        new CursorEntry.StepBegin(2, List.of(new Col("a", "INTEGER"), new Col("b", "TEXT"))),
        new CursorEntry.Row(List.of(Value.of(1), Value.of("x"))),
        new CursorEntry.Row(List.of(Value.of(2), Value.of("y"))),
        new CursorEntry.StepEnd(0, null),
        new CursorEntry.StepError(3, new HranaError(
            "SQL input error: no such column: nope (at offset 7)", "SQL_INPUT_ERROR")),
        new CursorEntry.StepBegin(4, List.of(new Col("'recovered'", null))),
        new CursorEntry.Row(List.of(Value.of("recovered"))),
        new CursorEntry.StepEnd(0, null));
  }

  @Test
  void streamsTwoHundredThousandRows() throws HranaException {
    int expected = 200_000;
    Batch batch = Batch.of(List.of(new BatchStep(null, Stmt.of(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " + expected + ") "
            + "SELECT i, printf('row %08d with some padding text', i) FROM n"))));

    long rows = 0;
    long sum = 0;
    try (HranaCursor cursor = SQLD.client().openStream().cursor(batch, null)) {
      for (CursorEntry entry; (entry = cursor.next()) != null; ) {
        if (entry instanceof CursorEntry.Row row) {
          rows++;
          sum += ((Value.IntegerValue) row.values().get(0)).value();
        }
      }
    }

    assertThat(rows).isEqualTo(expected);
    assertThat(sum).isEqualTo((long) expected * (expected + 1) / 2);
  }

  @Test
  void theStreamContinuesAfterTheCursorWithinATransaction() throws HranaException {
    HranaStream stream = SQLD.client().openStream();
    stream.execute(List.of(execute("CREATE TABLE IF NOT EXISTS t2(a)"), execute("BEGIN"),
        execute("INSERT INTO t2 VALUES (1)")), null);

    try (HranaCursor cursor = stream.cursor(Batch.of(List.of(
        new BatchStep(null, Stmt.of("INSERT INTO t2 VALUES (2)")),
        new BatchStep(null, Stmt.of("SELECT count(*) FROM t2")))), null)) {
      assertThat(Requests.drain(cursor)).contains(new CursorEntry.Row(List.of(Value.of(2))));
    }
    assertThat(stream.isOpen()).isTrue();

    List<StreamResult> results = stream.execute(List.of(new StreamRequest.GetAutocommit(),
        execute("ROLLBACK"), execute("SELECT count(*) FROM t2"), close()), null);
    assertThat(Requests.ok(results.get(0)))
        .isEqualTo(new StreamResponse.GetAutocommit(false));
    assertThat(rows(results.get(2)).rows()).containsExactly(List.of(Value.of(0)));
  }

  @Test
  void closingACursorEarlyKeepsTheStream() throws HranaException {
    HranaStream stream = SQLD.client().openStream();
    stream.execute(List.of(execute("BEGIN")), null);

    try (HranaCursor cursor = stream.cursor(Batch.of(List.of(new BatchStep(null, Stmt.of(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000) SELECT i FROM n")))), null)) {
      assertThat(cursor.next()).isInstanceOf(CursorEntry.StepBegin.class);
      assertThat(cursor.next()).isInstanceOf(CursorEntry.Row.class);
    }

    List<StreamResult> results = stream.execute(List.of(new StreamRequest.GetAutocommit(),
        execute("ROLLBACK"), close()), null);
    assertThat(Requests.ok(results.get(0)))
        .isEqualTo(new StreamResponse.GetAutocommit(false));
  }

  @Test
  void aClosedCursorRefusesToRead() throws HranaException {
    HranaCursor cursor = SQLD.client().cursor(null, new CursorRequest(null, Batch.of(List.of())), null);
    cursor.close();
    cursor.close();

    assertThatThrownBy(cursor::next).isInstanceOf(IllegalStateException.class);
  }
}
