package dev.libsql4j.hrana.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import dev.libsql4j.hrana.message.Value;
import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The wire form of each SQLite value, written and read. */
class ValueJsonTest {

  private static final JsonFactory JSON = new JsonFactory();

  @Test
  void nullIsATypeOnly() throws IOException {
    assertThat(encode(Value.NULL)).isEqualTo("{\"type\":\"null\"}");
    assertThat(decode("{\"type\":\"null\"}")).isEqualTo(Value.NULL);
  }

  @Test
  void integersTravelAsDecimalStrings() throws IOException {
    assertThat(encode(Value.of(Long.MIN_VALUE)))
        .isEqualTo("{\"type\":\"integer\",\"value\":\"-9223372036854775808\"}");
    assertThat(encode(Value.of(Long.MAX_VALUE)))
        .isEqualTo("{\"type\":\"integer\",\"value\":\"9223372036854775807\"}");
    assertThat(decode("{\"type\":\"integer\",\"value\":\"-9223372036854775808\"}"))
        .isEqualTo(Value.of(Long.MIN_VALUE));
  }

  @Test
  void integersAreAlsoAcceptedAsNumbers() throws IOException {
    assertThat(decode("{\"type\":\"integer\",\"value\":9223372036854775807}"))
        .isEqualTo(Value.of(Long.MAX_VALUE));
  }

  @Test
  void floatsTravelAsNumbers() throws IOException {
    assertThat(encode(Value.of(1.5))).isEqualTo("{\"type\":\"float\",\"value\":1.5}");
    assertThat(encode(Value.of(1.0))).isEqualTo("{\"type\":\"float\",\"value\":1.0}");
    assertThat(encode(Value.of(-2.5e-300))).isEqualTo("{\"type\":\"float\",\"value\":-2.5E-300}");
    assertThat(decode("{\"type\":\"float\",\"value\":1.5e300}")).isEqualTo(Value.of(1.5e300));
    assertThat(decode("{\"type\":\"float\",\"value\":1}")).isEqualTo(Value.of(1.0));
  }

  @Test
  void nonFiniteFloatsAreWrittenAsNull() throws IOException {
    assertThat(encode(Value.of(Double.NaN))).isEqualTo("{\"type\":\"null\"}");
    assertThat(encode(Value.of(Double.POSITIVE_INFINITY))).isEqualTo("{\"type\":\"null\"}");
    assertThat(encode(Value.of(Double.NEGATIVE_INFINITY))).isEqualTo("{\"type\":\"null\"}");
  }

  @Test
  void aFloatWithANullValueReadsAsNull() throws IOException {
    // What sqld sends for SELECT 1e999.
    assertThat(decode("{\"type\":\"float\",\"value\":null}")).isEqualTo(Value.NULL);
  }

  @Test
  void textIsWrittenAsUtf8WithJsonEscapes() throws IOException {
    assertThat(encode(Value.of("héllo ✓ 𝄞 \"q\"\n")))
        .isEqualTo("{\"type\":\"text\",\"value\":\"héllo ✓ 𝄞 \\\"q\\\"\\n\"}");
    assertThat(decode("{\"type\":\"text\",\"value\":\"h\\u00e9llo ✓ 𝄞\"}"))
        .isEqualTo(Value.of("héllo ✓ 𝄞"));
  }

  @Test
  void blobsAreWrittenAsUnpaddedBase64() throws IOException {
    assertThat(encode(Value.of(new byte[] {(byte) 0xff})))
        .isEqualTo("{\"type\":\"blob\",\"base64\":\"/w\"}");
    assertThat(encode(Value.of(new byte[] {0, 1, 2}))).isEqualTo("{\"type\":\"blob\",\"base64\":\"AAEC\"}");
    assertThat(encode(Value.of(new byte[0]))).isEqualTo("{\"type\":\"blob\",\"base64\":\"\"}");
  }

  @Test
  void blobsAreReadWithOrWithoutPadding() throws IOException {
    Value ff = Value.of(new byte[] {(byte) 0xff});
    assertThat(decode("{\"type\":\"blob\",\"base64\":\"/w\"}")).isEqualTo(ff);
    assertThat(decode("{\"type\":\"blob\",\"base64\":\"/w==\"}")).isEqualTo(ff);
    assertThat(decode("{\"type\":\"blob\",\"base64\":\"\"}")).isEqualTo(Value.of(new byte[0]));
  }

  @Test
  void fieldsMayComeInAnyOrderAndUnknownOnesAreIgnored() throws IOException {
    assertThat(decode("{\"value\":\"42\",\"future\":{\"x\":[1]},\"type\":\"integer\"}"))
        .isEqualTo(Value.of(42));
    assertThat(decode("{\"base64\":\"AAEC\",\"type\":\"blob\"}")).isEqualTo(Value.of(new byte[] {0, 1, 2}));
  }

  @Test
  void malformedValuesNameTheField() {
    assertThatThrownBy(() -> decode("{\"type\":\"integer\",\"value\":\"12x\"}"))
        .isInstanceOf(HranaJsonException.class)
        .hasMessageContaining("'12x' is not a 64-bit integer");
    assertThatThrownBy(() -> decode("{\"type\":\"integer\",\"value\":\"9223372036854775808\"}"))
        .hasMessageContaining("is not a 64-bit integer");
    assertThatThrownBy(() -> decode("{\"type\":\"integer\",\"value\":1.5}"))
        .hasMessageContaining("decimal string");
    assertThatThrownBy(() -> decode("{\"type\":\"text\",\"value\":5}"))
        .hasMessageContaining("a text value needs 'value' as a string");
    assertThatThrownBy(() -> decode("{\"type\":\"float\",\"value\":\"1.5\"}"))
        .hasMessageContaining("a float value needs 'value' as a number");
    assertThatThrownBy(() -> decode("{\"type\":\"blob\",\"base64\":\"%%%\"}"))
        .hasMessageContaining("/base64: invalid base64");
    assertThatThrownBy(() -> decode("{\"type\":\"blob\"}")).hasMessageContaining("missing field 'base64'");
    assertThatThrownBy(() -> decode("{\"value\":\"1\"}")).hasMessageContaining("missing field 'type'");
    assertThatThrownBy(() -> decode("{\"type\":\"decimal\",\"value\":\"1\"}"))
        .hasMessageContaining("unknown value type 'decimal'");
    assertThatThrownBy(() -> decode("[1]")).hasMessageContaining("expected value object, found an array");
  }

  private static String encode(Value value) throws IOException {
    StringWriter text = new StringWriter();
    try (JsonGenerator out = JSON.createGenerator(text)) {
      ValueCodec.write(out, value);
    }
    return text.toString();
  }

  private static Value decode(String json) throws IOException {
    try (JsonParser parser = JSON.createParser(json)) {
      JsonInput in = new JsonInput(parser);
      in.next();
      return ValueCodec.read(in);
    }
  }
}
