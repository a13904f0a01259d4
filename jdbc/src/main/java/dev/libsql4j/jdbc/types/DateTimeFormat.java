package dev.libsql4j.jdbc.types;

/**
 * How bound date/time parameters are stored; see
 * {@link dev.libsql4j.jdbc.config.ConnectionProperty#DATE_TIME_FORMAT}. Reading does not depend on
 * it: text, integer epoch millis and real Julian days are all understood.
 */
public enum DateTimeFormat {
  /** ISO-8601 text that SQLite's date functions understand, e.g. {@code 2024-01-02 03:04:05.678}. */
  ISO8601,
  /** Integer milliseconds since 1970-01-01T00:00Z, as sqlite-jdbc stores them by default. */
  EPOCH_MILLIS
}
