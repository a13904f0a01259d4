package dev.libsql4j.devserver.sql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A lexical view of SQL text, enough to do what sqld does with its own parser before SQLite sees the
 * text: split it into statements (so that {@code "SELECT 1; SELECT 2"} can be refused), tell what kind
 * of statement each is, list its parameters in SQLite's numbering, and locate tokens for error offsets.
 *
 * <p>Statement boundaries follow {@code sqlite3_complete()}: a {@code ;} outside strings, quoted
 * identifiers and comments ends a statement, except inside the body of {@code CREATE TRIGGER}, which
 * ends only at {@code END ;}.
 */
public final class SqlText {

  /** One lexical token: its kind, its text and its offset in the original SQL. */
  public record Token(Kind kind, String text, int offset) {
    /** Whether this is a bare word equal (case-insensitively) to {@code keyword}. */
    public boolean is(String keyword) {
      return kind == Kind.WORD && text.equalsIgnoreCase(keyword);
    }
  }

  /** Token kinds; operators and punctuation are {@link #SYMBOL}. */
  public enum Kind { WORD, QUOTED_IDENTIFIER, STRING, NUMBER, PARAMETER, SYMBOL, SEMICOLON }

  /** One statement of the text: its tokens (none for an empty statement) and its source text. */
  public record Statement(String sql, List<Token> tokens) {
    /** The first token, or null for an empty statement. */
    public Token first() {
      return tokens.isEmpty() ? null : tokens.get(0);
    }

    /** The token at {@code index} upper-cased if it is a word, else the empty string. */
    public String keyword(int index) {
      if (index >= tokens.size() || tokens.get(index).kind() != Kind.WORD) {
        return "";
      }
      return tokens.get(index).text().toUpperCase(Locale.ROOT);
    }
  }

  private SqlText() {}

  /** Splits {@code sql} into its non-empty statements, in order. */
  public static List<Statement> statements(String sql) {
    List<Token> tokens = tokenize(sql);
    List<Statement> statements = new ArrayList<>();
    List<Token> current = new ArrayList<>();
    int start = 0;
    boolean trigger = false;
    for (Token token : tokens) {
      if (token.kind() != Kind.SEMICOLON) {
        current.add(token);
        trigger = trigger || isCreateTrigger(current);
        continue;
      }
      boolean endsTrigger = !current.isEmpty() && current.get(current.size() - 1).is("END");
      if (trigger && !endsTrigger) {
        current.add(token);
        continue;
      }
      if (!current.isEmpty()) {
        statements.add(new Statement(sql.substring(start, token.offset() + 1), List.copyOf(current)));
      }
      current = new ArrayList<>();
      start = token.offset() + 1;
      trigger = false;
    }
    if (!current.isEmpty()) {
      statements.add(new Statement(sql.substring(start), List.copyOf(current)));
    }
    return statements;
  }

  /** {@code CREATE [TEMP|TEMPORARY] TRIGGER}, the only statement whose body may hold semicolons. */
  private static boolean isCreateTrigger(List<Token> tokens) {
    if (tokens.size() < 2 || tokens.size() > 3 || !tokens.get(0).is("CREATE")) {
      return false;
    }
    Token last = tokens.get(tokens.size() - 1);
    return last.is("TRIGGER")
        && (tokens.size() == 2 || tokens.get(1).is("TEMP") || tokens.get(1).is("TEMPORARY"));
  }

  /**
   * The parameters of a statement in SQLite's numbering: element {@code i} is parameter {@code i + 1},
   * named with its full text ({@code ":x"}, {@code "?3"}) or null for an anonymous {@code ?}. A name
   * used twice is one parameter; {@code ?NNN} takes index NNN, leaving unnamed gaps.
   */
  public static List<String> parameters(Statement statement) {
    Map<String, Integer> byName = new LinkedHashMap<>();
    List<String> names = new ArrayList<>();
    for (Token token : statement.tokens()) {
      if (token.kind() != Kind.PARAMETER) {
        continue;
      }
      String text = token.text();
      if (text.equals("?")) {
        names.add(null);
      } else if (text.startsWith("?")) {
        int index = Integer.parseInt(text.substring(1));
        while (names.size() < index) {
          names.add(null);
        }
        names.set(index - 1, text);
        byName.put(text, index);
      } else if (!byName.containsKey(text)) {
        names.add(text);
        byName.put(text, names.size());
      }
    }
    return names;
  }

  /** Tokenizes SQL text, dropping whitespace and comments. Unterminated literals run to the end. */
  public static List<Token> tokenize(String sql) {
    List<Token> tokens = new ArrayList<>();
    int n = sql.length();
    int i = 0;
    while (i < n) {
      char c = sql.charAt(i);
      int start = i;
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
        int end = sql.indexOf('\n', i);
        i = end < 0 ? n : end + 1;
      } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
        int end = sql.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 2;
      } else if (c == '\'' || c == '"' || c == '`' || c == '[') {
        char close = c == '[' ? ']' : c;
        i = quoted(sql, i, close);
        Kind kind = c == '\'' ? Kind.STRING : Kind.QUOTED_IDENTIFIER;
        tokens.add(new Token(kind, sql.substring(start, i), start));
      } else if (c == ';') {
        i++;
        tokens.add(new Token(Kind.SEMICOLON, ";", start));
      } else if (c == '?') {
        i++;
        while (i < n && Character.isDigit(sql.charAt(i))) {
          i++;
        }
        tokens.add(new Token(Kind.PARAMETER, sql.substring(start, i), start));
      } else if ((c == ':' || c == '@' || c == '$') && i + 1 < n && isWordChar(sql.charAt(i + 1))) {
        i++;
        while (i < n && (isWordChar(sql.charAt(i)) || (c == '$' && sql.startsWith("::", i)))) {
          i += sql.startsWith("::", i) ? 2 : 1;
        }
        tokens.add(new Token(Kind.PARAMETER, sql.substring(start, i), start));
      } else if (Character.isDigit(c) || (c == '.' && i + 1 < n && Character.isDigit(sql.charAt(i + 1)))) {
        i = number(sql, i);
        tokens.add(new Token(Kind.NUMBER, sql.substring(start, i), start));
      } else if (isWordChar(c)) {
        while (i < n && isWordChar(sql.charAt(i))) {
          i++;
        }
        tokens.add(new Token(Kind.WORD, sql.substring(start, i), start));
      } else {
        i++;
        tokens.add(new Token(Kind.SYMBOL, sql.substring(start, i), start));
      }
    }
    return tokens;
  }

  private static int quoted(String sql, int start, char close) {
    int i = start + 1;
    while (i < sql.length()) {
      if (sql.charAt(i) == close) {
        // A doubled quote is an escaped quote, except for [brackets], which have no escape.
        if (close != ']' && i + 1 < sql.length() && sql.charAt(i + 1) == close) {
          i += 2;
          continue;
        }
        return i + 1;
      }
      i++;
    }
    return sql.length();
  }

  private static int number(String sql, int start) {
    int i = start;
    while (i < sql.length()) {
      char c = sql.charAt(i);
      boolean exponentSign = (c == '+' || c == '-') && i > start
          && Character.toLowerCase(sql.charAt(i - 1)) == 'e' && !sql.regionMatches(true, start, "0x", 0, 2);
      if (Character.isLetterOrDigit(c) || c == '.' || c == '_' || exponentSign) {
        i++;
      } else {
        break;
      }
    }
    return i;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c > 0x7f;
  }
}
