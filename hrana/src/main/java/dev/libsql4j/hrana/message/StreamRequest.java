package dev.libsql4j.hrana.message;

/**
 * A request executed on a stream, as found in a pipeline ({@code requests[]}). The JSON {@code type}
 * of each kind is given by {@link #type()}.
 */
public sealed interface StreamRequest permits StreamRequest.Close, StreamRequest.Execute,
    StreamRequest.BatchRequest, StreamRequest.Sequence, StreamRequest.Describe,
    StreamRequest.StoreSql, StreamRequest.CloseSql, StreamRequest.GetAutocommit {

  /** The wire name of this request kind. */
  String type();

  /** Closes the stream; an open transaction is rolled back. */
  record Close() implements StreamRequest {
    @Override
    public String type() {
      return "close";
    }
  }

  /** Executes one statement. */
  record Execute(Stmt stmt) implements StreamRequest {
    @Override
    public String type() {
      return "execute";
    }
  }

  /** Executes a batch of conditional steps. */
  record BatchRequest(Batch batch) implements StreamRequest {
    @Override
    public String type() {
      return "batch";
    }
  }

  /** Executes several {@code ;}-separated statements, discarding rows; exactly one of sql/sqlId. */
  record Sequence(String sql, Integer sqlId, Long replicationIndex) implements StreamRequest {
    public Sequence {
      requireSqlOrId(sql, sqlId);
    }

    @Override
    public String type() {
      return "sequence";
    }
  }

  /** Describes a statement without executing it; exactly one of sql/sqlId. */
  record Describe(String sql, Integer sqlId, Long replicationIndex) implements StreamRequest {
    public Describe {
      requireSqlOrId(sql, sqlId);
    }

    @Override
    public String type() {
      return "describe";
    }
  }

  /**
   * Stores SQL text under a client-chosen id. In an HTTP pipeline the text belongs to the stream;
   * sent over a WebSocket as a {@link WsRequest} of its own it belongs to the whole socket (sqld: at
   * most 150 texts). One record for both, as the wire form is the same.
   */
  record StoreSql(int sqlId, String sql) implements StreamRequest, WsRequest {
    public StoreSql {
      if (sql == null) {
        throw new IllegalArgumentException("store_sql needs SQL text");
      }
    }

    @Override
    public String type() {
      return "store_sql";
    }
  }

  /** Forgets stored SQL text (of the stream, or over a WebSocket of the socket); an unknown id is not an error. */
  record CloseSql(int sqlId) implements StreamRequest, WsRequest {
    @Override
    public String type() {
      return "close_sql";
    }
  }

  /** Hrana 3: asks whether the stream is in autocommit mode. */
  record GetAutocommit() implements StreamRequest {
    @Override
    public String type() {
      return "get_autocommit";
    }
  }

  private static void requireSqlOrId(String sql, Integer sqlId) {
    if ((sql == null) == (sqlId == null)) {
      throw new IllegalArgumentException("exactly one of sql and sqlId must be given");
    }
  }
}
