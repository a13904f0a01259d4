package dev.libsql4j.hrana.json;

import com.fasterxml.jackson.core.Base64Variant;
import com.fasterxml.jackson.core.Base64Variants;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import dev.libsql4j.hrana.message.Value;
import java.io.IOException;

/**
 * The wire forms shared by requests and responses: {@link Value}s and 64-bit integers.
 *
 * <ul>
 *   <li>integers: decimal strings ({@code "-9223372036854775808"}); numbers accepted when reading;
 *   <li>floats: JSON numbers; a non-finite double is written as {@code {"type":"null"}} because JSON
 *       cannot carry it, and a float whose value is {@code null} reads as NULL (what sqld emits for ±Inf);
 *   <li>blobs: standard base64 alphabet, written <em>without</em> padding (as sqld writes them, so the
 *       devserver's output matches sqld byte for byte), read with or without padding.
 * </ul>
 */
final class ValueCodec {

  /** Standard alphabet, no line feeds, unpadded on write, padding optional on read. */
  static final Base64Variant BASE64 =
      Base64Variants.MIME_NO_LINEFEEDS.withWritePadding(false).withPaddingAllowed();

  private ValueCodec() {}

  /** Writes a value object. */
  static void write(JsonGenerator out, Value value) throws IOException {
    out.writeStartObject();
    if (value instanceof Value.IntegerValue integer) {
      out.writeStringField("type", "integer");
      out.writeFieldName("value");
      writeInt64(out, integer.value());
    } else if (value instanceof Value.FloatValue real && Double.isFinite(real.value())) {
      out.writeStringField("type", "float");
      out.writeNumberField("value", real.value());
    } else if (value instanceof Value.TextValue text) {
      out.writeStringField("type", "text");
      out.writeStringField("value", text.value());
    } else if (value instanceof Value.BlobValue blob) {
      out.writeStringField("type", "blob");
      out.writeFieldName("base64");
      out.writeBinary(BASE64, blob.value(), 0, blob.value().length);
    } else {
      // NULL, and the non-finite floats JSON has no number for.
      out.writeStringField("type", "null");
    }
    out.writeEndObject();
  }

  /**
   * Reads a value object. Fields may come in any order: {@code value} is kept as text until
   * {@code type} is known.
   */
  static Value read(JsonInput in) throws IOException {
    in.beginObject("value");
    String type = null;
    JsonToken valueToken = null;
    String valueText = null;
    byte[] blob = null;
    for (String field; (field = in.nextField()) != null; ) {
      switch (field) {
        case "type" -> type = in.string();
        case "value" -> {
          valueToken = in.token();
          valueText = in.scalarText();
        }
        case "base64" -> blob = in.base64(BASE64);
        default -> in.skip();
      }
    }
    switch (in.require(type, "type")) {
      case "null":
        return Value.NULL;
      case "integer":
        if (valueToken != JsonToken.VALUE_STRING && valueToken != JsonToken.VALUE_NUMBER_INT) {
          throw in.fail("an integer value needs 'value' as a decimal string");
        }
        return Value.of(in.parseInt64(valueText));
      case "float":
        if (valueText == null) {
          return Value.NULL;
        }
        if (!valueToken.isNumeric()) {
          throw in.fail("a float value needs 'value' as a number");
        }
        return Value.of(Double.parseDouble(valueText));
      case "text":
        if (valueToken != JsonToken.VALUE_STRING) {
          throw in.fail("a text value needs 'value' as a string");
        }
        return Value.of(valueText);
      case "blob":
        return Value.of(in.require(blob, "base64"));
      default:
        throw in.fail("unknown value type '" + type + "'");
    }
  }

  /** Writes a 64-bit integer as a decimal string. */
  static void writeInt64(JsonGenerator out, long value) throws IOException {
    out.writeString(Long.toString(value));
  }

  /** Writes a field holding a 64-bit integer as a decimal string, or {@code null}. */
  static void writeInt64Field(JsonGenerator out, String name, Long value) throws IOException {
    out.writeFieldName(name);
    if (value == null) {
      out.writeNull();
    } else {
      writeInt64(out, value);
    }
  }
}
