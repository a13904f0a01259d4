package dev.libsql4j.hrana.http;

import dev.libsql4j.hrana.json.CursorReader;
import dev.libsql4j.hrana.json.HranaJson;
import dev.libsql4j.hrana.json.HranaJsonException;
import dev.libsql4j.hrana.message.CursorEntry;
import dev.libsql4j.hrana.message.CursorHeader;
import java.io.IOException;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A {@link HranaCursor} over the NDJSON body of a {@code /v3/cursor} response. */
final class HttpCursor implements HranaCursor {

  /** Told once when the cursor ends, so that its stream can take requests again. */
  @FunctionalInterface
  interface Listener {
    /**
     * @param streamUsable false when the body broke off (I/O error, cancel, bad JSON): then nobody
     *     knows what state the server stream is in, and its baton must be dropped
     */
    void cursorClosed(boolean streamUsable);
  }

  private static final Logger LOG = LoggerFactory.getLogger(HttpCursor.class);

  private final InputStream body;
  private final CursorReader reader;
  private final String request;
  private final AbortHandle abortHandle;
  private final Listener listener;
  private CursorHeader header;
  private volatile boolean aborted;
  private boolean broken;
  private boolean finished;
  private boolean closed;

  private HttpCursor(InputStream body, CursorReader reader, String request, AbortHandle abortHandle,
                     Listener listener) {
    this.body = body;
    this.reader = reader;
    this.request = request;
    this.abortHandle = abortHandle;
    this.listener = listener;
  }

  /**
   * Reads the header from a 2xx body and returns the cursor. From now until {@link #close()},
   * {@code abortHandle} aborts the read in progress.
   */
  static HttpCursor open(InputStream body, String request, AbortHandle abortHandle, Listener listener)
      throws HranaException {
    HttpCursor cursor;
    try {
      cursor = new HttpCursor(body, HranaJson.cursorReader(body), request, abortHandle, listener);
    } catch (IOException e) {
      closeQuietly(body);
      listener.cursorClosed(false);
      throw HttpFailures.transport(e, request);
    }
    abortHandle.register(cursor::abort);
    try {
      cursor.header = cursor.reader.readHeader();
      return cursor;
    } catch (IOException e) {
      HranaException failure = cursor.failure(e);
      cursor.close();
      throw failure;
    }
  }

  @Override
  public CursorHeader header() {
    return header;
  }

  @Override
  public CursorEntry next() throws HranaException {
    if (closed) {
      throw new IllegalStateException("the cursor is closed");
    }
    if (finished) {
      return null;
    }
    try {
      CursorEntry entry = reader.readEntry();
      finished = entry == null;
      return entry;
    } catch (IOException e) {
      throw failure(e);
    }
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    abortHandle.clear();
    closeQuietly(reader);
    listener.cursorClosed(!broken && !aborted);
  }

  /** Called from another thread: closing the body makes the reading thread's read fail at once. */
  private void abort() {
    aborted = true;
    closeQuietly(body);
  }

  private HranaException failure(IOException e) {
    broken = true;
    if (aborted) {
      return HttpFailures.cancelled(request, e);
    }
    if (e instanceof HranaJsonException json) {
      return HttpFailures.decode(json, 200, request);
    }
    return HttpFailures.transport(e, request);
  }

  private static void closeQuietly(AutoCloseable closeable) {
    try {
      closeable.close();
    } catch (Exception e) {
      // The body is being abandoned; a failure to close it changes nothing for the caller.
      LOG.debug("closing a cursor body failed", e);
    }
  }
}
