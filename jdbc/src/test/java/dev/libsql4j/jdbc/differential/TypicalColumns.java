package dev.libsql4j.jdbc.differential;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Columns of the declared types applications typically use, one per type, plus one without a
 * type: the grid over which values are stored and read back.
 */
final class TypicalColumns {

  /** Column name to declared type ("" for none), in table order. */
  static final Map<String, String> DECLARED = declared();

  private TypicalColumns() {}

  /** The column definitions, for CREATE TABLE. */
  static String definitions() {
    return DECLARED.entrySet().stream()
        .map(column -> (column.getKey() + " " + column.getValue()).trim())
        .collect(Collectors.joining(", "));
  }

  /** The column names, comma-separated. */
  static String names() {
    return String.join(", ", DECLARED.keySet());
  }

  /** {@code sql} once per column, comma-separated: the VALUES list storing it everywhere. */
  static String repeated(String sql) {
    return String.join(", ", Collections.nCopies(DECLARED.size(), sql));
  }

  private static Map<String, String> declared() {
    Map<String, String> columns = new LinkedHashMap<>();
    columns.put("c_integer", "INTEGER");
    columns.put("c_int", "INT");
    columns.put("c_bigint", "BIGINT");
    columns.put("c_real", "REAL");
    columns.put("c_double", "DOUBLE");
    columns.put("c_numeric", "NUMERIC");
    columns.put("c_decimal", "DECIMAL(10,2)");
    columns.put("c_text", "TEXT");
    columns.put("c_varchar", "VARCHAR(20)");
    columns.put("c_blob", "BLOB");
    columns.put("c_boolean", "BOOLEAN");
    columns.put("c_date", "DATE");
    columns.put("c_datetime", "DATETIME");
    columns.put("c_timestamp", "TIMESTAMP");
    columns.put("c_none", "");
    return Collections.unmodifiableMap(columns);
  }
}
