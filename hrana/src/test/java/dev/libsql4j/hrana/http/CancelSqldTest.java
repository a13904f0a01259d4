package dev.libsql4j.hrana.http;

import static dev.libsql4j.hrana.http.Requests.close;
import static dev.libsql4j.hrana.http.Requests.execute;
import static dev.libsql4j.hrana.http.Requests.rows;
import static org.assertj.core.api.Assertions.assertThat;

import dev.libsql4j.hrana.message.Batch;
import dev.libsql4j.hrana.message.BatchStep;
import dev.libsql4j.hrana.message.CursorEntry;
import dev.libsql4j.hrana.message.Stmt;
import dev.libsql4j.hrana.message.Value;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Aborting exchanges on real sqld: {@link HranaStream#cancel()} and timeouts. The long query counts to
 * 10^9 (minutes of work); sqld stops it when the client drops the connection.
 */
class CancelSqldTest {

  @RegisterExtension
  static final SqldClient SQLD = SqldClient.standalone();

  private static final String LONG_QUERY = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c "
      + "WHERE x < 1000000000) SELECT count(*) FROM c";


  @Test
  void cancelAbortsAnInFlightPipelinePromptly() throws Exception {
    HranaStream stream = SQLD.client().openStream();
    stream.execute(List.of(execute("SELECT 1")), null);
    CompletableFuture<Object> call = CompletableFuture.supplyAsync(() -> {
      try {
        return stream.execute(List.of(execute(LONG_QUERY)), null);
      } catch (HranaException e) {
        return e;
      }
    });
    Thread.sleep(500); // let the request reach sqld

    long start = System.nanoTime();
    stream.cancel();
    Object outcome = call.get(5, TimeUnit.SECONDS);

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    assertThat(outcome).isInstanceOfSatisfying(HranaException.class, e -> {
      assertThat(e.kind()).isEqualTo(HranaException.Kind.TIMEOUT);
      assertThat(e.getMessage()).contains("cancelled");
      assertThat(e.certainlyNotExecuted()).isFalse();
    });
    assertThat(stream.isOpen()).isFalse();
    // The stream handle and the client stay usable.
    assertThat(rows(stream.execute(List.of(execute("SELECT 2"), close()), null).get(0)).rows())
        .containsExactly(List.of(Value.of(2)));
  }

  @Test
  void cancelAbortsACursorWaitingForItsNextEntry() throws Exception {
    HranaStream stream = SQLD.client().openStream();
    HranaCursor cursor = stream.cursor(Batch.of(List.of(
        new BatchStep(null, Stmt.of("SELECT 1")), new BatchStep(null, Stmt.of(LONG_QUERY)))), null);
    assertThat(cursor.next()).isInstanceOf(CursorEntry.StepBegin.class);
    CompletableFuture<Object> reading = CompletableFuture.supplyAsync(() -> {
      try {
        return Requests.drain(cursor);
      } catch (HranaException e) {
        return e;
      }
    });
    Thread.sleep(500);

    stream.cancel();
    Object outcome = reading.get(5, TimeUnit.SECONDS);
    cursor.close();

    assertThat(outcome).isInstanceOfSatisfying(HranaException.class,
        e -> assertThat(e.kind()).isEqualTo(HranaException.Kind.TIMEOUT));
    assertThat(stream.isOpen()).isFalse();
    assertThat(rows(stream.execute(List.of(execute("SELECT 3"), close()), null).get(0)).rows())
        .containsExactly(List.of(Value.of(3)));
  }

  @Test
  void cancelWithNothingInFlightDoesNothing() throws HranaException {
    HranaStream stream = SQLD.client().openStream();
    stream.cancel();

    assertThat(rows(stream.execute(List.of(execute("SELECT 4"), close()), null).get(0)).rows())
        .containsExactly(List.of(Value.of(4)));
  }

  @Test
  void aRequestTimeoutAbortsTheExchange() throws ExecutionException, InterruptedException {
    HranaStream stream = SQLD.client().openStream();
    long start = System.nanoTime();

    HranaException failure = null;
    try {
      stream.execute(List.of(execute(LONG_QUERY)), Duration.ofMillis(300));
    } catch (HranaException e) {
      failure = e;
    }

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    assertThat(failure).isNotNull();
    assertThat(failure.kind()).isEqualTo(HranaException.Kind.TIMEOUT);
    assertThat(failure.certainlyNotExecuted()).isFalse();
  }
}
