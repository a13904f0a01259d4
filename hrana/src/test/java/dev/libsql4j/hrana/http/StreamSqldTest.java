package dev.libsql4j.hrana.http;

import static dev.libsql4j.hrana.http.Requests.close;
import static dev.libsql4j.hrana.http.Requests.execute;
import static dev.libsql4j.hrana.http.Requests.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.libsql4j.hrana.message.Batch;
import dev.libsql4j.hrana.message.BatchStep;
import dev.libsql4j.hrana.message.PipelineRequest;
import dev.libsql4j.hrana.message.PipelineResponse;
import dev.libsql4j.hrana.message.Stmt;
import dev.libsql4j.hrana.message.StreamRequest;
import dev.libsql4j.hrana.message.Value;
import dev.libsql4j.testing.CountingProxy;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Batons on real sqld: kept, reused, invalid, expired, and what the client counts. */
class StreamSqldTest {

  @RegisterExtension
  static final SqldClient SQLD = SqldClient.standalone();


  @Test
  void aTransactionSpansCallsOnOneStream() throws HranaException {
    HranaStream writer = SQLD.client().openStream();
    HranaStream reader = SQLD.client().openStream();
    writer.execute(List.of(execute("CREATE TABLE IF NOT EXISTS tx(a)"), close()), null);

    writer.execute(List.of(execute("BEGIN"), execute("INSERT INTO tx VALUES (1)")), null);
    Value seenInside = rows(writer.execute(List.of(execute("SELECT count(*) FROM tx")), null).get(0)).rows().get(0).get(0);
    Value seenOutside = rows(reader.execute(List.of(execute("SELECT count(*) FROM tx"), close()), null).get(0)).rows().get(0).get(0);
    writer.execute(List.of(execute("ROLLBACK"), close()), null);

    assertThat(seenInside).isEqualTo(Value.of(1));
    assertThat(seenOutside).isEqualTo(Value.of(0));
    assertThat(writer.isOpen()).isFalse();
  }

  @Test
  void reusingABatonIsAProtocolError() throws HranaException {
    PipelineResponse first = SQLD.client().pipeline(null, new PipelineRequest(null, List.of()), null);
    SQLD.client().pipeline(null, new PipelineRequest(first.baton(), List.of()), null);

    assertThatThrownBy(() -> SQLD.client().pipeline(null, new PipelineRequest(first.baton(), List.of()), null))
        .isInstanceOfSatisfying(HranaException.class, e -> {
          assertThat(e.kind()).isEqualTo(HranaException.Kind.PROTOCOL);
          assertThat(e.httpStatus()).isEqualTo(400);
          assertThat(e.certainlyNotExecuted()).isFalse();
          assertThat(e.getMessage()).contains("already been used");
        });
  }

  @Test
  void anUnknownBatonMeansTheStreamIsGone() {
    assertThatThrownBy(() -> SQLD.client().pipeline(null, new PipelineRequest("garbage", List.of(execute("SELECT 1"))), null))
        .isInstanceOfSatisfying(HranaException.class, e -> {
          assertThat(e.kind()).isEqualTo(HranaException.Kind.STREAM_EXPIRED);
          assertThat(e.getMessage()).contains("Received an invalid baton");
        });
  }

  @Test
  void requestsAfterCloseInOnePipelineFailTheWholeRequest() throws HranaException {
    HranaStream stream = SQLD.client().openStream();
    stream.execute(List.of(execute("SELECT 1")), null);

    assertThatThrownBy(() -> stream.execute(List.of(close(), execute("SELECT 1")), null))
        .isInstanceOfSatisfying(HranaException.class, e -> {
          assertThat(e.kind()).isEqualTo(HranaException.Kind.PROTOCOL);
          assertThat(e.getMessage()).contains("Stream for this baton was closed");
        });
    assertThat(stream.isOpen()).isFalse();
  }

  @Test
  void anHttpErrorDropsTheBatonAndTheNextCallOpensANewStream() throws HranaException {
    HranaStream stream = SQLD.client().openStream();
    stream.execute(List.of(execute("CREATE TEMP TABLE mine(a)")), null);

    assertThatThrownBy(() -> stream.execute(List.of(new StreamRequest.Execute(
        new Stmt(null, 42, List.of(), List.of(), null, null))), null)).isInstanceOf(HranaException.class);
    assertThat(stream.isOpen()).isFalse();

    // A new server stream: the temp table of the old connection is not there.
    assertThat(Requests.error(stream.execute(List.of(execute("SELECT * FROM mine"), close()), null).get(0)).message())
        .contains("no such table: mine");
  }

  @Test
  void resetForgetsTheBaton() throws HranaException {
    HranaStream stream = SQLD.client().openStream();
    stream.execute(List.of(), null);

    stream.reset();

    assertThat(stream.isOpen()).isFalse();
  }

  @Test
  void requestCountEqualsTheExchangesTheServerSaw() throws Exception {
    try (CountingProxy proxy = CountingProxy.start(SQLD.node().httpUrl());
         HranaHttpClient counted = new HranaHttpClient(HranaClientConfig.builder().baseUrl(proxy.url()).build())) {
      HranaStream stream = counted.openStream();
      stream.execute(List.of(execute("SELECT 1")), null);
      stream.execute(List.of(execute("SELECT 2"), execute("SELECT 3"), close()), null);
      try (HranaCursor cursor = stream.cursor(Batch.of(List.of(new BatchStep(null, Stmt.of("SELECT 4")))), null)) {
        Requests.drain(cursor);
      }

      assertThat(counted.requestCount()).isEqualTo(4);
      assertThat(proxy.requests()).isEqualTo(4);
      assertThat(proxy.requests("/v3")).isEqualTo(1);
      assertThat(proxy.requests("/v3/pipeline")).isEqualTo(2);
      assertThat(proxy.requests("/v3/cursor")).isEqualTo(1);
    }
  }

  @Test
  void callsOnAStreamAreStrictlySerial() throws HranaException {
    HranaStream stream = SQLD.client().openStream();
    try (HranaCursor cursor = stream.cursor(Batch.of(List.of(new BatchStep(null, Stmt.of("SELECT 1")))), null)) {
      assertThatThrownBy(() -> stream.execute(List.of(execute("SELECT 2")), null))
          .isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(() -> stream.cursor(Batch.of(List.of()), null)).isInstanceOf(IllegalStateException.class);
      Requests.drain(cursor);
    }
    assertThat(rows(stream.execute(List.of(execute("SELECT 2"), close()), null).get(0)).rows())
        .containsExactly(List.of(Value.of(2)));
  }

  @Test
  @Tag("slow")
  void anIdleStreamExpiresAfterTenSeconds() throws Exception {
    HranaStream stream = SQLD.client().openStream();
    stream.execute(List.of(execute("BEGIN")), null);

    Thread.sleep(11_500); // sqld's idle expiry is 10 s and cannot be configured

    assertThatThrownBy(() -> stream.execute(List.of(execute("COMMIT")), null))
        .isInstanceOfSatisfying(HranaException.class, e -> {
          assertThat(e.kind()).isEqualTo(HranaException.Kind.STREAM_EXPIRED);
          assertThat(e.code()).isEqualTo("STREAM_EXPIRED");
          assertThat(e.getMessage()).contains("expired due to inactivity");
        });
    assertThat(stream.isOpen()).isFalse();
  }
}
