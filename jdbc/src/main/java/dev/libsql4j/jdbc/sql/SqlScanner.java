package dev.libsql4j.jdbc.sql;

import dev.libsql4j.jdbc.routing.SqlHints;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads SQL text the way SQLite's tokenizer does, far enough to find parameters and the statement
 * kind, skipping string literals, quoted identifiers ({@code "…"}, {@code `…`}, {@code […]}) and
 * comments.
 *
 * <p>Parameters are numbered like SQLite: {@code ?NNN} has index NNN; {@code ?} takes the largest
 * index so far plus one; a named parameter ({@code :x}, {@code @x}, {@code $x}) takes the largest
 * index plus one on its first occurrence and keeps it afterwards. JDBC's {@code setX(i, …)} uses
 * these indexes.
 */
public final class SqlScanner {

  private final String sql;
  private final int length;
  private final List<String> names = new ArrayList<>();
  private final List<Boolean> used = new ArrayList<>();
  private final Map<String, Integer> indexByName = new HashMap<>();
  private final StringBuilder positional = new StringBuilder();
  private int copiedUpTo;
  private boolean hasPositional;
  private int depth;
  private StatementKind kind;
  private boolean inWith;
  private boolean hasReturning;
  private int statementCount;
  private boolean statementHasTokens;
  private int end;
  private boolean primaryComment;

  private SqlScanner(String sql) {
    this.sql = sql;
    this.length = sql.length();
  }

  /** Scans {@code sql}. Never fails: text SQLite would reject is left for the server to report. */
  public static ParsedSql scan(String sql) {
    return new SqlScanner(sql).run();
  }

  private ParsedSql run() {
    int i = 0;
    while (i < length) {
      i = step(i);
    }
    if (statementHasTokens) {
      statementCount++;
    }
    positional.append(sql, copiedUpTo, length);
    return new ParsedSql(sql, names.size(), names, used, positional.toString(), hasPositional,
        kind == null ? StatementKind.OTHER : kind, hasReturning, statementCount, end, primaryComment);
  }

  /** Consumes one token starting at {@code i} and returns the offset after it. */
  private int step(int i) {
    char c = sql.charAt(i);
    if (Character.isWhitespace(c)) {
      return i + 1;
    }
    if (c == '-' && i + 1 < length && sql.charAt(i + 1) == '-') {
      int newline = sql.indexOf('\n', i);
      return newline < 0 ? length : newline + 1;
    }
    if (c == '/' && i + 1 < length && sql.charAt(i + 1) == '*') {
      int close = sql.indexOf("*/", i + 2);
      if (close >= 0 && statementCount == 0 && !statementHasTokens
          && sql.substring(i + 2, close).trim().equals(SqlHints.PRIMARY)) {
        primaryComment = true;
      }
      return close < 0 ? length : close + 2;
    }
    if (c == ';') {
      if (depth == 0 && statementHasTokens) {
        statementCount++;
        statementHasTokens = false;
      }
      return i + 1;
    }
    statementHasTokens = true;
    int next = token(i, c);
    if (statementCount == 0) {
      end = next;
    }
    return next;
  }

  private int token(int i, char c) {
    switch (c) {
      case '\'':
      case '"':
      case '`':
        return skipQuoted(i, c);
      case '[':
        int close = sql.indexOf(']', i);
        return close < 0 ? length : close + 1;
      case '(':
        depth++;
        return i + 1;
      case ')':
        depth = Math.max(0, depth - 1);
        return i + 1;
      case '?':
        return questionMark(i);
      case ':':
      case '@':
      case '$':
        if (i + 1 < length && isNameChar(sql.charAt(i + 1))) {
          return named(i);
        }
        return i + 1;
      default:
        if (isNameChar(c)) {
          return word(i);
        }
        return i + 1;
    }
  }

  private int skipQuoted(int i, char quote) {
    int j = i + 1;
    while (j < length) {
      if (sql.charAt(j) == quote) {
        // A doubled quote is an escaped quote inside the literal or identifier.
        if (j + 1 < length && sql.charAt(j + 1) == quote) {
          j += 2;
          continue;
        }
        return j + 1;
      }
      j++;
    }
    return length;
  }

  private int questionMark(int i) {
    int j = i + 1;
    while (j < length && Character.isDigit(sql.charAt(j))) {
      j++;
    }
    // SQLite caps parameter indexes at 32766; a longer number is left for the server to reject.
    int index = j > i + 1 && j - i <= 6 ? Integer.parseInt(sql.substring(i + 1, j)) : names.size() + 1;
    hasPositional = true;
    markUsed(index);
    return j;
  }

  private int named(int i) {
    int j = i + 1;
    while (j < length && isNameChar(sql.charAt(j))) {
      j++;
    }
    String name = sql.substring(i, j);
    Integer index = indexByName.get(name);
    if (index == null) {
      index = names.size() + 1;
      indexByName.put(name, index);
      markUsed(index);
      names.set(index - 1, name);
    }
    positional.append(sql, copiedUpTo, i).append('?').append(index);
    copiedUpTo = j;
    return j;
  }

  private void markUsed(int index) {
    while (names.size() < index) {
      names.add(null);
      used.add(false);
    }
    used.set(index - 1, true);
  }

  private int word(int i) {
    int j = i;
    while (j < length && isNameChar(sql.charAt(j))) {
      j++;
    }
    if (depth == 0 && statementCount == 0) {
      keyword(sql.substring(i, j).toUpperCase(Locale.ROOT));
    }
    return j;
  }

  private void keyword(String word) {
    if (kind == null && !inWith) {
      if (word.equals("WITH")) {
        inWith = true;
      } else {
        kind = StatementKind.ofKeyword(word);
      }
      return;
    }
    if (inWith && kind == null) {
      StatementKind main = StatementKind.ofKeyword(word);
      if (main == StatementKind.SELECT || main == StatementKind.VALUES || main.isDml()) {
        kind = main;
      }
      return;
    }
    if (word.equals("RETURNING")) {
      hasReturning = true;
    }
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c > 0x7f;
  }
}
