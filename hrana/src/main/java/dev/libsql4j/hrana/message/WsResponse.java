package dev.libsql4j.hrana.message;

import java.util.List;

/** The successful answer to a {@link WsRequest}. */
public sealed interface WsResponse permits WsResponse.OpenStream, WsResponse.CloseStream,
    WsResponse.OfStream, WsResponse.OpenCursor, WsResponse.FetchCursor, WsResponse.CloseCursor {

  /** Answer to {@code open_stream}. */
  record OpenStream() implements WsResponse {}

  /** Answer to {@code close_stream}. */
  record CloseStream() implements WsResponse {}

  /**
   * Answer to a request shared with HTTP pipelines ({@code execute}, {@code batch},
   * {@code sequence}, {@code describe}, {@code store_sql}, {@code close_sql},
   * {@code get_autocommit}), in the same shape.
   */
  record OfStream(StreamResponse response) implements WsResponse {}

  /** Answer to {@code open_cursor}. */
  record OpenCursor() implements WsResponse {}

  /** Answer to {@code fetch_cursor}: the next entries, and whether the cursor has no more. */
  record FetchCursor(List<CursorEntry> entries, boolean done) implements WsResponse {
    public FetchCursor {
      entries = List.copyOf(entries);
    }
  }

  /** Answer to {@code close_cursor}. */
  record CloseCursor() implements WsResponse {}
}
