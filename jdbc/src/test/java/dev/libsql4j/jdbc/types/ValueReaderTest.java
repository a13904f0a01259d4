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
    assertThat(ValueReader.toInstant(Value.of(2460000.5), ZoneId.of("Europe/Paris")))
        .as("a julian day is wall time in the zone, as sqlite-jdbc reads it")
        .isEqualTo(Instant.parse("2023-02-24T23:00:00Z"));
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

  /** The expected milliseconds are what sqlite-jdbc 3.54.1.0 returns in UTC. */
  @Test
  void julianDaysAreReadAsSqliteJdbcReadsThem() throws Exception {
    // 4713-01-13 BC 20:09:35.999: truncated, not rounded to :36
    assertThat(ValueReader.toTimestamp(Value.of(12.34), UTC).getTime()).isEqualTo(-210865693824001L);
    assertThat(ValueReader.toTimestamp(Value.of(2460311.6278), UTC).getTime()).isEqualTo(1704164641919L);
    // far outside the calendar: sqlite-jdbc's saturated arithmetic, the same for all of them
    assertThat(ValueReader.toTimestamp(Value.of(1e300), UTC).getTime()).isEqualTo(7654911123150647L);
    assertThat(ValueReader.toTimestamp(Value.of(1.7e12), UTC).getTime()).isEqualTo(7654911123150647L);
    assertThat(ValueReader.toTimestamp(Value.of(-1e300), UTC).getTime()).isEqualTo(-379157948128411648L);
  }

  @Test
  void emptyTextOrBlobIsNoDate() throws Exception {
    assertThat(ValueReader.toDate(Value.of(""), UTC)).isNull();
    assertThat(ValueReader.toTimestamp(Value.of(new byte[0]), UTC)).isNull();
    assertThat(ValueReader.toObject(Value.of(""), LocalDate.class, UTC)).isNull();
    assertThat(ValueReader.toObject(Value.of(""), java.time.OffsetDateTime.class, UTC)).isNull();
  }

  @Test
  void extremeValuesGiveSqlExceptionsNotRuntimeExceptions() throws Exception {
    assertThat(ValueReader.toDate(Value.of(Long.MIN_VALUE), UTC).getTime()).isEqualTo(Long.MIN_VALUE);
    assertThat(ValueReader.toDate(Value.of(Long.MAX_VALUE), UTC)).isNotNull();
    assertThat(ValueReader.toDate(Value.of(1e300), UTC)).isNotNull();
    assertThatThrownBy(() -> ValueReader.toTimestamp(Value.of("+300000000-01-01"), UTC))
        .isInstanceOf(SQLDataException.class)
        .extracting("SQLState").isEqualTo("22008");
    assertThatThrownBy(() -> ValueReader.toObject(Value.of("1e999999"), java.math.BigInteger.class, UTC))
        .isInstanceOf(SQLDataException.class)
        .extracting("SQLState").isEqualTo("22003");
    assertThat(ValueReader.toObject(Value.of(42), int.class, UTC)).isEqualTo(42);
    assertThat(ValueReader.toObject(Value.of(1), boolean.class, UTC)).isTrue();
  }

  @Test
  void textThatIsNoDateIsADataError() {
    assertThatThrownBy(() -> ValueReader.toInstant(Value.of("soon"), UTC)).isInstanceOf(SQLDataException.class);
  }
}
