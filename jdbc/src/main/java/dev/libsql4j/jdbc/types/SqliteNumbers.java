package dev.libsql4j.jdbc.types;


/**
 * SQLite's own conversions between numbers and text, so that getters convert exactly as
 * {@code sqlite3_column_int64}/{@code _double}/{@code _text} (and so sqlite-jdbc) do:
 * {@code '12abc'} reads as 12, {@code '1e3'} as integer 1 but real 1000.0, a real prints as
 * {@code 1.0}, {@code 1.0e+20} or {@code Inf}.
 */
public final class SqliteNumbers {

  private SqliteNumbers() {
  }

  /** The integer prefix of {@code text} (after leading spaces), saturated to the long range; else 0. */
  public static long textToLong(String text) {
    int i = skipSpaces(text, 0);
    boolean negative = false;
    if (i < text.length() && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
      negative = text.charAt(i) == '-';
      i++;
    }
    long value = 0;
    for (; i < text.length() && Character.isDigit(text.charAt(i)); i++) {
      int digit = text.charAt(i) - '0';
      if (value > (Long.MAX_VALUE - digit) / 10) {
        return negative ? Long.MIN_VALUE : Long.MAX_VALUE;
      }
      value = value * 10 + digit;
    }
    return negative ? -value : value;
  }

  /** The longest prefix of {@code text} (after leading spaces) that reads as a real number; else 0.0. */
  public static double textToDouble(String text) {
    int start = skipSpaces(text, 0);
    int i = start;
    if (i < text.length() && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
      i++;
    }
    int digitsStart = i;
    i = skipDigits(text, i);
    int mantissaEnd = i;
    if (i < text.length() && text.charAt(i) == '.') {
      i = skipDigits(text, i + 1);
      mantissaEnd = i;
    }
    if (mantissaEnd == digitsStart || (mantissaEnd == digitsStart + 1 && text.charAt(digitsStart) == '.')) {
      return 0.0;
    }
    int end = mantissaEnd;
    if (i < text.length() && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
      int j = i + 1;
      if (j < text.length() && (text.charAt(j) == '-' || text.charAt(j) == '+')) {
        j++;
      }
      int exponentEnd = skipDigits(text, j);
      if (exponentEnd > j) {
        end = exponentEnd;
      }
    }
    return Double.parseDouble(text.substring(start, end));
  }

  /** A real converted to an integer the way SQLite does: truncated, saturated, NaN as 0. */
  public static long doubleToLong(double value) {
    return (long) value;
  }

  /**
   * A real as SQLite 3.47 and newer render it as text ({@code CAST(x AS TEXT)}, and so
   * sqlite-jdbc's {@code getString}): {@code 1.0}, {@code 0.1}, {@code 9007199254740992.0},
   * {@code -9.2233720368547758e+18}, {@code 1.0e-05}; {@code Inf}/{@code -Inf} for infinities.
   * See {@link SqliteRealText} for the digits.
   */
  public static String formatDouble(double value) {
    if (Double.isNaN(value)) {
      return "NaN";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "Inf" : "-Inf";
    }
    if (value == 0) {
      // SQLite prints -0.0 without its sign too.
      return "0.0";
    }
    return SqliteRealText.of(value);
  }

  private static int skipSpaces(String text, int i) {
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int skipDigits(String text, int i) {
    while (i < text.length() && Character.isDigit(text.charAt(i))) {
      i++;
    }
    return i;
  }
}
