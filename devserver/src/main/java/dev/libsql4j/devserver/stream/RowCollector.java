package dev.libsql4j.devserver.stream;

import dev.libsql4j.devserver.error.StatementException;
import dev.libsql4j.devserver.sql.RowSink;
import dev.libsql4j.devserver.sql.StepOutcome;
import dev.libsql4j.hrana.message.Col;
import dev.libsql4j.hrana.message.StmtResult;
import dev.libsql4j.hrana.message.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects a statement's result for a pipeline response, refusing it with {@code RESPONSE_TOO_LARGE}
 * once its estimated JSON size passes the limit (sqld: 10 MB; large results belong on a cursor).
 * Rows are dropped when the client asked for none ({@code want_rows: false}).
 */
final class RowCollector implements RowSink {

  /** Rough JSON overhead of one value: type tag, quotes, braces. */
  private static final int VALUE_OVERHEAD = 32;

  private final long maxBytes;
  private final boolean wantRows;
  private List<Col> cols = List.of();
  private final List<List<Value>> rows = new ArrayList<>();
  private long bytes;

  RowCollector(long maxBytes, boolean wantRows) {
    this.maxBytes = maxBytes;
    this.wantRows = wantRows;
  }

  @Override
  public void columns(List<Col> cols) {
    this.cols = cols;
  }

  @Override
  public void row(List<Value> values) throws StatementException {
    if (!wantRows) {
      return;
    }
    for (Value value : values) {
      bytes += VALUE_OVERHEAD + size(value);
    }
    if (bytes > maxBytes) {
      throw StatementException.of("RESPONSE_TOO_LARGE",
          "Response is too large: the result exceeds " + maxBytes + " bytes; use a cursor");
    }
    rows.add(values);
  }

  private static long size(Value value) {
    if (value instanceof Value.TextValue text) {
      return text.value().length();
    }
    if (value instanceof Value.BlobValue blob) {
      return blob.value().length * 4L / 3;
    }
    return 20;
  }

  /** The estimated JSON size of the rows collected so far. */
  long estimatedBytes() {
    return bytes;
  }

  /** The result, once the statement has run. */
  StmtResult result(StepOutcome outcome, Long replicationIndex) {
    return new StmtResult(cols, List.copyOf(rows), outcome.affectedRowCount(),
        outcome.lastInsertRowid(), replicationIndex, outcome.rowsRead(), outcome.rowsWritten(),
        outcome.durationMs());
  }
}
