package dev.libsql4j.hrana.message;

/** The successful answer to a {@link StreamRequest}; {@link #type()} equals the request's type. */
public sealed interface StreamResponse permits StreamResponse.Close, StreamResponse.Execute,
    StreamResponse.BatchResponse, StreamResponse.Sequence, StreamResponse.Describe,
    StreamResponse.StoreSql, StreamResponse.CloseSql, StreamResponse.GetAutocommit {

  /** The wire name of this response kind. */
  String type();

  /** Answer to {@code close}. */
  record Close() implements StreamResponse {
    @Override
    public String type() {
      return "close";
    }
  }

  /** Answer to {@code execute}. */
  record Execute(StmtResult result) implements StreamResponse {
    @Override
    public String type() {
      return "execute";
    }
  }

  /** Answer to {@code batch}. */
  record BatchResponse(BatchResult result) implements StreamResponse {
    @Override
    public String type() {
      return "batch";
    }
  }

  /** Answer to {@code sequence}. */
  record Sequence() implements StreamResponse {
    @Override
    public String type() {
      return "sequence";
    }
  }

  /** Answer to {@code describe}. */
  record Describe(DescribeResult result) implements StreamResponse {
    @Override
    public String type() {
      return "describe";
    }
  }

  /** Answer to {@code store_sql}. */
  record StoreSql() implements StreamResponse {
    @Override
    public String type() {
      return "store_sql";
    }
  }

  /** Answer to {@code close_sql}. */
  record CloseSql() implements StreamResponse {
    @Override
    public String type() {
      return "close_sql";
    }
  }

  /** Answer to {@code get_autocommit}. */
  record GetAutocommit(boolean isAutocommit) implements StreamResponse {
    @Override
    public String type() {
      return "get_autocommit";
    }
  }
}
