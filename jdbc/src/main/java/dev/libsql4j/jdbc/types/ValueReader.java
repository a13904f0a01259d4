package dev.libsql4j.jdbc.types;

import dev.libsql4j.hrana.message.Value;
import dev.libsql4j.jdbc.error.SqlState;
import java.lang.invoke.MethodType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
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
import java.util.UUID;

/**
 * Converts a result {@link Value} to what a JDBC getter returns, as sqlite-jdbc does: numbers and
 * text convert into each other with SQLite's rules ({@link SqliteNumbers}), NULL gives 0/false/null,
 * and {@code getObject} returns Integer (when the integer fits), Long, Double, String or byte[].
 *
 * <p>Dates read from TEXT (ISO-8601, with {@code ' '} or {@code 'T'}), INTEGER (epoch millis) and
 * REAL (Julian day, read as sqlite-jdbc reads it: {@link JulianDay}); an empty text or blob is no
 * date (null), as in sqlite-jdbc. sqlite-jdbc only reads text in its configured format and fails
 * on {@code 2024-01-02} or {@code …T…}; this reader accepts both.
 *
 * <p>No getter lets a runtime exception escape: a value that the Java type cannot hold is an
 * {@link SQLException} (22003 for numbers, 22008 for dates beyond ±292 million years).
 */
public final class ValueReader {

  /** The earliest instant a {@code java.util.Date} can hold. */
  private static final Instant EARLIEST = Instant.ofEpochMilli(Long.MIN_VALUE);

  /** The latest instant a {@code java.util.Date} can hold. */
  private static final Instant LATEST = Instant.ofEpochMilli(Long.MAX_VALUE);

  /** Integer digits beyond which a BigInteger would take more memory than any real value needs. */
  private static final int MAX_BIG_INTEGER_DIGITS = 10_000;

  private ValueReader() {
  }

  /** {@code getObject}: Integer if the integer fits in an int else Long; Double; String; byte[]; null. */
  public static Object toObject(Value value) {
    if (value instanceof Value.IntegerValue i) {
      long v = i.value();
      // Not a conditional expression: that would unbox both branches and always give a Long.
      if (v == (int) v) {
        return Integer.valueOf((int) v);
      }
      return Long.valueOf(v);
    }
    if (value instanceof Value.FloatValue f) {
      return f.value();
    }
    if (value instanceof Value.TextValue t) {
      return t.value();
    }
    if (value instanceof Value.BlobValue b) {
      return b.value().clone();
    }
    return null;
  }

  /** {@code getString}: reals print like SQLite ({@code 1.0}), blobs decode as UTF-8. */
  public static String toText(Value value) {
    if (value instanceof Value.IntegerValue i) {
      return Long.toString(i.value());
    }
    if (value instanceof Value.FloatValue f) {
      return SqliteNumbers.formatDouble(f.value());
    }
    if (value instanceof Value.TextValue t) {
      return t.value();
    }
    if (value instanceof Value.BlobValue b) {
      return new String(b.value(), StandardCharsets.UTF_8);
    }
    return null;
  }

  /** {@code getLong}: reals truncate, text reads its integer prefix, NULL and blobs are 0. */
  public static long toLong(Value value) {
    if (value instanceof Value.IntegerValue i) {
      return i.value();
    }
    if (value instanceof Value.FloatValue f) {
      return SqliteNumbers.doubleToLong(f.value());
    }
    if (value instanceof Value.TextValue t) {
      return SqliteNumbers.textToLong(t.value());
    }
    return 0;
  }

  /** {@code getDouble}: text reads its numeric prefix, NULL and blobs are 0.0. */
  public static double toDouble(Value value) {
    if (value instanceof Value.IntegerValue i) {
      return i.value();
    }
    if (value instanceof Value.FloatValue f) {
      return f.value();
    }
    if (value instanceof Value.TextValue t) {
      return SqliteNumbers.textToDouble(t.value());
    }
    return 0.0;
  }

  /** {@code getBoolean}: true when the integer value is not 0 (so {@code 'abc'} is false). */
  public static boolean toBoolean(Value value) {
    return toLong(value) != 0;
  }

  /**
   * {@code getBigDecimal}: exact for integers and decimal text; a real as SQLite prints it. Spaces
   * around a number are ignored, as SQLite's own conversions ignore them (sqlite-jdbc throws).
   */
  public static BigDecimal toBigDecimal(Value value) throws SQLException {
    if (value instanceof Value.NullValue) {
      return null;
    }
    if (value instanceof Value.IntegerValue i) {
      return BigDecimal.valueOf(i.value());
    }
    String text = toText(value).trim();
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw SqlState.DATA_EXCEPTION.create("Bad value for type BigDecimal: " + abbreviate(text), 0, e);
    }
  }

  /** {@code getBytes}: blobs as is, anything else as its text in UTF-8. */
  public static byte[] toBytes(Value value) {
    if (value instanceof Value.BlobValue b) {
      return b.value().clone();
    }
    String text = toText(value);
    return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The instant a value denotes: integer epoch millis, real Julian day, or date/time text (wall
   * times in {@code zone}).
   *
   * @return the instant, or null for NULL and for an empty text or blob
   * @throws SQLException when text is not a date/time (or one beyond the range of epoch
   *     milliseconds), or the value is a non-empty blob
   */
  public static Instant toInstant(Value value, ZoneId zone) throws SQLException {
    if (value instanceof Value.NullValue || isEmpty(value)) {
      return null;
    }
    if (value instanceof Value.IntegerValue i) {
      return Instant.ofEpochMilli(i.value());
    }
    if (value instanceof Value.FloatValue f) {
      return Instant.ofEpochMilli(JulianDay.toEpochMillis(f.value(), zone));
    }
    if (value instanceof Value.TextValue t) {
      Instant instant = DateTimes.parseInstant(t.value(), zone).orElseThrow(
          () -> SqlState.DATA_EXCEPTION.create("Error parsing date/time: " + abbreviate(t.value())));
      if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
        throw SqlState.DATETIME_FIELD_OVERFLOW.create(
            "Date/time out of the range of java.sql types: " + abbreviate(t.value()));
      }
      return instant;
    }
    throw SqlState.DATA_EXCEPTION.create("A blob is not a date/time");
  }

  /** sqlite-jdbc reads an empty text as no date; an empty blob reads as empty text there. */
  private static boolean isEmpty(Value value) {
    return (value instanceof Value.TextValue t && t.value().isEmpty())
        || (value instanceof Value.BlobValue b && b.value().length == 0);
  }

  /** A wall-clock date/time: text as written (zone dropped), numbers in {@code zone}; or null. */
  public static LocalDateTime toLocalDateTime(Value value, ZoneId zone) throws SQLException {
    if (value instanceof Value.TextValue t && !t.value().isEmpty()) {
      return DateTimes.parseLocal(t.value()).orElseThrow(
          () -> SqlState.DATA_EXCEPTION.create("Error parsing date/time: " + abbreviate(t.value())));
    }
    Instant instant = toInstant(value, zone);
    return instant == null ? null : LocalDateTime.ofInstant(instant, zone);
  }

  /** {@code getDate}: midnight of the day the value falls on in {@code zone}. */
  public static java.sql.Date toDate(Value value, ZoneId zone) throws SQLException {
    Instant instant = toInstant(value, zone);
    if (instant == null) {
      return null;
    }
    Instant midnight = LocalDate.ofInstant(instant, zone).atStartOfDay(zone).toInstant();
    // The day of the earliest millisecond began before it: that millisecond is the day's first
    // representable one (and the very value sqlite-jdbc, which does not normalise, returns).
    return new java.sql.Date(midnight.isBefore(EARLIEST) ? Long.MIN_VALUE : midnight.toEpochMilli());
  }

  /** {@code getTime}: the time of day in {@code zone}, on 1970-01-01. */
  public static Time toTime(Value value, ZoneId zone) throws SQLException {
    Instant instant = toInstant(value, zone);
    if (instant == null) {
      return null;
    }
    LocalTime time = LocalTime.ofInstant(instant, zone);
    return new Time(time.atDate(LocalDate.EPOCH).atZone(zone).toInstant().toEpochMilli());
  }

  /** {@code getTimestamp}: the instant, with nanoseconds kept from text. */
  public static Timestamp toTimestamp(Value value, ZoneId zone) throws SQLException {
    Instant instant = toInstant(value, zone);
    return instant == null ? null : Timestamp.from(instant);
  }

  /**
   * {@code getObject(column, type)}: the value converted to {@code type}. Supports the boxed
   * primitives, String, BigDecimal, BigInteger, byte[], the java.sql and java.time date/time types,
   * java.util.Date, UUID (text or 16-byte blob) and Object.
   *
   * @throws SQLException (22000) when the conversion is not possible, (0A000) for other types
   */
  @SuppressWarnings("unchecked")
  public static <T> T toObject(Value value, Class<T> type, ZoneId zone) throws SQLException {
    if (value instanceof Value.NullValue) {
      return null;
    }
    // For int.class and the like, T is the boxed type: Class.cast would refuse every value.
    return (T) MethodType.methodType(type).wrap().returnType().cast(convert(value, type, zone));
  }

  private static Object convert(Value value, Class<?> type, ZoneId zone) throws SQLException {
    if (type == Object.class) {
      return toObject(value);
    }
    if (type == String.class) {
      return toText(value);
    }
    if (type == Long.class || type == long.class) {
      return toLong(value);
    }
    if (type == Integer.class || type == int.class) {
      return (int) toLong(value);
    }
    if (type == Short.class || type == short.class) {
      return (short) toLong(value);
    }
    if (type == Byte.class || type == byte.class) {
      return (byte) toLong(value);
    }
    if (type == Boolean.class || type == boolean.class) {
      return toBoolean(value);
    }
    if (type == Double.class || type == double.class) {
      return toDouble(value);
    }
    if (type == Float.class || type == float.class) {
      return (float) toDouble(value);
    }
    if (type == BigDecimal.class) {
      return toBigDecimal(value);
    }
    if (type == BigInteger.class) {
      return toBigInteger(value);
    }
    if (type == byte[].class) {
      return toBytes(value);
    }
    if (type == UUID.class) {
      return toUuid(value);
    }
    return convertTemporal(value, type, zone);
  }

  private static Object convertTemporal(Value value, Class<?> type, ZoneId zone) throws SQLException {
    if (type == java.sql.Date.class) {
      return toDate(value, zone);
    }
    if (type == Time.class) {
      return toTime(value, zone);
    }
    if (type == Timestamp.class) {
      return toTimestamp(value, zone);
    }
    if (type == java.util.Date.class) {
      Instant instant = toInstant(value, zone);
      return instant == null ? null : new java.util.Date(instant.toEpochMilli());
    }
    if (type == Instant.class) {
      return toInstant(value, zone);
    }
    if (type == LocalDateTime.class) {
      return toLocalDateTime(value, zone);
    }
    if (type == LocalDate.class || type == LocalTime.class) {
      LocalDateTime dateTime = toLocalDateTime(value, zone);
      if (dateTime == null) {
        return null;
      }
      return type == LocalDate.class ? dateTime.toLocalDate() : dateTime.toLocalTime();
    }
    if (type == OffsetDateTime.class || type == ZonedDateTime.class) {
      Instant instant = toInstant(value, zone);
      if (instant == null) {
        return null;
      }
      ZonedDateTime zoned = ZonedDateTime.ofInstant(instant, zone);
      return type == ZonedDateTime.class ? zoned : zoned.toOffsetDateTime();
    }
    throw SqlState.FEATURE_NOT_SUPPORTED.create("getObject does not convert to " + type.getName());
  }

  /** An integer part too long to hold is refused rather than exhausting memory ('1e999999999'). */
  private static BigInteger toBigInteger(Value value) throws SQLException {
    BigDecimal decimal = toBigDecimal(value);
    if (decimal.precision() - decimal.scale() > MAX_BIG_INTEGER_DIGITS) {
      throw SqlState.NUMERIC_OUT_OF_RANGE.create("Too large for a BigInteger: " + abbreviate(toText(value)));
    }
    return decimal.toBigInteger();
  }

  private static UUID toUuid(Value value) throws SQLException {
    if (value instanceof Value.BlobValue b && b.value().length == 16) {
      ByteBuffer buffer = ByteBuffer.wrap(b.value());
      return new UUID(buffer.getLong(), buffer.getLong());
    }
    String text = toText(value);
    try {
      return UUID.fromString(text.trim());
    } catch (IllegalArgumentException e) {
      throw SqlState.DATA_EXCEPTION.create("Not a UUID: " + abbreviate(text), 0, e);
    }
  }

  /** Values go into messages shortened, so a huge text cannot flood a log. */
  private static String abbreviate(String text) {
    return text.length() <= 64 ? "'" + text + "'" : "'" + text.substring(0, 64) + "…'";
  }
}
