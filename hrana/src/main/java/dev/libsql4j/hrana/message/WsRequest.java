package dev.libsql4j.hrana.message;

/**
 * A request over a Hrana WebSocket. Streams and cursors are named by ids the client chooses (unique
 * among the open ones of the socket); stored SQL belongs to the socket, not to a stream, and is
 * stored and forgotten with {@link StreamRequest.StoreSql} and {@link StreamRequest.CloseSql} sent
 * on their own (the same records as in an HTTP pipeline). Requests on one stream run in order;
 * answers of different streams may come in any order.
 */
public sealed interface WsRequest permits WsRequest.OpenStream, WsRequest.CloseStream,
    WsRequest.OnStream, StreamRequest.StoreSql, StreamRequest.CloseSql, WsRequest.OpenCursor,
    WsRequest.FetchCursor, WsRequest.CloseCursor {

  /** The wire name of this request kind. */
  String type();

  /** Opens stream {@code streamId} (a new server-side SQLite connection). */
  record OpenStream(int streamId) implements WsRequest {
    @Override
    public String type() {
      return "open_stream";
    }
  }

  /** Closes a stream; its open transaction is rolled back. */
  record CloseStream(int streamId) implements WsRequest {
    @Override
    public String type() {
      return "close_stream";
    }
  }

  /**
   * A statement-level request on a stream: {@code execute}, {@code batch}, {@code sequence},
   * {@code describe} or {@code get_autocommit}, with the same fields as in an HTTP pipeline.
   */
  record OnStream(int streamId, StreamRequest request) implements WsRequest {
    public OnStream {
      if (request instanceof StreamRequest.Close || request instanceof StreamRequest.StoreSql
          || request instanceof StreamRequest.CloseSql) {
        throw new IllegalArgumentException(request.type()
            + " is not a stream request over WebSocket: send CloseStream, or StoreSql/CloseSql on their own");
      }
    }

    @Override
    public String type() {
      return request.type();
    }
  }

  /** Hrana 3: runs {@code batch} on a stream as cursor {@code cursorId} (one open cursor per stream). */
  record OpenCursor(int streamId, int cursorId, Batch batch) implements WsRequest {
    @Override
    public String type() {
      return "open_cursor";
    }
  }

  /** Hrana 3: asks for up to {@code maxCount} further entries of a cursor. */
  record FetchCursor(int cursorId, int maxCount) implements WsRequest {
    @Override
    public String type() {
      return "fetch_cursor";
    }
  }

  /** Hrana 3: closes a cursor, abandoning what was not fetched. */
  record CloseCursor(int cursorId) implements WsRequest {
    @Override
    public String type() {
      return "close_cursor";
    }
  }
}
