package dev.libsql4j.jdbc.meta;

import dev.libsql4j.hrana.message.Value;
import dev.libsql4j.jdbc.LibSqlResultSet;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a metadata result set being built in memory. Values are given as Java objects
 * ({@code null}, {@link String}, {@link Integer} or {@link Long}) and stored as SQLite values, so
 * the result converts them like any other result of this driver.
 */
final class MetaRows {

  private final MetaColumns columns;
  private final List<List<Value>> rows = new ArrayList<>();

  MetaRows(MetaColumns columns) {
    this.columns = columns;
  }

  /** Adds one row; it must have a value for every column. */
  MetaRows add(Object... values) {
    if (values.length != columns.size()) {
      throw new IllegalArgumentException(
          "a row of " + columns.size() + " columns cannot take " + values.length + " values");
    }
    List<Value> row = new ArrayList<>(values.length);
    for (Object value : values) {
      row.add(toValue(value));
    }
    rows.add(row);
    return this;
  }

  /**
   * The rows as a read-only, forward-only result set that needs no server; it has no statement
   * ({@link ResultSet#getStatement()} is null), which JDBC allows for metadata results.
   */
  ResultSet toResultSet() {
    return LibSqlResultSet.of(null, columns.cols(), rows);
  }

  private static Value toValue(Object value) {
    if (value == null) {
      return Value.NULL;
    }
    if (value instanceof String text) {
      return Value.of(text);
    }
    if (value instanceof Integer || value instanceof Long) {
      return Value.of(((Number) value).longValue());
    }
    throw new IllegalArgumentException("not a metadata value: " + value.getClass().getName());
  }
}
