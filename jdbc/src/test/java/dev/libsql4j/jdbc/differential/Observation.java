package dev.libsql4j.jdbc.differential;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * What one driver answered to a {@link Probe}: an ordered list of facts, each a line
 * {@code label = value (Class)}. Two observations of the same probe on two drivers are compared
 * line by line, so a fact must say everything that matters about a value, and nothing that may
 * legitimately differ (exception messages, object identities).
 */
final class Observation {

  /** A JDBC call whose answer or failure is recorded. */
  @FunctionalInterface
  interface SqlCall {
    Object call() throws SQLException;
  }

  private final String driver;
  private final List<String> facts = new ArrayList<>();

  Observation(String driver) {
    this.driver = driver;
  }

  /** The driver this observation was made on, for messages. */
  String driver() {
    return driver;
  }

  /** The recorded facts, in order. */
  List<String> facts() {
    return List.copyOf(facts);
  }

  /** Records a fact as it is, e.g. one already made by another observation. */
  Observation fact(String fact) {
    facts.add(fact);
    return this;
  }

  /** Records a value with its class. */
  Observation value(String label, Object value) {
    facts.add(label + " = " + describe(value));
    return this;
  }

  /**
   * Records what a call returns, or that it throws. Any {@link SQLException} is recorded the same
   * way (drivers word messages and pick subclasses differently); other exceptions are recorded
   * with their class, as they are bugs worth seeing.
   */
  Observation call(String label, SqlCall call) {
    try {
      return value(label, call.call());
    } catch (SQLException e) {
      facts.add(label + " throws SQLException");
    } catch (RuntimeException e) {
      facts.add(label + " throws " + e.getClass().getName());
    }
    return this;
  }

  /**
   * Records the column labels and every row ({@code getObject} values with classes) of a result,
   * one fact per row: {@code "label row: COLUMN=value (Class) …"}.
   */
  Observation rows(String label, ResultSet rs) throws SQLException {
    try (rs) {
      ResultSetMetaData meta = rs.getMetaData();
      int count = meta.getColumnCount();
      List<String> labels = new ArrayList<>(count);
      for (int i = 1; i <= count; i++) {
        labels.add(meta.getColumnLabel(i));
      }
      facts.add(label + " columns " + labels);
      while (rs.next()) {
        StringBuilder line = new StringBuilder(label).append(" row:");
        for (int i = 1; i <= count; i++) {
          line.append(' ').append(labels.get(i - 1)).append('=').append(describe(rs.getObject(i)));
        }
        facts.add(line.toString());
      }
    }
    return this;
  }

  /** Records what {@link ResultSetMetaData} says about every column. */
  Observation columns(String label, ResultSetMetaData meta) throws SQLException {
    for (int i = 1; i <= meta.getColumnCount(); i++) {
      int column = i;
      String prefix = label + " column " + i + " ";
      call(prefix + "label", () -> meta.getColumnLabel(column));
      call(prefix + "name", () -> meta.getColumnName(column));
      call(prefix + "typeName", () -> meta.getColumnTypeName(column));
      call(prefix + "type", () -> meta.getColumnType(column));
      call(prefix + "nullable", () -> meta.isNullable(column));
      call(prefix + "tableName", () -> meta.getTableName(column));
      call(prefix + "className", () -> meta.getColumnClassName(column));
      call(prefix + "precision", () -> meta.getPrecision(column));
      call(prefix + "scale", () -> meta.getScale(column));
      call(prefix + "autoIncrement", () -> meta.isAutoIncrement(column));
    }
    return this;
  }

  /** A value as a fact: its text and its class, blobs in hex. */
  static String describe(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof byte[] bytes) {
      return "x'" + HexFormat.of().formatHex(bytes) + "' (byte[])";
    }
    String type = value.getClass().getName().replaceFirst("^java\\.lang\\.", "");
    return value + " (" + type + ")";
  }

  @Override
  public String toString() {
    return driver + ": " + String.join("\n  ", facts);
  }
}
