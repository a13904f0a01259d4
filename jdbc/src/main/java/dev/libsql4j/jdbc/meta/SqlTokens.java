package dev.libsql4j.jdbc.meta;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits SQLite SQL text into tokens, just well enough to read the constraints of a stored
 * {@code CREATE TABLE} statement: comments and whitespace are dropped, quoted identifiers are
 * unquoted, string literals are kept whole so that their content never looks like a keyword.
 */
final class SqlTokens {

  /** What a token is. */
  enum Kind {
    /** A bare word: keyword or unquoted identifier. */
    WORD,
    /** A {@code "quoted"}, {@code `quoted`} or {@code [quoted]} identifier. */
    QUOTED,
    /** A {@code 'string'} or blob literal. */
    STRING,
    /** A single punctuation character such as {@code (}, {@code )} or {@code ,}. */
    SYMBOL,
    /** Anything else (numbers, operators). */
    OTHER
  }

  /**
   * One token.
   *
   * @param kind what it is
   * @param text the identifier without quotes for {@link Kind#QUOTED}, else the text as written
   */
  record Token(Kind kind, String text) {

    /** True for a bare word equal (ignoring case) to {@code keyword}. */
    boolean is(String keyword) {
      return kind == Kind.WORD && text.equalsIgnoreCase(keyword);
    }

    /** True for the punctuation character {@code symbol}. */
    boolean is(char symbol) {
      return kind == Kind.SYMBOL && text.charAt(0) == symbol;
    }

    /** True for a token that can name something: a bare word or a quoted identifier. */
    boolean isName() {
      return kind == Kind.WORD || kind == Kind.QUOTED || kind == Kind.STRING;
    }

    /** The token as a name, string literals unquoted too (SQLite accepts 'name' as a name). */
    String name() {
      return kind == Kind.STRING ? text.substring(1, text.length() - 1).replace("''", "'") : text;
    }

    @Override
    public String toString() {
      return kind + ":" + text;
    }
  }

  private SqlTokens() {}

  /** Returns the tokens of {@code sql}; a null text has none. Never fails on odd input. */
  static List<Token> of(String sql) {
    List<Token> tokens = new ArrayList<>();
    if (sql == null) {
      return tokens;
    }
    int i = 0;
    int n = sql.length();
    while (i < n) {
      char c = sql.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
        i = endOfLine(sql, i);
      } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
        int end = sql.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 2;
      } else if (c == '\'') {
        int end = closingQuote(sql, i, '\'');
        tokens.add(new Token(Kind.STRING, sql.substring(i, end)));
        i = end;
      } else if (c == '"' || c == '`') {
        int end = closingQuote(sql, i, c);
        String doubled = String.valueOf(c) + c;
        String inner = sql.substring(i + 1, Math.max(i + 1, end - 1));
        tokens.add(new Token(Kind.QUOTED, inner.replace(doubled, String.valueOf(c))));
        i = end;
      } else if (c == '[') {
        int end = sql.indexOf(']', i + 1);
        end = end < 0 ? n : end;
        tokens.add(new Token(Kind.QUOTED, sql.substring(i + 1, end)));
        i = Math.min(n, end + 1);
      } else if (isWordStart(c)) {
        int end = i + 1;
        while (end < n && isWordPart(sql.charAt(end))) {
          end++;
        }
        // x'0A' is a blob literal, not the word x followed by a string.
        if (end == i + 1 && (c == 'x' || c == 'X') && end < n && sql.charAt(end) == '\'') {
          int close = closingQuote(sql, end, '\'');
          tokens.add(new Token(Kind.STRING, sql.substring(end, close)));
          i = close;
        } else {
          tokens.add(new Token(Kind.WORD, sql.substring(i, end)));
          i = end;
        }
      } else if ("(),;.".indexOf(c) >= 0) {
        tokens.add(new Token(Kind.SYMBOL, String.valueOf(c)));
        i++;
      } else {
        tokens.add(new Token(Kind.OTHER, String.valueOf(c)));
        i++;
      }
    }
    return tokens;
  }

  private static int endOfLine(String sql, int from) {
    int end = sql.indexOf('\n', from);
    return end < 0 ? sql.length() : end + 1;
  }

  /** Index just past the quote that closes the one at {@code open}; doubled quotes are content. */
  private static int closingQuote(String sql, int open, char quote) {
    int i = open + 1;
    while (i < sql.length()) {
      if (sql.charAt(i) == quote) {
        if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
          i += 2;
          continue;
        }
        return i + 1;
      }
      i++;
    }
    return sql.length();
  }

  private static boolean isWordStart(char c) {
    return Character.isLetter(c) || c == '_' || c > 127;
  }

  private static boolean isWordPart(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c > 127;
  }
}
