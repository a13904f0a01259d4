package dev.libsql4j.devserver.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.libsql4j.devserver.error.ProtocolException;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * sqld refuses an {@code integer} value whose {@code value} is a JSON number instead of a decimal
 * string (HTTP 400); the shared codec accepts both, as a client should. This pass over a request body
 * restores sqld's strictness on the server side, so that clients tested against the devserver do not
 * come to rely on the lenient form. Malformed JSON is left for the codec to report.
 */
final class StrictIntegers {

  private static final JsonFactory FACTORY = new JsonFactory();

  private StrictIntegers() {}

  /** What is known of one open JSON object. */
  private static final class Seen {
    boolean integerType;
    String numericValue;
  }

  /** Fails when some object has {@code "type": "integer"} and a numeric {@code "value"}. */
  static void check(byte[] body) throws ProtocolException {
    Deque<Seen> objects = new ArrayDeque<>();
    try (JsonParser in = FACTORY.createParser(body)) {
      for (JsonToken token = in.nextToken(); token != null; token = in.nextToken()) {
        if (token == JsonToken.START_OBJECT) {
          objects.push(new Seen());
        } else if (token == JsonToken.END_OBJECT) {
          objects.pop();
        } else if (token == JsonToken.FIELD_NAME) {
          String field = in.currentName();
          Seen object = objects.peek();
          JsonToken value = in.nextToken();
          if (field.equals("type") && value == JsonToken.VALUE_STRING) {
            object.integerType = in.getText().equals("integer");
          } else if (field.equals("value") && value == JsonToken.VALUE_NUMBER_INT) {
            object.numericValue = in.getText();
          } else if (value == JsonToken.START_OBJECT) {
            objects.push(new Seen());
          }
          if (object.integerType && object.numericValue != null) {
            throw ProtocolException.badRequest("PROTO_JSON_INVALID",
                "Cannot deserialize client message from JSON: invalid type: integer `"
                    + object.numericValue + "`, expected a string");
          }
        }
      }
    } catch (IOException malformed) {
      // The codec reports malformed JSON with its position; nothing to add here.
    }
  }
}
