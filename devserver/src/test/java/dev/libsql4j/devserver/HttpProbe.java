package dev.libsql4j.devserver;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Raw HTTP for tests: exactly the bytes a client sends, exactly the answer a server gives. */
public final class HttpProbe {

  private static final HttpClient CLIENT = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1) // sqld hangs on POSTs that ask for an h2c upgrade
      .connectTimeout(Duration.ofSeconds(5)).build();

  /** An answer: status, content type (or empty) and body text. */
  public record Reply(int status, String contentType, String body) {}

  private HttpProbe() {}

  /** Sends a request; {@code headers} alternate names and values. */
  public static Reply send(URI base, String method, String path, String body, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
        .timeout(Duration.ofSeconds(30))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    try {
      // The timeout covers the whole body too, so a response that never ends fails the test.
      HttpResponse<String> response = CLIENT.sendAsync(request.build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).get(30, TimeUnit.SECONDS);
      return new Reply(response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""), response.body());
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException(method + " " + base + path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** {@code POST path} with a JSON body. */
  public static Reply post(URI base, String path, String json, String... headers) {
    return send(base, "POST", path, json, headers);
  }

  /** {@code GET path}. */
  public static Reply get(URI base, String path) {
    return send(base, "GET", path, null);
  }
}
