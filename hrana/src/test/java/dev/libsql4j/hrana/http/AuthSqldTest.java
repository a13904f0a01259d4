package dev.libsql4j.hrana.http;

import static dev.libsql4j.hrana.http.Requests.close;
import static dev.libsql4j.hrana.http.Requests.execute;
import static dev.libsql4j.hrana.http.Requests.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.libsql4j.hrana.message.StreamResult;
import dev.libsql4j.hrana.message.Value;
import dev.libsql4j.testing.SqldExtension;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** JWT auth on real sqld: 401 without a valid token, 403 for writes with a read-only one. */
class AuthSqldTest {

  @RegisterExtension
  static final SqldExtension SQLD = SqldExtension.withAuth();

  @BeforeAll
  static void createTable() throws HranaException {
    try (HranaHttpClient client = client(SQLD.jwt().fullAccessToken())) {
      client.openStream().execute(List.of(execute("CREATE TABLE guarded(a)"), close()), null);
    }
  }

  @Test
  void aFullAccessTokenReadsAndWrites() throws HranaException {
    try (HranaHttpClient client = client(SQLD.jwt().fullAccessToken())) {
      List<StreamResult> results = client.openStream().execute(List.of(execute("INSERT INTO guarded VALUES (1)"),
          execute("SELECT count(*) > 0 FROM guarded"), close()), null);

      assertThat(rows(results.get(1)).rows()).containsExactly(List.of(Value.of(1)));
    }
  }

  @Test
  void noTokenIsUnauthorized() throws HranaException {
    try (HranaHttpClient client = client(null)) {
      // The version probe needs no token, so it does not mistake a 401 for an old server.
      assertThat(client.protocolVersion()).isEqualTo(ProtocolVersion.V3);
      assertThatThrownBy(() -> client.openStream().execute(List.of(execute("SELECT 1")), null))
          .isInstanceOfSatisfying(HranaException.class, e -> {
            assertThat(e.kind()).isEqualTo(HranaException.Kind.UNAUTHORIZED);
            assertThat(e.httpStatus()).isEqualTo(401);
            assertThat(e.getMessage()).contains("Unauthorized");
          });
    }
  }

  @Test
  void aBadTokenIsUnauthorizedAndNeverEchoed() {
    String token = "not-a-jwt-" + "s3cr3t".repeat(4);
    try (HranaHttpClient client = client(token)) {
      assertThatThrownBy(() -> client.openStream().execute(List.of(execute("SELECT 1")), null))
          .isInstanceOfSatisfying(HranaException.class, e -> {
            assertThat(e.kind()).isEqualTo(HranaException.Kind.UNAUTHORIZED);
            assertThat(e.getMessage()).doesNotContain("s3cr3t");
          });
      assertThat(client.config().toString()).doesNotContain("s3cr3t");
    }
  }

  @Test
  void anExpiredTokenIsUnauthorized() {
    try (HranaHttpClient client = client(SQLD.jwt().expiredToken())) {
      assertThatThrownBy(() -> client.openStream().execute(List.of(execute("SELECT 1")), null))
          .isInstanceOfSatisfying(HranaException.class,
              e -> assertThat(e.kind()).isEqualTo(HranaException.Kind.UNAUTHORIZED));
    }
  }

  @Test
  void aReadOnlyTokenReadsButCannotWrite() throws HranaException {
    try (HranaHttpClient client = client(SQLD.jwt().readOnlyToken())) {
      HranaStream stream = client.openStream();
      assertThat(rows(stream.execute(List.of(execute("SELECT 1")), null).get(0)).rows())
          .containsExactly(List.of(Value.of(1)));

      assertThatThrownBy(() -> stream.execute(List.of(execute("INSERT INTO guarded VALUES (2)")), null))
          .isInstanceOfSatisfying(HranaException.class, e -> {
            assertThat(e.kind()).isEqualTo(HranaException.Kind.FORBIDDEN);
            assertThat(e.httpStatus()).isEqualTo(403);
          });
      assertThat(stream.isOpen()).isFalse();
    }
  }

  private static HranaHttpClient client(String token) {
    return new HranaHttpClient(HranaClientConfig.builder().baseUrl(SQLD.node().httpUrl()).authToken(token).build());
  }
}
