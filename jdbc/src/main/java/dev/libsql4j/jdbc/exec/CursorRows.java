package dev.libsql4j.jdbc.exec;

import dev.libsql4j.hrana.http.HranaCursor;
import dev.libsql4j.hrana.http.HranaException;
import dev.libsql4j.hrana.message.Col;
import dev.libsql4j.hrana.message.CursorEntry;
import dev.libsql4j.hrana.message.Value;
import dev.libsql4j.jdbc.error.SqlExceptions;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Rows streamed from a {@code /v3/cursor} response, one entry at a time: memory holds the current
 * row only, whatever the size of the result.
 *
 * <p>The cursor may run earlier steps (a BEGIN) before the step whose rows are wanted. While it is
 * open the stream is busy; {@link #detach()} reads the rest into memory when the connection needs
 * the stream for another statement.
 */
final class CursorRows implements RowSource {

  /** What happens when the cursor is done: the stream is closed or handed back. */
  interface Finisher {
    void finished(CursorRows rows);
  }

  private final HranaCursor cursor;
  private final int targetStep;
  private final boolean inTransaction;
  private final boolean drainOnClose;
  private final Finisher finisher;
  private List<Col> columns = List.of();
  private List<Value> current;
  /** An entry read ahead by {@link #peek()}, to be taken by the next read; null at the end too. */
  private CursorEntry lookahead;
  private boolean lookedAhead;
  private Deque<List<Value>> detached;
  private boolean finished;
  private boolean skipped;
  private int failedStep = -1;
  private SQLException pendingError;

  /**
   * @param cursor the open cursor
   * @param targetStep the batch step whose rows are returned
   * @param inTransaction whether a transaction owns the stream (changes how losses are reported)
   * @param drainOnClose whether closing early reads the rest (the stream is reused) instead of
   *     abandoning the response (the stream is thrown away)
   * @param finisher called once when the cursor is finished
   */
  CursorRows(HranaCursor cursor, int targetStep, boolean inTransaction, boolean drainOnClose,
             Finisher finisher) {
    this.cursor = cursor;
    this.targetStep = targetStep;
    this.inTransaction = inTransaction;
    this.drainOnClose = drainOnClose;
    this.finisher = finisher;
  }

  /**
   * Reads up to the start of the target step.
   *
   * @throws SQLException when a step up to the target failed ({@link #failedStep()} says which)
   */
  void start() throws SQLException {
    while (true) {
      CursorEntry entry = read();
      if (entry == null) {
        // The target step was skipped by its condition.
        skipped = true;
        finish();
        return;
      }
      if (entry instanceof CursorEntry.StepBegin begin && begin.step() == targetStep) {
        columns = List.copyOf(begin.cols());
        return;
      }
      SQLException error = errorOf(entry);
      if (error != null) {
        failedStep = entry instanceof CursorEntry.StepError stepError ? stepError.step() : -1;
        close();
        throw error;
      }
    }
  }

  /** Whether the target step did not run (its condition was false). */
  boolean skipped() {
    return skipped;
  }

  /** The step that failed in {@link #start()}, or -1. */
  int failedStep() {
    return failedStep;
  }

  @Override
  public List<Col> columns() {
    return columns;
  }

  @Override
  public boolean next() throws SQLException {
    if (detached != null) {
      current = detached.poll();
      if (current == null && pendingError != null) {
        SQLException error = pendingError;
        pendingError = null;
        throw error;
      }
      return current != null;
    }
    if (finished) {
      current = null;
      return false;
    }
    CursorEntry entry = nextEntry();
    if (entry instanceof CursorEntry.Row row) {
      current = row.values();
      return true;
    }
    current = null;
    SQLException error = errorOf(entry);
    if (drainOnClose) {
      drain(null);
    }
    finish();
    if (error != null) {
      throw error;
    }
    return false;
  }

  @Override
  public List<Value> current() {
    return current;
  }

  /** Reads one entry ahead (a network read when it is not there yet); the rows stay where they are. */
  @Override
  public List<Value> peek() throws SQLException {
    if (detached != null) {
      return detached.peek();
    }
    if (finished) {
      return null;
    }
    if (!lookedAhead) {
      lookahead = read();
      lookedAhead = true;
    }
    return lookahead instanceof CursorEntry.Row row ? row.values() : null;
  }

  /** Reads the remaining rows into memory and releases the cursor, so the stream can be reused. */
  void detach() throws SQLException {
    if (finished) {
      return;
    }
    Deque<List<Value>> rest = new ArrayDeque<>();
    try {
      drain(rest);
    } finally {
      detached = rest;
      finish();
    }
  }

  @Override
  public void close() throws SQLException {
    detached = null;
    if (finished) {
      return;
    }
    try {
      if (drainOnClose) {
        drain(null);
      }
    } finally {
      finish();
    }
  }

  /** Releases the cursor without reading the rest: its stream is being thrown away. */
  void abandon() {
    detached = null;
    finish();
  }

  /**
   * Reads to the end of the response, keeping the rows in {@code rows} when it is not null; an
   * error entry is kept to be thrown after the kept rows.
   */
  private void drain(Deque<List<Value>> rows) throws SQLException {
    CursorEntry entry;
    while ((entry = nextEntry()) != null) {
      if (entry instanceof CursorEntry.Row row && rows != null) {
        rows.add(row.values());
      } else if (pendingError == null) {
        pendingError = errorOf(entry);
      }
    }
  }

  private static SQLException errorOf(CursorEntry entry) {
    if (entry instanceof CursorEntry.StepError error) {
      return SqlExceptions.of(error.error());
    }
    if (entry instanceof CursorEntry.Error error) {
      return SqlExceptions.of(error.error());
    }
    return null;
  }

  /** The entry {@link #peek()} read ahead, else the next one from the response. */
  private CursorEntry nextEntry() throws SQLException {
    if (lookedAhead) {
      lookedAhead = false;
      CursorEntry entry = lookahead;
      lookahead = null;
      return entry;
    }
    return read();
  }

  /** The next entry that matters; the sqld replication-index trailer is skipped. */
  private CursorEntry read() throws SQLException {
    try {
      CursorEntry entry;
      do {
        entry = cursor.next();
      } while (entry instanceof CursorEntry.ReplicationIndex);
      return entry;
    } catch (HranaException e) {
      finish();
      throw SqlExceptions.of(e, inTransaction);
    }
  }

  private void finish() {
    if (!finished) {
      finished = true;
      cursor.close();
      finisher.finished(this);
    }
  }
}
