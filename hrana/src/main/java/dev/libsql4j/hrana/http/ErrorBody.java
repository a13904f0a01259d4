package dev.libsql4j.hrana.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * What a server said in the body of an HTTP error, whatever the form: sqld sends plain text for
 * protocol errors, {@code {"message","code"}} for an expired stream, {@code {"error"}} for auth and
 * namespace errors, and proxies in front of it send HTML.
 *
 * @param code the machine-readable code, or null when the body has none
 * @param message the human-readable message, shortened; empty for an empty body
 */
record ErrorBody(String code, String message) {

  private static final JsonFactory JSON = new JsonFactory();
  private static final int MAX_MESSAGE_CHARS = 500;
  private static final Pattern SCRIPTS = Pattern.compile("(?is)<(script|style)\\b.*?</\\1\\s*>");
  private static final Pattern TAGS = Pattern.compile("<[^>]*>");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** Reads a body of any of the known forms; never fails. */
  static ErrorBody parse(String contentType, byte[] body) {
    String text = new String(body, StandardCharsets.UTF_8).strip();
    if (text.startsWith("{")) {
      ErrorBody json = fromJson(body);
      if (json != null) {
        return json;
      }
    }
    boolean html = text.startsWith("<") || contentType != null && contentType.contains("html");
    if (html) {
      text = SCRIPTS.matcher(text).replaceAll(" ");
      text = TAGS.matcher(text).replaceAll(" ");
    }
    return new ErrorBody(null, shorten(SPACES.matcher(text).replaceAll(" ").strip()));
  }

  /** Reads {@code message}/{@code code} or {@code error}; null when the body is not such a JSON object. */
  private static ErrorBody fromJson(byte[] body) {
    String code = null;
    String message = null;
    String error = null;
    try (JsonParser parser = JSON.createParser(body)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      for (String field; (field = parser.nextFieldName()) != null; ) {
        JsonToken value = parser.nextToken();
        if (value.isScalarValue() && value != JsonToken.VALUE_NULL) {
          switch (field) {
            case "code" -> code = parser.getText();
            case "message" -> message = parser.getText();
            case "error" -> error = parser.getText();
            default -> { }
          }
        } else {
          parser.skipChildren();
        }
      }
    } catch (IOException e) {
      return null;
    }
    String text = message != null ? message : error;
    return text == null && code == null ? null : new ErrorBody(code, shorten(text == null ? "" : text));
  }

  private static String shorten(String text) {
    return text.length() <= MAX_MESSAGE_CHARS ? text : text.substring(0, MAX_MESSAGE_CHARS) + "…";
  }
}
