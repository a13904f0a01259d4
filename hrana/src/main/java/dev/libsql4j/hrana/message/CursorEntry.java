package dev.libsql4j.hrana.message;

import java.util.List;

/**
 * One line of a cursor response after the header. For each executed step: {@link StepBegin}, zero or
 * more {@link Row}, then {@link StepEnd} or {@link StepError}. {@link Error} ends the whole cursor.
 */
public sealed interface CursorEntry permits CursorEntry.StepBegin, CursorEntry.Row,
    CursorEntry.StepEnd, CursorEntry.StepError, CursorEntry.Error, CursorEntry.ReplicationIndex {

  /** A step starts producing rows with these columns. */
  record StepBegin(int step, List<Col> cols) implements CursorEntry {}

  /** One row of the current step. */
  record Row(List<Value> values) implements CursorEntry {}

  /** The current step finished. */
  record StepEnd(long affectedRowCount, Long lastInsertRowid) implements CursorEntry {}

  /** A step failed (possibly without a preceding {@link StepBegin}). */
  record StepError(int step, HranaError error) implements CursorEntry {}

  /** The whole batch failed; always the last entry. */
  record Error(HranaError error) implements CursorEntry {}

  /** sqld extension: the replication index after the batch, sent last. */
  record ReplicationIndex(Long replicationIndex) implements CursorEntry {}
}
