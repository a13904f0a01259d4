package dev.libsql4j.jdbc.exec;

import dev.libsql4j.hrana.message.Col;
import dev.libsql4j.hrana.message.Value;
import java.util.List;

/** Rows that are already in memory: a pipeline result, generated keys, or metadata rows. */
public final class BufferedRows implements RowSource {

  private final List<Col> columns;
  private List<List<Value>> rows;
  private int next;
  private List<Value> current;

  /** Rows over {@code columns}; each row is as long as the column list. */
  public BufferedRows(List<Col> columns, List<List<Value>> rows) {
    this.columns = List.copyOf(columns);
    this.rows = rows;
  }

  @Override
  public List<Col> columns() {
    return columns;
  }

  @Override
  public boolean next() {
    current = peek();
    if (current != null) {
      next++;
    }
    return current != null;
  }

  @Override
  public List<Value> peek() {
    return next < rows.size() ? rows.get(next) : null;
  }

  @Override
  public List<Value> current() {
    return current;
  }

  @Override
  public void close() {
    // Drop the references so a closed ResultSet does not keep a large result alive.
    rows = List.of();
    current = null;
  }
}
