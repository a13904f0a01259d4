package dev.libsql4j.hrana.ws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.libsql4j.hrana.http.HranaClientConfig;
import dev.libsql4j.hrana.http.HranaException;
import dev.libsql4j.hrana.http.HranaStream;
import dev.libsql4j.hrana.message.Stmt;
import dev.libsql4j.hrana.message.StreamRequest;
import dev.libsql4j.hrana.message.StreamResult;
import dev.libsql4j.testing.SqldExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The token over WebSocket on sqld with JWT auth: {@code hello}, {@code hello_error}, a new hello. */
class WsAuthSqldTest {

  @RegisterExtension
  static final SqldExtension SQLD = SqldExtension.withAuth();

  private static HranaWsClient client(String token) {
    HranaClientConfig.Builder config = HranaClientConfig.builder().baseUrl(SQLD.node().httpUrl());
    if (token != null) {
      config.authToken(token);
    }
    return new HranaWsClient(config.build(), 1);
  }

  private static List<StreamResult> select(HranaStream stream) throws HranaException {
    return stream.execute(List.of(new StreamRequest.Execute(Stmt.of("SELECT 1")), new StreamRequest.Close()), null);
  }

  @Test
  void aValidTokenIsSaidOnceInHello() throws HranaException {
    try (HranaWsClient client = client(SQLD.jwt().fullAccessToken())) {
      assertThat(select(client.openStream()).get(0)).isInstanceOf(StreamResult.Ok.class);
      assertThat(select(client.openStream()).get(0)).isInstanceOf(StreamResult.Ok.class);
      assertThat(client.traffic().count("hello")).isEqualTo(1);
    }
  }

  @Test
  void aRefusedTokenFailsTheWaitingRequestsAsUnauthorizedWithoutTheToken() {
    String expired = SQLD.jwt().expiredToken();
    try (HranaWsClient client = client(expired)) {
      assertThatThrownBy(() -> select(client.openStream()))
          .isInstanceOfSatisfying(HranaException.class, e -> {
            assertThat(e.kind()).isEqualTo(HranaException.Kind.UNAUTHORIZED);
            assertThat(e.code()).startsWith("AUTH_");
            assertThat(e.getMessage()).doesNotContain(expired);
          });
    }
  }

  @Test
  void aMissingTokenIsRefused() {
    try (HranaWsClient client = client(null)) {
      assertThatThrownBy(() -> select(client.openStream()))
          .isInstanceOfSatisfying(HranaException.class,
              e -> assertThat(e.kind()).isEqualTo(HranaException.Kind.UNAUTHORIZED));
    }
  }

  @Test
  void aReplacedTokenIsSaidAgainOnTheLiveSocketWhoseStreamsCarryOn() throws HranaException {
    try (HranaWsClient client = client(SQLD.jwt().fullAccessToken())) {
      HranaStream inTransaction = client.openStream();
      inTransaction.execute(List.of(new StreamRequest.Execute(Stmt.of("BEGIN")),
          new StreamRequest.Execute(Stmt.of("SELECT 1"))), null);

      client.replaceAuthToken(SQLD.jwt().fullAccessToken());
      List<StreamResult> after = inTransaction.execute(List.of(new StreamRequest.Execute(Stmt.of("COMMIT")),
          new StreamRequest.Close()), null);

      assertThat(after.get(0)).isInstanceOf(StreamResult.Ok.class);
      assertThat(client.traffic().count("hello")).isEqualTo(2);
      assertThat(client.traffic().socketsOpened()).isEqualTo(1);
    }
  }

  @Test
  void aReplacedTokenThatIsRefusedClosesTheSocket() throws HranaException {
    try (HranaWsClient client = client(SQLD.jwt().fullAccessToken())) {
      HranaStream stream = client.openStream();
      stream.execute(List.of(new StreamRequest.Execute(Stmt.of("SELECT 1"))), null);
      client.replaceAuthToken(SQLD.jwt().expiredToken());

      assertThatThrownBy(() -> stream.execute(List.of(new StreamRequest.Execute(Stmt.of("SELECT 2"))), null))
          .isInstanceOfSatisfying(HranaException.class,
              e -> assertThat(e.kind()).isEqualTo(HranaException.Kind.UNAUTHORIZED));
    }
  }
}
