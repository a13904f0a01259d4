package dev.libsql4j.hrana.http;

import dev.libsql4j.hrana.message.CursorEntry;
import dev.libsql4j.hrana.message.CursorHeader;

/**
 * The streamed result of a batch ({@code POST /v3/cursor}): entries are read from the HTTP body as
 * they are asked for, so memory stays bounded whatever the number of rows.
 *
 * <p>For each executed step: {@link CursorEntry.StepBegin}, zero or more {@link CursorEntry.Row},
 * then {@link CursorEntry.StepEnd} or {@link CursorEntry.StepError}. Not thread-safe; close it when
 * done, also after an error. A cursor opened on a {@link HranaStream} keeps that stream busy until
 * it is closed.
 */
public interface HranaCursor extends AutoCloseable {

  /** The first line of the response: the stream's next baton and base URL. */
  CursorHeader header();

  /**
   * The next entry, or null after the last one.
   *
   * @throws HranaException when the body cannot be read (TRANSPORT), is malformed (DECODE), or the
   *     read was cancelled (TIMEOUT)
   * @throws IllegalStateException after {@link #close()}
   */
  CursorEntry next() throws HranaException;

  /** Ends the cursor, abandoning whatever has not been read. Idempotent. */
  @Override
  void close();
}
