package dev.libsql4j.tenancy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The JSON-over-HTTP exchanges of the control-plane APIs (sqld admin, Turso Platform). One JDK
 * HTTP/1.1 client (sqld speaks HTTP/1.1 only); the {@code Authorization} value is given per instance
 * and never appears in messages.
 */
final class JsonHttp {

  static final ObjectMapper JSON = new ObjectMapper();

  /** One answer: the status and the parsed body (a missing node when the body is empty or not JSON). */
  record Answer(int status, JsonNode body, String text) {

    boolean ok() {
      return status / 100 == 2;
    }

    /** The server's own error text: {@code error} or {@code message} of a JSON body, else the body. */
    String error() {
      for (String field : new String[] {"error", "message"}) {
        if (body.hasNonNull(field)) {
          return body.get(field).asText();
        }
      }
      return text.isBlank() ? "(empty body)" : text;
    }
  }

  private final HttpClient http;
  private final String authorization;
  private final Duration timeout;

  JsonHttp(String authorizationOrNull, Duration timeout) {
    this.http = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(timeout)
        .build();
    this.authorization = authorizationOrNull;
    this.timeout = timeout;
  }

  Answer get(URI url) {
    return send(url, "GET", null);
  }

  Answer post(URI url, Object body) {
    return send(url, "POST", body);
  }

  Answer delete(URI url) {
    return send(url, "DELETE", null);
  }

  private Answer send(URI url, String method, Object bodyOrNull) {
    HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(timeout);
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    String described = method + " " + url.getScheme() + "://" + url.getAuthority() + url.getRawPath();
    try {
      if (bodyOrNull == null) {
        request.method(method, HttpRequest.BodyPublishers.noBody());
      } else {
        request.header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(bodyOrNull)));
      }
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(response.statusCode(), parse(response.body()), response.body());
    } catch (IOException e) {
      throw new TenantDatabasesException(described + " failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TenantDatabasesException(described + " was interrupted", e);
    }
  }

  private static JsonNode parse(String body) {
    if (body == null || body.isBlank()) {
      return MissingNode.getInstance();
    }
    try {
      return JSON.readTree(body);
    } catch (IOException notJson) {
      return MissingNode.getInstance();
    }
  }

  /** A failure naming the request and the server's answer. */
  static TenantDatabasesException failure(String what, Answer answer) {
    return new TenantDatabasesException(what + " failed: HTTP " + answer.status() + ": " + answer.error());
  }
}
