package dev.libsql4j.jdbc.types;

import dev.libsql4j.hrana.message.Value;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Converts a bound Java value to the {@link Value} sent to the server.
 *
 * <p>Whole numbers and booleans become INTEGER (1/0), floating point REAL, text TEXT, byte[] BLOB.
 * A BigDecimal becomes INTEGER when it equals a long exactly, else TEXT (lossless; sqlite-jdbc always
 * sends text). Dates and times follow the {@link DateTimeFormat}: ISO-8601 text by default, epoch
 * millis on request. UUIDs and other objects are sent as their text, as sqlite-jdbc does; a
 * {@link Byte} is an INTEGER (sqlite-jdbc sends it as text, which is plainly a bug).
 */
public final class ValueWriter {

  private final DateTimeFormat format;

  /** A writer storing dates in {@code format}. */
  public ValueWriter(DateTimeFormat format) {
    this.format = format;
  }

  /**
   * Converts {@code value}; wall-clock types are placed in {@code zone} where a zone is needed.
   */
  public Value toValue(Object value, ZoneId zone) {
    if (value == null) {
      return Value.NULL;
    }
    if (value instanceof String s) {
      return Value.of(s);
    }
    if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return Value.of(((Number) value).longValue());
    }
    if (value instanceof Boolean b) {
      return Value.of(b ? 1L : 0L);
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      // SQLite stores NaN as NULL; JSON could not carry it anyway.
      return Double.isNaN(d) ? Value.NULL : Value.of(d);
    }
    if (value instanceof BigDecimal d) {
      return fromBigDecimal(d);
    }
    if (value instanceof BigInteger i) {
      return i.bitLength() < 64 ? Value.of(i.longValue()) : Value.of(i.toString());
    }
    if (value instanceof byte[] bytes) {
      return Value.of(bytes.clone());
    }
    if (value instanceof Character c) {
      return Value.of(c.toString());
    }
    Value temporal = fromTemporal(value, zone);
    return temporal != null ? temporal : Value.of(value.toString());
  }

  private static Value fromBigDecimal(BigDecimal decimal) {
    try {
      return Value.of(decimal.longValueExact());
    } catch (ArithmeticException notAnExactLong) {
      return Value.of(decimal.toPlainString());
    }
  }

  /** Dates and times; null when {@code value} is none of them. */
  private Value fromTemporal(Object value, ZoneId zone) {
    if (value instanceof java.sql.Date date) {
      return format == DateTimeFormat.EPOCH_MILLIS ? Value.of(date.getTime())
          : Value.of(LocalDate.ofInstant(Instant.ofEpochMilli(date.getTime()), zone).toString());
    }
    if (value instanceof Time time) {
      return format == DateTimeFormat.EPOCH_MILLIS ? Value.of(time.getTime())
          : Value.of(DateTimes.formatTime(LocalTime.ofInstant(Instant.ofEpochMilli(time.getTime()), zone)));
    }
    if (value instanceof Timestamp timestamp) {
      return fromInstant(timestamp.toInstant(), zone);
    }
    if (value instanceof java.util.Date date) {
      return fromInstant(date.toInstant(), zone);
    }
    if (value instanceof Instant instant) {
      return format == DateTimeFormat.EPOCH_MILLIS ? Value.of(instant.toEpochMilli())
          : Value.of(DateTimes.formatOffsetDateTime(instant.atOffset(java.time.ZoneOffset.UTC)));
    }
    if (value instanceof LocalDate date) {
      return format == DateTimeFormat.EPOCH_MILLIS
          ? Value.of(date.atStartOfDay(zone).toInstant().toEpochMilli()) : Value.of(date.toString());
    }
    if (value instanceof LocalTime time) {
      return format == DateTimeFormat.EPOCH_MILLIS
          ? Value.of(time.atDate(LocalDate.EPOCH).atZone(zone).toInstant().toEpochMilli())
          : Value.of(DateTimes.formatTime(time));
    }
    if (value instanceof LocalDateTime dateTime) {
      return format == DateTimeFormat.EPOCH_MILLIS
          ? Value.of(dateTime.atZone(zone).toInstant().toEpochMilli())
          : Value.of(DateTimes.formatDateTime(dateTime));
    }
    if (value instanceof OffsetDateTime dateTime) {
      return format == DateTimeFormat.EPOCH_MILLIS ? Value.of(dateTime.toInstant().toEpochMilli())
          : Value.of(DateTimes.formatOffsetDateTime(dateTime));
    }
    if (value instanceof ZonedDateTime dateTime) {
      return fromTemporal(dateTime.toOffsetDateTime(), zone);
    }
    return null;
  }

  /** A point in time: wall time in {@code zone} as text, or epoch millis. */
  private Value fromInstant(Instant instant, ZoneId zone) {
    return format == DateTimeFormat.EPOCH_MILLIS ? Value.of(instant.toEpochMilli())
        : Value.of(DateTimes.formatDateTime(LocalDateTime.ofInstant(instant, zone)));
  }
}
