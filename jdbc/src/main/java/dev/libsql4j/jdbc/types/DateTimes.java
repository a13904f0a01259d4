package dev.libsql4j.jdbc.types;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Optional;

/**
 * Dates and times in the three forms SQLite's date functions understand: ISO-8601 text
 * ({@code 2024-01-02}, {@code 2024-01-02 03:04:05.678}, {@code …T…}, with optional {@code Z} or
 * {@code ±HH:MM}), integer milliseconds since the epoch (sqlite-jdbc's storage), and real Julian
 * day numbers ({@code julianday()}, read by {@link JulianDay}).
 */
public final class DateTimes {

  /** Lenient reader: date, optional time ({@code ' '} or {@code 'T'}), optional fraction and zone. */
  private static final DateTimeFormatter READER = new DateTimeFormatterBuilder()
      .parseCaseInsensitive()
      .append(DateTimeFormatter.ISO_LOCAL_DATE)
      .optionalStart()
      .optionalStart().appendLiteral('T').optionalEnd()
      .optionalStart().appendLiteral(' ').optionalEnd()
      .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':')
      .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
      .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2)
      .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
      .optionalEnd()
      .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
      .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
      .optionalEnd()
      .toFormatter();

  private static final DateTimeFormatter TIME_READER = new DateTimeFormatterBuilder()
      .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':')
      .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
      .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2)
      .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
      .optionalEnd()
      .toFormatter();

  private static final DateTimeFormatter TIME_WRITER = new DateTimeFormatterBuilder()
      .appendPattern("HH:mm:ss")
      .appendFraction(ChronoField.NANO_OF_SECOND, 3, 9, true)
      .toFormatter();

  private static final DateTimeFormatter DATE_TIME_WRITER = new DateTimeFormatterBuilder()
      .append(DateTimeFormatter.ISO_LOCAL_DATE).appendLiteral(' ').append(TIME_WRITER).toFormatter();

  private static final DateTimeFormatter OFFSET_WRITER = new DateTimeFormatterBuilder()
      .append(DATE_TIME_WRITER).appendOffset("+HH:MM", "Z").toFormatter();

  private DateTimes() {
  }

  /**
   * A point in time read from text: the instant when the text has a zone, else the wall time
   * interpreted in {@code zone}. Pure times ({@code 03:04:05}) fall on 1970-01-01.
   *
   * @return the instant, or empty when the text is not a date/time
   */
  public static Optional<Instant> parseInstant(String text, ZoneId zone) {
    String trimmed = text.trim();
    try {
      TemporalAccessor parsed = READER.parse(trimmed);
      LocalDate date = LocalDate.from(parsed);
      if (!parsed.isSupported(ChronoField.HOUR_OF_DAY)) {
        return Optional.of(date.atStartOfDay(zone).toInstant());
      }
      LocalDateTime dateTime = date.atTime(LocalTime.from(parsed));
      if (parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
        return Optional.of(OffsetDateTime.of(dateTime,
            java.time.ZoneOffset.ofTotalSeconds(parsed.get(ChronoField.OFFSET_SECONDS))).toInstant());
      }
      return Optional.of(dateTime.atZone(zone).toInstant());
    } catch (DateTimeParseException e) {
      return parseTime(trimmed).map(time -> time.atDate(LocalDate.EPOCH).atZone(zone).toInstant());
    }
  }

  /** A wall-clock date/time read from text, ignoring any zone; empty when not a date/time. */
  public static Optional<LocalDateTime> parseLocal(String text) {
    String trimmed = text.trim();
    try {
      TemporalAccessor parsed = READER.parse(trimmed);
      LocalDate date = LocalDate.from(parsed);
      return Optional.of(parsed.isSupported(ChronoField.HOUR_OF_DAY)
          ? date.atTime(LocalTime.from(parsed)) : date.atStartOfDay());
    } catch (DateTimeParseException e) {
      return parseTime(trimmed).map(time -> time.atDate(LocalDate.EPOCH));
    }
  }

  private static Optional<LocalTime> parseTime(String text) {
    try {
      return Optional.of(LocalTime.from(TIME_READER.parse(text)));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** {@code yyyy-MM-dd HH:mm:ss.SSS}, with more fraction digits only when they are not zero. */
  public static String formatDateTime(LocalDateTime dateTime) {
    return DATE_TIME_WRITER.format(dateTime);
  }

  /** {@code HH:mm:ss.SSS}, with more fraction digits only when they are not zero. */
  public static String formatTime(LocalTime time) {
    return TIME_WRITER.format(time);
  }

  /** {@code yyyy-MM-dd HH:mm:ss.SSS±HH:MM} (or {@code Z}), a form SQLite's date functions accept. */
  public static String formatOffsetDateTime(OffsetDateTime dateTime) {
    return OFFSET_WRITER.format(dateTime);
  }
}
