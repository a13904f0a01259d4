package dev.libsql4j.jdbc.sql;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Remembers the scans of prepared SQL texts, shared by every connection to one database.
 *
 * <p>Frameworks such as Hibernate and Spring's {@code JdbcTemplate} prepare the same few texts again
 * for every operation; scanning each time is pure client CPU on the hot path. {@link ParsedSql} is
 * immutable, so one scan serves all threads. The cache is bounded in entries and in text length, and
 * when it is full it starts over rather than tracking recency: an application whose prepared texts
 * do not repeat (SQL built with literals) gains nothing from a cache and should pay nothing for one.
 */
public final class ParsedSqlCache {

  /** Texts longer than this are scanned every time: they are rarely repeated and costly to keep. */
  static final int MAX_CACHED_LENGTH = 8 * 1024;

  private final int capacity;
  private final ConcurrentMap<String, ParsedSql> scans = new ConcurrentHashMap<>();

  /** A cache holding at most {@code capacity} scans. */
  public ParsedSqlCache(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive");
    }
    this.capacity = capacity;
  }

  /** The scan of {@code sql}, from the cache when it was scanned before. */
  public ParsedSql scan(String sql) {
    if (sql.length() > MAX_CACHED_LENGTH) {
      return SqlScanner.scan(sql);
    }
    ParsedSql known = scans.get(sql);
    if (known != null) {
      return known;
    }
    ParsedSql parsed = SqlScanner.scan(sql);
    if (scans.size() >= capacity) {
      scans.clear();
    }
    scans.put(sql, parsed);
    return parsed;
  }

  /** The number of scans held (for tests). */
  int size() {
    return scans.size();
  }
}
