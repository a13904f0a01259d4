package dev.libsql4j.hrana.http;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.libsql4j.hrana.http.HranaException.Kind;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import org.junit.jupiter.api.Test;

/** HTTP statuses and bodies (as sqld and proxies send them) turned into exception kinds and messages. */
class HttpFailuresTest {

  private static final String REQUEST = "POST http://127.0.0.1:8080/v3/pipeline";

  @Test
  void anExpiredStreamIsRecognisedByItsJsonCode() {
    HranaException e = status(400, "application/json",
        "{\"message\":\"The stream has expired due to inactivity\",\"code\":\"STREAM_EXPIRED\"}");

    assertThat(e.kind()).isEqualTo(Kind.STREAM_EXPIRED);
    assertThat(e.code()).isEqualTo("STREAM_EXPIRED");
    assertThat(e.httpStatus()).isEqualTo(400);
    assertThat(e.getMessage()).isEqualTo(
        "HTTP 400 STREAM_EXPIRED from " + REQUEST + ": The stream has expired due to inactivity");
  }

  @Test
  void theStreamExpiredCodeCountsWhateverTheStatus() {
    assertThat(status(500, "application/json",
        "{\"message\":\"The stream has expired due to inactivity\",\"code\":\"STREAM_EXPIRED\"}").kind())
        .isEqualTo(Kind.STREAM_EXPIRED);
  }

  @Test
  void anInvalidBatonMeansTheStreamIsGone() {
    assertThat(status(400, "text/plain", "Received an invalid baton").kind()).isEqualTo(Kind.STREAM_EXPIRED);
    assertThat(status(400, "application/json", "{\"message\":\"bad\",\"code\":\"PROTO_BATON_INVALID\"}").kind())
        .isEqualTo(Kind.STREAM_EXPIRED);
  }

  @Test
  void aReusedBatonOrAClosedStreamIsAProtocolError() {
    HranaException reused = status(400, "text/plain", "Received a baton that has already been used");

    assertThat(reused.kind()).isEqualTo(Kind.PROTOCOL);
    assertThat(reused.code()).isNull();
    assertThat(reused.getMessage()).endsWith(": Received a baton that has already been used");
    assertThat(status(400, "text/plain", "Stream for this baton was closed").kind()).isEqualTo(Kind.PROTOCOL);
  }

  @Test
  void statusesMapToKinds() {
    assertThat(status(401, "application/json", "{\"error\":\"Unauthorized: `x`\"}").kind()).isEqualTo(Kind.UNAUTHORIZED);
    assertThat(status(403, "application/json", "{\"error\":\"Authorization forbidden\"}").kind()).isEqualTo(Kind.FORBIDDEN);
    assertThat(status(404, null, "").kind()).isEqualTo(Kind.NOT_FOUND);
    assertThat(status(405, null, "").kind()).isEqualTo(Kind.PROTOCOL);
    assertThat(status(500, "application/json", "{\"error\":\"internal\"}").kind()).isEqualTo(Kind.SERVER);
    assertThat(status(503, null, "shutting down").kind()).isEqualTo(Kind.SERVER);
  }

  @Test
  void onlyOverloadIsCertainlyNotExecuted() {
    HranaException overloaded = status(429, "application/json", "{\"error\":\"Too many concurrent requests\"}");

    assertThat(overloaded.kind()).isEqualTo(Kind.OVERLOADED);
    assertThat(overloaded.certainlyNotExecuted()).isTrue();
    assertThat(status(500, null, "").certainlyNotExecuted()).isFalse();
    assertThat(status(400, null, "x").certainlyNotExecuted()).isFalse();
  }

  @Test
  void theErrorKeyOfAJsonBodyIsTheMessage() {
    assertThat(status(404, "application/json", "{\"error\":\"Namespace `x` doesn't exist\"}").getMessage())
        .isEqualTo("HTTP 404 from " + REQUEST + ": Namespace `x` doesn't exist");
  }

  @Test
  void htmlIsReducedToItsText() {
    String nginx = "<html><head><title>502 Bad Gateway</title><style>body{}</style></head>"
        + "<body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>";

    assertThat(status(502, "text/html", nginx).getMessage())
        .isEqualTo("HTTP 502 from " + REQUEST + ": 502 Bad Gateway 502 Bad Gateway nginx");
  }

  @Test
  void anEmptyOrUnparsableBodyStillGivesAMessage() {
    assertThat(status(404, null, "").getMessage()).isEqualTo("HTTP 404 from " + REQUEST + ": (empty body)");
    assertThat(status(500, "application/json", "{broken").getMessage()).endsWith(": {broken");
  }

  @Test
  void longBodiesAreShortened() {
    assertThat(status(500, "text/plain", "x".repeat(10_000)).getMessage()).hasSizeLessThan(600).endsWith("…");
  }

  @Test
  void transportFailuresSayWhetherTheRequestCouldHaveRun() {
    HranaException refused = HttpFailures.transport(new ConnectException("Connection refused"), REQUEST);
    assertThat(refused.kind()).isEqualTo(Kind.TRANSPORT);
    assertThat(refused.certainlyNotExecuted()).isTrue();

    HranaException wrapped = HttpFailures.transport(new IOException("x", new ConnectException()), REQUEST);
    assertThat(wrapped.certainlyNotExecuted()).isTrue();

    HranaException reset = HttpFailures.transport(new IOException("Connection reset"), REQUEST);
    assertThat(reset.kind()).isEqualTo(Kind.TRANSPORT);
    assertThat(reset.certainlyNotExecuted()).isFalse();

    HranaException slow = HttpFailures.transport(new HttpTimeoutException("request timed out"), REQUEST);
    assertThat(slow.kind()).isEqualTo(Kind.TIMEOUT);
    assertThat(slow.certainlyNotExecuted()).isFalse();

    HranaException connectTimeout = HttpFailures.transport(new HttpConnectTimeoutException("connect"), REQUEST);
    assertThat(connectTimeout.kind()).isEqualTo(Kind.TIMEOUT);
    assertThat(connectTimeout.certainlyNotExecuted()).isTrue();
  }

  private static HranaException status(int status, String contentType, String body) {
    return HttpFailures.status(status, contentType, body.getBytes(UTF_8), REQUEST);
  }
}
