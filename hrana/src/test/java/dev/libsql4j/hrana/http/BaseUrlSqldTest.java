package dev.libsql4j.hrana.http;

import static dev.libsql4j.hrana.http.Requests.close;
import static dev.libsql4j.hrana.http.Requests.execute;
import static org.assertj.core.api.Assertions.assertThat;

import dev.libsql4j.hrana.message.Batch;
import dev.libsql4j.hrana.message.BatchStep;
import dev.libsql4j.hrana.message.Stmt;
import dev.libsql4j.testing.CountingProxy;
import dev.libsql4j.testing.SqldNode;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sticky routing: sqld started with {@code --http-self-url} names that URL as {@code base_url} in its
 * responses, and a stream sends its later requests there. The self URL here is a counting proxy in
 * front of the same sqld, so the test sees where each request went.
 */
class BaseUrlSqldTest {

  @Test
  void aStreamFollowsTheBaseUrlUntilItCloses() throws Exception {
    int port = FreePorts.next();
    try (CountingProxy proxy = CountingProxy.start(URI.create("http://127.0.0.1:" + port));
         SqldNode sqld = SqldNode.builder().httpPort(port).arg("--http-self-url", proxy.url().toString()).start();
         HranaHttpClient client = new HranaHttpClient(HranaClientConfig.builder().baseUrl(sqld.httpUrl()).build())) {
      HranaStream stream = client.openStream();

      stream.execute(List.of(execute("SELECT 1")), null);          // direct; the answer names the proxy
      assertThat(proxy.requests()).isZero();
      stream.execute(List.of(execute("SELECT 2")), null);          // through the proxy
      try (HranaCursor cursor = stream.cursor(Batch.of(List.of(new BatchStep(null, Stmt.of("SELECT 3")))), null)) {
        Requests.drain(cursor);                                     // through the proxy
      }
      stream.execute(List.of(execute("SELECT 4"), close()), null);  // through the proxy; closes
      stream.execute(List.of(execute("SELECT 5"), close()), null);  // a new stream: direct again

      assertThat(proxy.requests("/v3/pipeline")).isEqualTo(2);
      assertThat(proxy.requests("/v3/cursor")).isEqualTo(1);
      assertThat(client.requestCount()).isEqualTo(6);
    }
  }
}
