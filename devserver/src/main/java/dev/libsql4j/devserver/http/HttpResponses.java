package dev.libsql4j.devserver.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.sun.net.httpserver.HttpExchange;
import dev.libsql4j.devserver.error.ProtocolException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Writing responses and reading bounded request bodies on a JDK {@link HttpExchange}. */
final class HttpResponses {

  static final String JSON = "application/json";
  static final String TEXT = "text/plain; charset=utf-8";
  private static final JsonFactory FACTORY = new JsonFactory();

  private HttpResponses() {}

  /** Sends a complete body. */
  static void send(HttpExchange exchange, int status, String contentType, byte[] body)
      throws IOException {
    if (contentType != null) {
      exchange.getResponseHeaders().set("Content-Type", contentType);
    }
    // -1 tells the JDK server there is no body at all.
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  /** Sends an empty response (e.g. 404 for unknown paths, as sqld). */
  static void empty(HttpExchange exchange, int status) throws IOException {
    send(exchange, status, null, new byte[0]);
  }

  /**
   * Sends a refused request as {@code {"message","code"}} JSON, which the JS client turns into a
   * proper error. Errors that sqld reports as {@code {"error": …}} (auth, namespaces, limits) carry
   * that key too, so clients written against sqld read them unchanged.
   */
  static void error(HttpExchange exchange, ProtocolException e) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonGenerator out = FACTORY.createGenerator(bytes)) {
      out.writeStartObject();
      if (e.status() != 400 || e.code().startsWith("NAMESPACE")) {
        out.writeStringField("error", e.getMessage());
      }
      out.writeStringField("message", e.getMessage());
      out.writeStringField("code", e.code());
      out.writeEndObject();
    } catch (IOException impossible) {
      throw new UncheckedIOException(impossible);
    }
    send(exchange, e.status(), JSON, bytes.toByteArray());
  }

  /** Reads a request body of at most {@code maxBytes}; 413 beyond. */
  static byte[] body(HttpExchange exchange, long maxBytes) throws IOException, ProtocolException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try (InputStream in = exchange.getRequestBody()) {
      for (int n; (n = in.read(buffer)) >= 0; ) {
        if (bytes.size() + (long) n > maxBytes) {
          throw new ProtocolException(413, "REQUEST_TOO_LARGE",
              "The request body exceeds " + maxBytes + " bytes");
        }
        bytes.write(buffer, 0, n);
      }
    }
    return bytes.toByteArray();
  }

  /** Reads an in-memory body. */
  @FunctionalInterface
  interface BodyParser<T> {
    T parse() throws IOException;
  }

  /**
   * Parses an in-memory body (with the shared codec, or by hand for the legacy APIs): any failure,
   * including a value the message model refuses ({@link IllegalArgumentException}), is malformed
   * input, sqld's 400 {@code Cannot deserialize client message}.
   */
  static <T> T parseBody(BodyParser<T> parser) throws ProtocolException {
    try {
      return parser.parse();
    } catch (IOException | IllegalArgumentException e) {
      throw ProtocolException.badRequest("PROTO_JSON_INVALID",
          "Cannot deserialize client message from JSON: " + e.getMessage());
    }
  }

  /** A UTF-8 text body. */
  static byte[] text(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
