package dev.libsql4j.hrana.http;

import static dev.libsql4j.hrana.http.Requests.execute;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Failures before any HTTP response: nothing listens, or the client is closed. */
class TransportTest {

  @Test
  void aRefusedConnectionIsCertainlyNotExecuted() throws IOException {
    URI nobody = URI.create("http://127.0.0.1:" + FreePorts.next());
    try (HranaHttpClient client = new HranaHttpClient(HranaClientConfig.builder().baseUrl(nobody)
        .protocol(ProtocolPreference.V3).build())) {
      HranaStream stream = client.openStream();

      assertThatThrownBy(() -> stream.execute(List.of(execute("SELECT 1")), null))
          .isInstanceOfSatisfying(HranaException.class, e -> {
            assertThat(e.kind()).isEqualTo(HranaException.Kind.TRANSPORT);
            assertThat(e.certainlyNotExecuted()).isTrue();
            assertThat(e.httpStatus()).isZero();
            assertThat(e.getMessage()).contains("POST " + nobody + "/v3/pipeline");
          });
      assertThat(client.requestCount()).isEqualTo(1);
    }
  }

  @Test
  void aFailedProbeIsNotCached() throws IOException {
    URI nobody = URI.create("http://127.0.0.1:" + FreePorts.next());
    try (HranaHttpClient client = new HranaHttpClient(HranaClientConfig.builder().baseUrl(nobody).build())) {
      assertThatThrownBy(client::protocolVersion).isInstanceOf(HranaException.class);
      assertThatThrownBy(client::protocolVersion).isInstanceOf(HranaException.class);

      assertThat(client.requestCount()).isEqualTo(2);
    }
  }

  @Test
  void aClosedClientRefusesRequests() {
    HranaHttpClient client = new HranaHttpClient(HranaClientConfig.builder()
        .baseUrl(URI.create("http://127.0.0.1:1")).protocol(ProtocolPreference.V3).build());
    client.close();

    assertThatThrownBy(() -> client.openStream().execute(List.of(), null))
        .isInstanceOf(IllegalStateException.class);
  }
}
