package dev.libsql4j.devserver.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * Moves one JSON value from a document into another without reading it: how the legacy {@code /v1}
 * endpoints reuse the shared Hrana codec, whose public surface covers whole pipeline and cursor bodies
 * only ({@code {"stmt": …}} is re-wrapped into a cursor body, a pipeline response is unwrapped into
 * {@code {"result": …}}).
 */
final class JsonSubtree {

  private static final JsonFactory FACTORY = new JsonFactory();

  private JsonSubtree() {}

  /** The value at {@code path} (field names; array elements by decimal index) or null if absent. */
  static byte[] extract(byte[] json, String... path) throws IOException {
    try (JsonParser in = FACTORY.createParser(json)) {
      in.nextToken();
      for (String step : path) {
        if (!descend(in, step)) {
          return null;
        }
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (JsonGenerator out = FACTORY.createGenerator(bytes)) {
        out.copyCurrentStructure(in);
      }
      return bytes.toByteArray();
    }
  }

  /** Moves the parser from the current container to its child {@code step}. */
  private static boolean descend(JsonParser in, String step) throws IOException {
    if (in.currentToken() == JsonToken.START_OBJECT) {
      while (in.nextToken() == JsonToken.FIELD_NAME) {
        String name = in.currentName();
        in.nextToken();
        if (name.equals(step)) {
          return true;
        }
        in.skipChildren();
      }
      return false;
    }
    if (in.currentToken() == JsonToken.START_ARRAY && step.chars().allMatch(Character::isDigit)) {
      int index = Integer.parseInt(step);
      for (int i = 0; in.nextToken() != JsonToken.END_ARRAY; i++) {
        if (i == index) {
          return true;
        }
        in.skipChildren();
      }
    }
    return false;
  }

  /** {@code prefix + value + suffix} as bytes. */
  static byte[] wrap(String prefix, byte[] value, String suffix) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(value.length + 64);
    bytes.writeBytes(HttpResponses.text(prefix));
    bytes.writeBytes(value);
    bytes.writeBytes(HttpResponses.text(suffix));
    return bytes.toByteArray();
  }
}
