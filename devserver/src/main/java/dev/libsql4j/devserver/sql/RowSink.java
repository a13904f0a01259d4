package dev.libsql4j.devserver.sql;

import dev.libsql4j.devserver.error.StatementException;
import dev.libsql4j.hrana.message.Col;
import dev.libsql4j.hrana.message.Value;
import java.io.IOException;
import java.util.List;

/**
 * Where a statement's result goes as SQLite produces it: collected into a {@code StmtResult} for a
 * pipeline, or written out line by line for a cursor, so that a cursor's memory stays bounded.
 */
public interface RowSink {

  /** The result columns, before any row. */
  void columns(List<Col> cols) throws IOException;

  /**
   * One row. May refuse it (e.g. a response grown too large), which fails the statement.
   *
   * @throws IOException when the row cannot be delivered (the client went away)
   */
  void row(List<Value> values) throws IOException, StatementException;
}
