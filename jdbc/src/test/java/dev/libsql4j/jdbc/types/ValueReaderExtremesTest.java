package dev.libsql4j.jdbc.types;

import static org.assertj.core.api.Assertions.assertThat;

import dev.libsql4j.hrana.message.Value;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The audit of every conversion on extreme values: a getter returns a value or throws an
 * {@link SQLException}, never a runtime exception (JDBC callers catch only SQLException).
 */
class ValueReaderExtremesTest {

  private static final List<Value> EXTREMES = List.of(
      Value.NULL, Value.of(0), Value.of(Long.MIN_VALUE), Value.of(Long.MAX_VALUE),
      Value.of(1e300), Value.of(-1e300), Value.of(Double.MIN_VALUE), Value.of(Double.POSITIVE_INFINITY),
      Value.of(Double.NEGATIVE_INFINITY), Value.of(-0.0), Value.of(""), Value.of(" "), Value.of("abc"),
      Value.of("+999999999-12-31 23:59:59"), Value.of("-999999999-01-01"), Value.of("2024-02-30"),
      Value.of("24:00:00"), Value.of("1e999999"), Value.of("1e-999999"), Value.of("-1e99999999999"),
      Value.of("99999999999999999999999"), Value.of("Inf"), Value.of(new byte[0]),
      Value.of(new byte[] {0, -1}), Value.of(new byte[16]));

  private static final List<Class<?>> TYPES = List.of(
      Object.class, String.class, Long.class, long.class, Integer.class, int.class, Short.class,
      short.class, Byte.class, byte.class, Boolean.class, boolean.class, Double.class, double.class,
      Float.class, float.class, BigDecimal.class, BigInteger.class, byte[].class, UUID.class,
      java.sql.Date.class, Time.class, Timestamp.class, java.util.Date.class, Instant.class,
      LocalDateTime.class, LocalDate.class, LocalTime.class, OffsetDateTime.class,
      ZonedDateTime.class, StringBuilder.class);

  private static final List<ZoneId> ZONES = List.of(
      ZoneId.of("UTC"), ZoneId.of("Pacific/Kiritimati"), ZoneId.of("Pacific/Pago_Pago"));

  @Test
  void noConversionThrowsARuntimeException() {
    List<String> leaks = new ArrayList<>();
    for (Value value : EXTREMES) {
      for (ZoneId zone : ZONES) {
        for (Class<?> type : TYPES) {
          check(leaks, value + " as " + type.getSimpleName() + " in " + zone,
              () -> ValueReader.toObject(value, type, zone));
        }
        check(leaks, value + " getDate in " + zone, () -> ValueReader.toDate(value, zone));
        check(leaks, value + " getTime in " + zone, () -> ValueReader.toTime(value, zone));
        check(leaks, value + " getTimestamp in " + zone, () -> ValueReader.toTimestamp(value, zone));
      }
      check(leaks, value + " getString", () -> ValueReader.toText(value));
      check(leaks, value + " getLong", () -> ValueReader.toLong(value));
      check(leaks, value + " getDouble", () -> ValueReader.toDouble(value));
      check(leaks, value + " getBoolean", () -> ValueReader.toBoolean(value));
      check(leaks, value + " getBigDecimal", () -> ValueReader.toBigDecimal(value));
      check(leaks, value + " getBytes", () -> ValueReader.toBytes(value));
    }
    assertThat(leaks).isEmpty();
  }

  /** A conversion under test. */
  @FunctionalInterface
  private interface Conversion {
    Object run() throws SQLException;
  }

  private static void check(List<String> leaks, String what, Conversion conversion) {
    try {
      conversion.run();
    } catch (SQLException expected) {
      // the JDBC way to refuse a value
    } catch (RuntimeException e) {
      leaks.add(what + ": " + e);
    }
  }
}
