package dev.libsql4j.hrana.http;

import static dev.libsql4j.hrana.http.Requests.close;
import static dev.libsql4j.hrana.http.Requests.execute;
import static dev.libsql4j.hrana.http.Requests.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.libsql4j.hrana.message.Batch;
import dev.libsql4j.hrana.message.BatchCond;
import dev.libsql4j.hrana.message.BatchStep;
import dev.libsql4j.hrana.message.Stmt;
import dev.libsql4j.hrana.message.StreamRequest;
import dev.libsql4j.hrana.message.Value;
import dev.libsql4j.testing.SqldExtension;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Protocol version selection against real sqld, which speaks both Hrana 2 and 3. */
class ProtocolSqldTest {

  @RegisterExtension
  static final SqldExtension SQLD = SqldExtension.standalone();

  @Test
  void autoProbesVersionThreeOnceAndCachesIt() throws HranaException {
    try (HranaHttpClient client = client(ProtocolPreference.AUTO, SQLD.node().httpUrl())) {
      assertThat(client.requestCount()).isZero();

      assertThat(client.protocolVersion()).isEqualTo(ProtocolVersion.V3);
      client.openStream().execute(List.of(execute("SELECT 1"), close()), null);
      assertThat(client.protocolVersion()).isEqualTo(ProtocolVersion.V3);

      assertThat(client.requestCount()).isEqualTo(2);
    }
  }

  @Test
  void versionTwoWorksWithoutProbing() throws HranaException {
    try (HranaHttpClient client = client(ProtocolPreference.V2, SQLD.node().httpUrl())) {
      assertThat(client.protocolVersion()).isEqualTo(ProtocolVersion.V2);

      assertThat(rows(client.openStream().execute(List.of(execute("SELECT ?", Value.of(7)), close()), null)
          .get(0)).rows()).containsExactly(List.of(Value.of(7)));
      assertThat(client.requestCount()).isEqualTo(1);
    }
  }

  @Test
  void versionTwoRefusesGetAutocommit() throws HranaException {
    try (HranaHttpClient client = client(ProtocolPreference.V2, SQLD.node().httpUrl())) {
      assertThatThrownBy(() -> client.openStream().execute(List.of(new StreamRequest.GetAutocommit()), null))
          .isInstanceOfSatisfying(HranaException.class, e -> {
            assertThat(e.kind()).isEqualTo(HranaException.Kind.PROTOCOL);
            assertThat(e.httpStatus()).isEqualTo(400);
            assertThat(e.getMessage()).contains("only supported in protocol version hrana3");
          });
    }
  }

  @Test
  void versionTwoRefusesTheIsAutocommitCondition() throws HranaException {
    Batch batch = Batch.of(List.of(new BatchStep(new BatchCond.IsAutocommit(), Stmt.of("SELECT 1"))));
    try (HranaHttpClient client = client(ProtocolPreference.V2, SQLD.node().httpUrl())) {
      assertThatThrownBy(() -> client.openStream().execute(List.of(new StreamRequest.BatchRequest(batch)), null))
          .isInstanceOfSatisfying(HranaException.class,
              e -> assertThat(e.kind()).isEqualTo(HranaException.Kind.PROTOCOL));
    }
  }

  @Test
  void versionTwoHasNoCursorsAndRefusingOneKeepsTheStream() throws HranaException {
    try (HranaHttpClient client = client(ProtocolPreference.V2, SQLD.node().httpUrl())) {
      HranaStream stream = client.openStream();
      stream.execute(List.of(execute("BEGIN")), null);

      assertThatThrownBy(() -> stream.cursor(Batch.of(List.of()), null))
          .isInstanceOfSatisfying(HranaException.class, e -> {
            assertThat(e.kind()).isEqualTo(HranaException.Kind.PROTOCOL);
            assertThat(e.certainlyNotExecuted()).isTrue();
          });

      assertThat(client.requestCount()).isEqualTo(1);
      assertThat(stream.isOpen()).isTrue();
      stream.execute(List.of(execute("ROLLBACK"), close()), null);
    }
  }

  @Test
  void aBaseUrlWithATrailingSlashAndAQueryStillReachesTheEndpoints() throws HranaException {
    URI base = URI.create(SQLD.node().httpUrl() + "/?client=libsql4j");
    try (HranaHttpClient client = client(ProtocolPreference.AUTO, base)) {
      assertThat(client.protocolVersion()).isEqualTo(ProtocolVersion.V3);
      assertThat(rows(client.openStream().execute(List.of(execute("SELECT 1"), close()), null).get(0)).rows())
          .containsExactly(List.of(Value.of(1)));
    }
  }

  private static HranaHttpClient client(ProtocolPreference protocol, URI base) {
    return new HranaHttpClient(HranaClientConfig.builder().baseUrl(base).protocol(protocol).build());
  }
}
