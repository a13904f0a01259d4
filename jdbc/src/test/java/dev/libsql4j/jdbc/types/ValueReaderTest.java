package dev.libsql4j.jdbc.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.libsql4j.hrana.message.Value;
import java.math.BigDecimal;
import java.sql.SQLDataException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ValueReaderTest {

  private static final ZoneId UTC = ZoneOffset.UTC;

  @Test
  void getObjectGivesIntegerWhenItFitsElseLong() {
    assertThat(ValueReader.toObject(Value.of(7))).isEqualTo(7);
    assertThat(ValueReader.toObject(Value.of(3_000_000_000L))).isEqualTo(3_000_000_000L);
    assertThat(ValueReader.toObject(Value.of(1.5))).isEqualTo(1.5);
    assertThat(ValueReader.toObject(Value.of("x"))).isEqualTo("x");
    assertThat(ValueReader.toObject(Value.NULL)).isNull();
  }

  @Test
  void conversionsFollowSqlite() throws Exception {
    assertThat(ValueReader.toText(Value.of(1.0))).isEqualTo("1.0");
    assertThat(ValueReader.toLong(Value.of("12abc"))).isEqualTo(12);
    assertThat(ValueReader.toBoolean(Value.of("abc"))).isFalse();
    assertThat(ValueReader.toBoolean(Value.of(2))).isTrue();
    assertThat(ValueReader.toBigDecimal(Value.of("1.10"))).isEqualTo(new BigDecimal("1.10"));
    assertThat(ValueReader.toBytes(Value.of("ab"))).containsExactly('a', 'b');
    assertThatThrownBy(() -> ValueReader.toBigDecimal(Value.of("abc"))).isInstanceOf(SQLDataException.class);
  }

  @Test
  void datesAreReadFromTextIntegersAndJulianDays() throws Exception {
    Instant expected = Instant.parse("2024-01-02T03:04:05.678Z");
    assertThat(ValueReader.toInstant(Value.of("2024-01-02 03:04:05.678"), UTC)).isEqualTo(expected);
    assertThat(ValueReader.toInstant(Value.of("2024-01-02T03:04:05.678Z"), ZoneId.of("Europe/Paris")))
        .isEqualTo(expected);
    assertThat(ValueReader.toInstant(Value.of(expected.toEpochMilli()), UTC)).isEqualTo(expected);
    assertThat(ValueReader.toInstant(Value.of(2460000.5), UTC)).isEqualTo(Instant.parse("2023-02-25T00:00:00Z"));
    assertThat(ValueReader.toInstant(Value.of("2024-01-02"), UTC)).isEqualTo(Instant.parse("2024-01-02T00:00:00Z"));
  }

  @Test
  void javaTimeTypesComeFromGetObject() throws Exception {
    assertThat(ValueReader.toObject(Value.of("2024-01-02 03:04:05"), LocalDateTime.class, UTC))
        .isEqualTo(LocalDateTime.of(2024, 1, 2, 3, 4, 5));
    assertThat(ValueReader.toObject(Value.of("2024-01-02"), LocalDate.class, UTC)).isEqualTo(LocalDate.of(2024, 1, 2));
    assertThat(ValueReader.toObject(Value.of("2024-01-02 03:04:05.123456"), Timestamp.class, UTC).getNanos())
        .isEqualTo(123_456_000);
    UUID uuid = UUID.randomUUID();
    assertThat(ValueReader.toObject(Value.of(uuid.toString()), UUID.class, UTC)).isEqualTo(uuid);
  }

  @Test
  void textThatIsNoDateIsADataError() {
    assertThatThrownBy(() -> ValueReader.toInstant(Value.of("soon"), UTC)).isInstanceOf(SQLDataException.class);
  }
}
