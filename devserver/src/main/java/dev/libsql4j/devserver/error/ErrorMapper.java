package dev.libsql4j.devserver.error;

import dev.libsql4j.devserver.sql.SqlText;
import dev.libsql4j.hrana.message.HranaError;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Turns SQLite failures into the errors sqld reports, code and message alike.
 *
 * <p>sqld sends primary result codes only ({@code SQLITE_CONSTRAINT}, never
 * {@code SQLITE_CONSTRAINT_UNIQUE}) with messages {@code SQLite error: <sqlite message>}. A generic
 * {@code SQLITE_ERROR} becomes {@code SQL_INPUT_ERROR} with {@code (at offset N)} when SQLite knows
 * where in the text the error is ({@code sqlite3_error_offset}), else {@code SQLITE_UNKNOWN}. sqlite-jdbc
 * does not expose the offset, so it is recovered here from the message and the SQL tokens for the
 * errors SQLite positions: unknown columns and functions, wrong argument counts, existing objects.
 * Syntax errors are caught by sqld's own parser ({@code SQL_PARSE_ERROR}); SQLite's wording is kept.
 */
public final class ErrorMapper {

  private static final Pattern POSITIONED = Pattern.compile(
      "no such column: (.+)|no such function: (.+)|wrong number of arguments to function (.+)\\(\\)"
          + "|(?:table|index|view|trigger) (.+) already exists");

  private static final Pattern SYNTAX = Pattern.compile(
      "near \".*\": syntax error|incomplete input|unrecognized token: .*");

  private ErrorMapper() {}

  /** Maps a failure of {@code sql}. */
  public static HranaError map(SQLException e, String sql) {
    if (!(e instanceof SQLiteException sqlite)) {
      return new HranaError("SQLite error: " + e.getMessage(), "SQLITE_UNKNOWN");
    }
    SQLiteErrorCode extended = sqlite.getResultCode();
    int primary = extended.code & 0xff;
    String message = sqliteMessage(sqlite);
    if (primary != SQLiteErrorCode.SQLITE_ERROR.code) {
      return new HranaError("SQLite error: " + message, SQLiteErrorCode.getErrorCode(primary).name());
    }
    if (SYNTAX.matcher(message).matches()) {
      return new HranaError("SQL string could not be parsed: " + message, "SQL_PARSE_ERROR");
    }
    int offset = offsetOf(message, sql);
    if (offset >= 0) {
      return new HranaError("SQL input error: " + message + " (at offset " + offset + ")",
          "SQL_INPUT_ERROR");
    }
    return new HranaError("SQLite error: " + message, "SQLITE_UNKNOWN");
  }

  /**
   * SQLite's own message. sqlite-jdbc formats {@code [CODE] <fixed description> (<sqlite message>)};
   * the fixed part is known from the code.
   */
  static String sqliteMessage(SQLiteException e) {
    String text = e.getMessage();
    String prefix = "[" + e.getResultCode().name() + "] " + e.getResultCode().message + " (";
    if (text != null && text.startsWith(prefix) && text.endsWith(")")) {
      return text.substring(prefix.length(), text.length() - 1);
    }
    return text == null ? e.getResultCode().message : text;
  }

  /** Where SQLite would place the error, or -1 when it would not. */
  static int offsetOf(String message, String sql) {
    Matcher m = POSITIONED.matcher(message);
    if (!m.matches()) {
      return -1;
    }
    String name = null;
    for (int g = 1; g <= m.groupCount() && name == null; g++) {
      name = m.group(g);
    }
    String[] parts = name.split("\\.");
    List<SqlText.Token> tokens = SqlText.tokenize(sql);
    for (int i = 0; i + 2 * (parts.length - 1) < tokens.size(); i++) {
      if (matchesQualified(tokens, i, parts)) {
        // sqlite3_error_offset counts bytes of the UTF-8 text.
        return sql.substring(0, tokens.get(i).offset()).getBytes(StandardCharsets.UTF_8).length;
      }
    }
    return -1;
  }

  private static boolean matchesQualified(List<SqlText.Token> tokens, int start, String[] parts) {
    for (int p = 0; p < parts.length; p++) {
      int i = start + 2 * p;
      if (!unquote(tokens.get(i)).equals(parts[p].toLowerCase(Locale.ROOT))) {
        return false;
      }
      if (p > 0 && !tokens.get(i - 1).text().equals(".")) {
        return false;
      }
    }
    return true;
  }

  private static String unquote(SqlText.Token token) {
    String text = token.text();
    if (token.kind() == SqlText.Kind.QUOTED_IDENTIFIER && text.length() >= 2) {
      text = text.substring(1, text.length() - 1);
    } else if (token.kind() != SqlText.Kind.WORD) {
      return "";
    }
    return text.toLowerCase(Locale.ROOT);
  }
}
