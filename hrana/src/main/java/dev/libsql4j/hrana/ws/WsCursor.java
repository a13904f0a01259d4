package dev.libsql4j.hrana.ws;

import dev.libsql4j.hrana.http.HranaCursor;
import dev.libsql4j.hrana.http.HranaException;
import dev.libsql4j.hrana.message.CursorEntry;
import dev.libsql4j.hrana.message.CursorHeader;
import dev.libsql4j.hrana.message.WsRequest;
import dev.libsql4j.hrana.message.WsResponse;
import dev.libsql4j.hrana.message.WsServerMsg;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * A cursor over WebSocket ({@code open_cursor}, then {@code fetch_cursor} for
 * {@link #FETCH_ENTRIES} entries at a time). The next fetch is sent as soon as a batch of entries
 * arrives, so reading rarely waits, while memory holds at most two batches however many rows there
 * are. Closing sends {@code close_cursor} (the stream stays usable) and frees the stream.
 */
final class WsCursor implements HranaCursor {

  /** Entries per {@code fetch_cursor}: large enough to amortize the round trip, small in memory. */
  static final int FETCH_ENTRIES = 1024;

  private static final CursorHeader NO_BATON = new CursorHeader(null, null);

  private final WsStream stream;
  private final WsSocket socket;
  private final int cursorId;
  private final ArrayDeque<CursorEntry> buffered = new ArrayDeque<>();
  private CompletableFuture<WsServerMsg> nextFetch;
  private boolean broken;
  private boolean closed;

  WsCursor(WsStream stream, WsSocket socket, int cursorId, CompletableFuture<WsServerMsg> firstFetch) {
    this.stream = stream;
    this.socket = socket;
    this.cursorId = cursorId;
    this.nextFetch = firstFetch;
  }

  /** A WebSocket stream has no baton: the header is empty. */
  @Override
  public CursorHeader header() {
    return NO_BATON;
  }

  @Override
  public CursorEntry next() throws HranaException {
    if (closed) {
      throw new IllegalStateException("the cursor is closed");
    }
    while (buffered.isEmpty()) {
      if (nextFetch == null) {
        return null;
      }
      receive();
    }
    return buffered.poll();
  }

  private void receive() throws HranaException {
    WsServerMsg answer;
    try {
      answer = stream.await(nextFetch, Long.MAX_VALUE);
    } catch (HranaException e) {
      broken = true;
      throw e;
    }
    nextFetch = null;
    if (answer instanceof WsServerMsg.ResponseError error) {
      buffered.add(new CursorEntry.Error(error.error()));
      return;
    }
    WsResponse.FetchCursor fetched = (WsResponse.FetchCursor) ((WsServerMsg.ResponseOk) answer).response();
    if (!fetched.done()) {
      try {
        nextFetch = socket.send(List.of(new WsRequest.FetchCursor(cursorId, FETCH_ENTRIES)), Set.of()).get(0);
      } catch (HranaException e) {
        broken = true;
        throw e;
      }
    }
    buffered.addAll(fetched.entries());
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    buffered.clear();
    socket.sendQuietly(new WsRequest.CloseCursor(cursorId));
    socket.releaseCursorId(cursorId);
    stream.cursorClosed(!broken);
  }
}
