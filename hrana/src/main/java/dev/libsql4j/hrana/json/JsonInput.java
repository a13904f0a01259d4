package dev.libsql4j.hrana.json;

import com.fasterxml.jackson.core.Base64Variant;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A thin cursor over a Jackson {@link JsonParser} with the reading rules every Hrana message shares:
 * unknown fields are skipped by the callers' {@code default} branches, 64-bit integers are accepted as
 * decimal strings or numbers, a JSON {@code null} array reads as empty, and every error names the
 * offending field as a JSON pointer.
 *
 * <p>Convention: value readers work on the <em>current</em> token, which {@link #nextField()} and
 * {@link #array} position before calling them. Nothing is buffered, so memory stays bounded by the
 * largest single string.
 */
final class JsonInput {

  /** Reads one element at the current token. */
  @FunctionalInterface
  interface Reader<T> {
    T read(JsonInput in) throws IOException;
  }

  private final JsonParser parser;

  JsonInput(JsonParser parser) {
    this.parser = parser;
  }

  /** Advances to the next token, failing at the end of input. */
  JsonToken next() throws IOException {
    JsonToken token = parser.nextToken();
    if (token == null) {
      throw fail("unexpected end of input");
    }
    return token;
  }

  /** Advances to the next top-level value; false at the end of input. */
  boolean nextRoot() throws IOException {
    return parser.nextToken() != null;
  }

  /** Checks that the current token starts an object. */
  void beginObject(String what) throws HranaJsonException {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      throw fail("expected " + what + " object, found " + describe(parser.currentToken()));
    }
  }

  /**
   * Moves to the value of the next field of the current object and returns the field's name, or
   * returns null at the end of the object.
   */
  String nextField() throws IOException {
    JsonToken token = next();
    if (token == JsonToken.END_OBJECT) {
      return null;
    }
    String name = parser.currentName();
    next();
    return name;
  }

  /** True when the current token is JSON {@code null}. */
  boolean isNull() {
    return parser.currentToken() == JsonToken.VALUE_NULL;
  }

  /** Skips the current value, including everything nested in it. */
  void skip() throws IOException {
    parser.skipChildren();
  }

  /** A string, or null for JSON {@code null}. */
  String string() throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_STRING) {
      return parser.getText();
    }
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    throw fail("expected a string, found " + describe(token));
  }

  /**
   * A 64-bit integer written as a decimal string (the protocol's form) or as a JSON number (what sqld
   * writes in some cursor entries), or null for JSON {@code null}.
   */
  Long int64() throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    if (token == JsonToken.VALUE_STRING || token == JsonToken.VALUE_NUMBER_INT) {
      return parseInt64(parser.getText());
    }
    throw fail("expected a 64-bit integer (decimal string), found " + describe(token));
  }

  /** Parses a decimal 64-bit integer, failing with the current field's name. */
  long parseInt64(String text) throws HranaJsonException {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw fail("'" + text + "' is not a 64-bit integer");
    }
  }

  /** A count such as {@code affected_row_count}: like {@link #int64()}, with null read as 0. */
  long count() throws IOException {
    Long value = int64();
    return value == null ? 0 : value;
  }

  /** A 32-bit integer written as a JSON number, or null for JSON {@code null}. */
  Integer int32() throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    if (token == JsonToken.VALUE_NUMBER_INT) {
      try {
        return parser.getIntValue();
      } catch (InputCoercionException e) {
        throw fail("'" + parser.getText() + "' is not a 32-bit integer");
      }
    }
    throw fail("expected a 32-bit integer, found " + describe(token));
  }

  /** A boolean; JSON {@code null} reads as false. */
  boolean bool() throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE || token == JsonToken.VALUE_NULL) {
      return token == JsonToken.VALUE_TRUE;
    }
    throw fail("expected a boolean, found " + describe(token));
  }

  /** A boolean, or null for JSON {@code null}. */
  Boolean optionalBool() throws IOException {
    return isNull() ? null : bool();
  }

  /** A JSON number as a double; JSON {@code null} reads as 0. */
  double float64() throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NUMBER_FLOAT || token == JsonToken.VALUE_NUMBER_INT) {
      return parser.getDoubleValue();
    }
    if (token == JsonToken.VALUE_NULL) {
      return 0;
    }
    throw fail("expected a number, found " + describe(token));
  }

  /**
   * The text of a scalar (string or number) so that it can be interpreted once the sibling fields
   * are known; null for JSON {@code null}.
   */
  String scalarText() throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    if (token.isScalarValue()) {
      return parser.getText();
    }
    throw fail("expected a scalar, found " + describe(token));
  }

  /** The current token (for callers that interpret {@link #scalarText()} later). */
  JsonToken token() {
    return parser.currentToken();
  }

  /** Base64 bytes decoded straight from the parser's buffer. */
  byte[] base64(Base64Variant variant) throws IOException {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      throw fail("expected a base64 string, found " + describe(parser.currentToken()));
    }
    try {
      return parser.getBinaryValue(variant);
    } catch (StreamReadException | IllegalArgumentException e) {
      throw fail("invalid base64 (" + originalMessage(e) + ")");
    }
  }

  /** An array of elements; JSON {@code null} reads as an empty list. */
  <T> List<T> array(Reader<T> element) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return List.of();
    }
    if (token != JsonToken.START_ARRAY) {
      throw fail("expected an array, found " + describe(token));
    }
    List<T> list = new ArrayList<>();
    while (next() != JsonToken.END_ARRAY) {
      list.add(element.read(this));
    }
    return list;
  }

  /** Returns {@code value}, or fails naming the missing field. */
  <T> T require(T value, String field) throws HranaJsonException {
    if (value == null) {
      throw fail("missing field '" + field + "'");
    }
    return value;
  }

  /** An exception for the current position: the message is prefixed with the JSON pointer. */
  HranaJsonException fail(String message) {
    String path = parser.getParsingContext().pathAsPointer().toString();
    return new HranaJsonException(
        "Invalid Hrana JSON at " + (path.isEmpty() ? "(root)" : path) + ": " + message, null);
  }

  /** Wraps a Jackson syntax or limit error, keeping its location but not the input excerpt. */
  static HranaJsonException malformed(JsonProcessingException e) {
    JsonLocation location = e.getLocation();
    String where = location == null ? ""
        : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    return new HranaJsonException("Malformed JSON" + where + ": " + e.getOriginalMessage(), e);
  }

  private static String originalMessage(Exception e) {
    return e instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : e.getMessage();
  }

  private static String describe(JsonToken token) {
    if (token == null) {
      return "end of input";
    }
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> token.toString();
    };
  }
}
