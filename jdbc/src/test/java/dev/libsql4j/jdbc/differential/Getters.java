package dev.libsql4j.jdbc.differential;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Records what every common {@link ResultSet} getter returns for one column of the current row. */
final class Getters {

  private Getters() {}

  /** Records getObject, wasNull and the typed getters for {@code column}, labelled {@code label}. */
  static void record(ResultSet rs, int column, String label, Observation out) throws SQLException {
    out.call(label + " getObject", () -> rs.getObject(column));
    out.value(label + " wasNull", rs.wasNull());
    out.call(label + " getString", () -> rs.getString(column));
    out.call(label + " getInt", () -> rs.getInt(column));
    out.call(label + " getLong", () -> rs.getLong(column));
    out.call(label + " getDouble", () -> rs.getDouble(column));
    out.call(label + " getFloat", () -> rs.getFloat(column));
    out.call(label + " getBigDecimal", () -> rs.getBigDecimal(column));
    out.call(label + " getBytes", () -> rs.getBytes(column));
    out.call(label + " getBoolean", () -> rs.getBoolean(column));
    out.call(label + " getDate", () -> rs.getDate(column));
    out.call(label + " getTime", () -> rs.getTime(column));
    out.call(label + " getTimestamp", () -> rs.getTimestamp(column));
  }

  /** Records all getters for every column of the current row, labelled by column label. */
  static void recordRow(ResultSet rs, Observation out) throws SQLException {
    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
      record(rs, i, rs.getMetaData().getColumnLabel(i), out);
    }
  }
}
