package dev.libsql4j.jdbc.meta;

import java.sql.Types;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What {@code getColumns} reports for a column's declared type: the type name without its
 * dimension, a JDBC type, a size and decimal digits.
 *
 * <p>The classification is sqlite-jdbc's, so that tools tuned to it (Hibernate, Liquibase, jOOQ,
 * Flyway) see the same answers: a loose reading of SQLite's affinity rules where {@code INT} or
 * {@code BOOL} make an {@code INTEGER}, {@code CHAR}/{@code CLOB}/{@code TEXT}/{@code BLOB} a
 * {@code VARCHAR} and {@code REAL}/{@code FLOA}/{@code DOUB}/{@code DEC}/{@code NUM} a
 * {@code FLOAT}; anything else is a {@code VARCHAR}. One deliberate difference: for
 * {@code DECIMAL(p,s)} the size is the precision {@code p}, as JDBC defines it, where sqlite-jdbc
 * reports {@code p + s}; and blanks inside the parentheses are tolerated.
 *
 * @param typeName the declared type upper-cased, without {@code (…)}
 * @param jdbcType a {@link Types} constant
 * @param columnSize the declared length or precision, else 2,000,000,000
 * @param decimalDigits the declared scale, 0 for integer and text types, else 10
 */
record DeclaredType(String typeName, int jdbcType, int columnSize, int decimalDigits) {

  /** sqlite-jdbc's "unbounded" size and default digits, kept for compatibility. */
  static final int UNBOUNDED = 2_000_000_000;

  private static final int DEFAULT_DIGITS = 10;
  private static final Pattern INTEGER = Pattern.compile("INT|BOOL");
  private static final Pattern TEXT = Pattern.compile("CHAR|CLOB|TEXT|BLOB");
  private static final Pattern FLOAT = Pattern.compile("REAL|FLOA|DOUB|DEC|NUM");

  /** Reads a declared type as {@code pragma_table_xinfo} reports it (null means TEXT). */
  static DeclaredType of(String declared) {
    String upper = declared == null ? "TEXT" : declared.toUpperCase(Locale.ROOT);
    int jdbcType;
    int digits;
    if (INTEGER.matcher(upper).find()) {
      jdbcType = Types.INTEGER;
      digits = 0;
    } else if (TEXT.matcher(upper).find()) {
      jdbcType = Types.VARCHAR;
      digits = 0;
    } else if (FLOAT.matcher(upper).find()) {
      jdbcType = Types.FLOAT;
      digits = DEFAULT_DIGITS;
    } else {
      jdbcType = Types.VARCHAR;
      digits = DEFAULT_DIGITS;
    }
    int open = upper.indexOf('(');
    int close = open > 0 ? upper.indexOf(')', open) : -1;
    if (close < 0) {
      return new DeclaredType(open > 0 ? upper.substring(0, open).trim() : upper, jdbcType,
          UNBOUNDED, digits);
    }
    String name = upper.substring(0, open).trim();
    String[] dimensions = upper.substring(open + 1, close).split(",", 2);
    try {
      int size = Integer.parseUnsignedInt(dimensions[0].trim());
      int scale = dimensions.length == 2 ? Integer.parseUnsignedInt(dimensions[1].trim()) : 0;
      return new DeclaredType(name, jdbcType, size, scale);
    } catch (NumberFormatException notNumbers) {
      // e.g. VARCHAR(MAX): keep the defaults, as sqlite-jdbc does
      return new DeclaredType(name, jdbcType, UNBOUNDED, digits);
    }
  }
}
