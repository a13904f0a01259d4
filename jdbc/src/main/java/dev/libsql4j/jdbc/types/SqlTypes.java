package dev.libsql4j.jdbc.types;

import dev.libsql4j.hrana.message.Value;
import java.sql.Types;
import java.util.Locale;

/**
 * Maps a column's declared type (or, for expressions, the storage class of its value) to a
 * {@link java.sql.Types} code and Java class name, following sqlite-jdbc's table (INTEGER, BIGINT,
 * REAL, DATE, TIMESTAMP, BOOLEAN, NUMERIC, VARCHAR, BLOB, …) and SQLite's affinity rules for the
 * rest.
 */
public final class SqlTypes {

  private SqlTypes() {
  }

  /** The JDBC type of a column with declared type {@code decltype} whose current value is {@code value}. */
  public static int jdbcType(String decltype, Value value) {
    if (decltype == null || decltype.isBlank()) {
      return storageType(value);
    }
    String base = baseName(decltype);
    return switch (base) {
      case "BOOLEAN", "BOOL" -> Types.BOOLEAN;
      case "TINYINT" -> Types.TINYINT;
      case "SMALLINT", "INT2" -> Types.SMALLINT;
      case "BIGINT", "INT8", "UNSIGNED BIG INT" -> Types.BIGINT;
      case "INT", "INTEGER", "MEDIUMINT" -> Types.INTEGER;
      case "DATE" -> Types.DATE;
      case "TIME" -> Types.TIME;
      case "DATETIME", "TIMESTAMP" -> Types.TIMESTAMP;
      case "DECIMAL" -> Types.DECIMAL;
      case "NUMERIC" -> Types.NUMERIC;
      case "REAL" -> Types.REAL;
      case "DOUBLE", "DOUBLE PRECISION" -> Types.DOUBLE;
      case "FLOAT" -> Types.FLOAT;
      case "CHAR", "CHARACTER", "NCHAR", "NATIVE CHARACTER" -> Types.CHAR;
      case "CLOB" -> Types.CLOB;
      case "BLOB" -> Types.BLOB;
      default -> affinityType(base);
    };
  }

  /** SQLite's affinity rules (section 3.1 of the datatype documentation) for other names. */
  private static int affinityType(String base) {
    if (base.contains("INT")) {
      return Types.INTEGER;
    }
    if (base.contains("CHAR") || base.contains("CLOB") || base.contains("TEXT")) {
      return Types.VARCHAR;
    }
    if (base.contains("BLOB")) {
      return Types.BLOB;
    }
    if (base.contains("REAL") || base.contains("FLOA") || base.contains("DOUB")) {
      return Types.DOUBLE;
    }
    return Types.NUMERIC;
  }

  /**
   * The type of an expression column from the storage class of its value, as sqlite-jdbc types it:
   * BIGINT for an integer beyond the int range, NUMERIC for NULL (or no row).
   */
  private static int storageType(Value value) {
    if (value instanceof Value.IntegerValue i) {
      return i.value() == (int) i.value() ? Types.INTEGER : Types.BIGINT;
    }
    if (value instanceof Value.FloatValue) {
      return Types.FLOAT;
    }
    if (value instanceof Value.TextValue) {
      return Types.VARCHAR;
    }
    if (value instanceof Value.BlobValue) {
      return Types.BLOB;
    }
    return Types.NUMERIC;
  }

  /** The declared type without its size, upper case: {@code varchar(10)} → {@code VARCHAR}. */
  public static String baseName(String decltype) {
    int paren = decltype.indexOf('(');
    String base = paren < 0 ? decltype : decltype.substring(0, paren);
    return base.trim().toUpperCase(Locale.ROOT);
  }

  /** The size parameters of a declared type: {@code (10,2)} → [10, 2]; missing ones are 0. */
  public static int[] sizes(String decltype) {
    int[] sizes = new int[2];
    if (decltype == null) {
      return sizes;
    }
    int open = decltype.indexOf('(');
    int close = decltype.indexOf(')', open + 1);
    if (open < 0 || close < 0) {
      return sizes;
    }
    String[] parts = decltype.substring(open + 1, close).split(",");
    for (int i = 0; i < Math.min(2, parts.length); i++) {
      try {
        sizes[i] = Integer.parseInt(parts[i].trim());
      } catch (NumberFormatException e) {
        sizes[i] = 0;
      }
    }
    return sizes;
  }

  /** The type name reported for a column: its declared type, or the storage class of its value. */
  public static String typeName(String decltype, Value value) {
    if (decltype != null && !decltype.isBlank()) {
      return baseName(decltype);
    }
    if (value instanceof Value.IntegerValue) {
      return "INTEGER";
    }
    if (value instanceof Value.FloatValue) {
      return "FLOAT";
    }
    if (value instanceof Value.TextValue) {
      return "TEXT";
    }
    return value instanceof Value.BlobValue ? "BLOB" : "NUMERIC";
  }

  /**
   * The class of the value {@code getObject} returns, as sqlite-jdbc's
   * {@code getColumnClassName} reports it: {@code java.lang.Object} for NULL and for blobs.
   */
  public static String className(Value value) {
    if (value instanceof Value.IntegerValue i) {
      return (i.value() == (int) i.value() ? Integer.class : Long.class).getName();
    }
    if (value instanceof Value.FloatValue) {
      return Double.class.getName();
    }
    if (value instanceof Value.TextValue) {
      return String.class.getName();
    }
    return Object.class.getName();
  }
}
