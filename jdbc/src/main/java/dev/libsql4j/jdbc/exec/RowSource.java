package dev.libsql4j.jdbc.exec;

import dev.libsql4j.hrana.message.Col;
import dev.libsql4j.hrana.message.Value;
import java.sql.SQLException;
import java.util.List;

/**
 * The rows behind a ResultSet, read forward once: either already in memory ({@link BufferedRows})
 * or streamed from a cursor ({@link CursorRows}).
 */
public interface RowSource extends AutoCloseable {

  /** The result columns. */
  List<Col> columns();

  /** Moves to the next row; false after the last one. */
  boolean next() throws SQLException;

  /** The current row (valid after {@link #next()} returned true). */
  List<Value> current();

  /**
   * The row {@link #next()} would move to, without moving; null when there is none. Metadata uses
   * it to type expression columns by the first row before {@code next()}, as sqlite-jdbc does.
   */
  List<Value> peek() throws SQLException;

  /** Releases what the rows hold (a cursor's HTTP response); idempotent. */
  @Override
  void close() throws SQLException;
}
