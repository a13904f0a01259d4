package dev.libsql4j.devserver.stream;

import dev.libsql4j.devserver.error.ProtocolException;
import dev.libsql4j.devserver.error.StatementException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * SQL texts a client stored with {@code store_sql}, scoped to one HTTP stream, with sqld's limits:
 * at most 50 texts of at most 5000 bytes each.
 */
final class SqlStore {

  static final int MAX_TEXTS = 50;
  static final int MAX_BYTES = 5000;

  private final Map<Integer, String> texts = new HashMap<>();

  /** Stores {@code sql} under {@code id}; a used id is a protocol error, the limits are SQL errors. */
  void store(int id, String sql) throws ProtocolException, StatementException {
    if (texts.containsKey(id)) {
      throw ProtocolException.badRequest("PROTO_SQL_EXISTS", "SQL text " + id + " already exists");
    }
    int bytes = sql.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > MAX_BYTES) {
      throw StatementException.of("SQL_STORE_TOO_LARGE", "The statement is too large to be stored: "
          + kilobytes(bytes) + "/" + kilobytes(MAX_BYTES));
    }
    if (texts.size() >= MAX_TEXTS) {
      throw StatementException.of("SQL_STORE_TOO_MANY",
          "The server already stores " + MAX_TEXTS + " SQL texts, it cannot store more");
    }
    texts.put(id, sql);
  }

  /** Forgets {@code id}; an unknown id is not an error. */
  void close(int id) {
    texts.remove(id);
  }

  /** The text stored under {@code id}. */
  String get(int id) throws ProtocolException {
    String sql = texts.get(id);
    if (sql == null) {
      throw ProtocolException.badRequest("PROTO_SQL_NOT_FOUND", "SQL text " + id + " not found");
    }
    return sql;
  }

  /** Every stored text, by id (a copy). */
  Map<Integer, String> all() {
    return Map.copyOf(texts);
  }

  /** Sizes as sqld prints them (decimal kilobytes, one decimal). */
  private static String kilobytes(int bytes) {
    return String.format(Locale.ROOT, "%.1f KB", bytes / 1000.0);
  }
}
