package dev.libsql4j.devserver.replication;

import dev.libsql4j.devserver.sql.DatabaseImages;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * A replica's connection to its primary (HTTP/1.1, the JDK client): fetches database images and forwards
 * the requests the replica does not serve itself.
 *
 * <p>The {@code primaryAuthToken} is used only to fetch images (the primary requires full access for
 * that when it checks JWTs); forwarded requests carry the client's own {@code Authorization}.
 */
public final class PrimaryClient {

  /** The primary's path that hands out database images. */
  public static final String IMAGE_PATH = "/devserver/replication/image";
  /** The response header carrying the image's replication index. */
  public static final String INDEX_HEADER = "x-libsql4j-replication-index";
  /** Request headers a forwarded request keeps. */
  private static final String[] FORWARDED_HEADERS = {
      "Authorization", "x-namespace-bin", "x-namespace", "Content-Type"};

  private final URI primary;
  private final String authorization;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();

  /**
   * @param primary the primary's user API, e.g. {@code http://127.0.0.1:8080}
   * @param primaryAuthToken a full-access token for fetching images, or null without auth
   */
  public PrimaryClient(URI primary, String primaryAuthToken) {
    this.primary = primary;
    this.authorization = primaryAuthToken == null ? null : "Bearer " + primaryAuthToken;
  }

  /** The primary's URL (never holds secrets). */
  public URI url() {
    return primary;
  }

  /** What the primary answered about a namespace's image. */
  public sealed interface Fetched {
    /** A newer state. */
    record NewImage(DatabaseImages.Image image) implements Fetched {}

    /** Nothing committed after the index asked about within the wait. */
    record Unchanged() implements Fetched {}

    /** The primary has no such namespace. */
    record Missing() implements Fetched {}
  }

  /**
   * The namespace's state once the primary has committed beyond {@code after}, waiting up to
   * {@code wait} for that (a long poll).
   */
  public Fetched fetch(String namespace, long after, Duration wait)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(primary.resolve(
            IMAGE_PATH + "?after=" + after + "&wait_ms=" + wait.toMillis()))
        .header("x-namespace-bin", namespaceHeader(namespace))
        .timeout(wait.plusSeconds(30))
        .GET();
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    return switch (response.statusCode()) {
      case 200 -> new Fetched.NewImage(new DatabaseImages.Image(
          Long.parseLong(response.headers().firstValue(INDEX_HEADER).orElseThrow(
              () -> new IOException("the primary sent an image without " + INDEX_HEADER))),
          response.body()));
      case 204 -> new Fetched.Unchanged();
      case 404 -> new Fetched.Missing();
      default -> throw new IOException("the primary " + primary + " answered " + response.statusCode()
          + " to an image request: " + new String(response.body(), StandardCharsets.UTF_8));
    };
  }

  /**
   * Sends a request on to the primary with the client's credentials and namespace, and returns the
   * primary's answer as a stream (cursors keep streaming).
   *
   * @param path the path and query the client used
   * @param headers the client's request headers (only credentials, namespace and content type go on)
   */
  public HttpResponse<InputStream> forward(String path, Map<String, String> headers, byte[] body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(primary.resolve(path))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    for (String name : FORWARDED_HEADERS) {
      String value = headers.get(name);
      if (value != null) {
        request.header(name, value);
      }
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
  }

  /** {@code x-namespace-bin}: base64 without padding, as sqld reads it. */
  private static String namespaceHeader(String namespace) {
    return Base64.getEncoder().withoutPadding().encodeToString(namespace.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return "PrimaryClient[" + primary + "]";
  }
}
