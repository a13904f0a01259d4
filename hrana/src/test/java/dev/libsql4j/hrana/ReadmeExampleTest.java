package dev.libsql4j.hrana;

import static org.assertj.core.api.Assertions.assertThat;

import dev.libsql4j.hrana.http.HranaClientConfig;
import dev.libsql4j.hrana.http.HranaCursor;
import dev.libsql4j.hrana.http.HranaException;
import dev.libsql4j.hrana.http.HranaHttpClient;
import dev.libsql4j.hrana.http.HranaStream;
import dev.libsql4j.hrana.http.HranaTransport;
import dev.libsql4j.hrana.json.HranaJson;
import dev.libsql4j.hrana.json.HranaJsonException;
import dev.libsql4j.hrana.message.Batch;
import dev.libsql4j.hrana.message.BatchStep;
import dev.libsql4j.hrana.message.CursorEntry;
import dev.libsql4j.hrana.message.PipelineRequest;
import dev.libsql4j.hrana.message.Stmt;
import dev.libsql4j.hrana.message.StreamRequest;
import dev.libsql4j.hrana.message.StreamResponse;
import dev.libsql4j.hrana.message.StreamResult;
import dev.libsql4j.hrana.message.Value;
import dev.libsql4j.hrana.ws.HranaWsClient;
import dev.libsql4j.testing.SqldExtension;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The code of this module's README ("Usage" and "The codec alone"), copied here so that it keeps
 * compiling and working: when this test changes, change the README with it. Only the server's URL
 * and token differ (a real sqld that requires a token), and the values the README shows in comments
 * are asserted.
 */
class ReadmeExampleTest {

  @RegisterExtension
  static final SqldExtension SQLD = SqldExtension.withAuth();

  @Test
  void usageRunsOverHttp() throws HranaException {
    runUsage(HranaHttpClient::new);
  }

  @Test
  void usageRunsOverWebSocket() throws HranaException {
    runUsage(config -> new HranaWsClient(config, 4));
  }

  @Test
  void theCodecRoundTripsAPipelineRequest() throws HranaJsonException {
    List<StreamRequest> requests = List.of(
        new StreamRequest.Execute(Stmt.of("SELECT ?", List.of(Value.of(42)))), new StreamRequest.Close());

    // --- README: The codec alone (the response line needs a server's answer; see ResponseJsonTest)
    byte[] body = HranaJson.encodePipelineRequest(new PipelineRequest(null, requests));  // a client
    PipelineRequest request = HranaJson.decodePipelineRequest(body);                     // a server
    // --- end

    assertThat(request).isEqualTo(new PipelineRequest(null, requests));
  }

  private static void runUsage(Function<HranaClientConfig, HranaTransport> transport) throws HranaException {
    URI url = SQLD.node().httpUrl();
    String token = SQLD.jwt().fullAccessToken();
    List<List<Value>> seenRows = null;
    List<Value> firstAndLast = new ArrayList<>();
    long scanned = 0;

    // --- README: Usage (URL from the test's sqld; the transport chosen by the test)
    HranaClientConfig config = HranaClientConfig.builder()
        .baseUrl(url)                                    // https://… for Turso
        .authToken(token)                                // null: no token
        .build();

    try (HranaTransport client = transport.apply(config)) {            // or new HranaWsClient(config, 4)
      HranaStream stream = client.openStream();                         // nothing is sent yet
      List<StreamResult> results = stream.execute(List.of(              // one pipeline: one HTTP request
          new StreamRequest.Execute(Stmt.of("SELECT ?", List.of(Value.of(42)))),
          new StreamRequest.Close()), null);                            // null: the default timeout
      if (results.get(0) instanceof StreamResult.Ok ok
          && ok.response() instanceof StreamResponse.Execute execute) {
        List<List<Value>> rows = execute.result().rows();               // [[42]]
        seenRows = rows;
      } else if (results.get(0) instanceof StreamResult.Error failed) {
        throw new IllegalStateException(failed.error().toString());    // e.g. SQLITE_CONSTRAINT: …
      }

      // A big result, streamed entry by entry (Hrana 3): bounded memory whatever the row count.
      Batch scan = Batch.of(List.of(new BatchStep(null, Stmt.of(
          "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000) SELECT i FROM n"))));
      try (HranaCursor cursor = client.openStream().cursor(scan, null)) {
        for (CursorEntry entry = cursor.next(); entry != null; entry = cursor.next()) {
          if (entry instanceof CursorEntry.Row row) {
            Value value = row.values().get(0);
            scanned++;
            if (scanned == 1 || scanned == 10_000) {
              firstAndLast.add(value);
            }
          }
        }
      }
    }
    // --- end

    assertThat(seenRows).containsExactly(List.of(Value.of(42)));
    assertThat(scanned).isEqualTo(10_000);
    assertThat(firstAndLast).containsExactly(Value.of(1), Value.of(10_000));
  }
}
