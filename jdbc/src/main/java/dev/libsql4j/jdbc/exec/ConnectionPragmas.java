package dev.libsql4j.jdbc.exec;

import dev.libsql4j.hrana.message.Stmt;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The connection-scoped PRAGMA settings a session has made ({@code PRAGMA foreign_keys = ON}, …).
 *
 * <p>In autocommit mode every statement runs on a new server connection (stream), where such a
 * setting would be forgotten at once. The session therefore replays the remembered settings at the
 * start of every new stream, in the same request: the setting holds for the JDBC connection, as
 * with sqlite-jdbc, at no extra round trip. Only pragmas that are scoped to a SQLite connection are
 * replayed; settings stored in the database file ({@code user_version}, {@code journal_mode}) are
 * not.
 */
final class ConnectionPragmas {

  private static final Pattern ASSIGNMENT =
      Pattern.compile("(?is)^\\s*PRAGMA\\s+(?:\\w+\\s*\\.\\s*)?(\\w+)\\s*(?:=|\\()");

  private static final Set<String> CONNECTION_SCOPED = Set.of(
      "foreign_keys", "defer_foreign_keys", "recursive_triggers", "case_sensitive_like",
      "ignore_check_constraints", "legacy_alter_table", "reverse_unordered_selects", "query_only",
      "automatic_index", "cell_size_check", "trusted_schema", "cache_size", "temp_store");

  private final Map<String, String> settings = new LinkedHashMap<>();

  /** Remembers {@code sql} when it sets a connection-scoped pragma (a later setting replaces it). */
  void remember(String sql) {
    if (sql == null || sql.length() < 7) {
      return;
    }
    Matcher matcher = ASSIGNMENT.matcher(sql);
    if (matcher.find()) {
      String name = matcher.group(1).toLowerCase(Locale.ROOT);
      if (CONNECTION_SCOPED.contains(name)) {
        settings.remove(name);
        settings.put(name, sql);
      }
    }
  }

  /** The statements that restore the settings on a new stream, in the order they were made. */
  List<Stmt> statements() {
    List<Stmt> statements = new ArrayList<>(settings.size());
    for (String sql : settings.values()) {
      statements.add(Stmt.of(sql).withWantRows(false));
    }
    return statements;
  }
}
