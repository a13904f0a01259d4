package dev.libsql4j.jdbc.routing;

/** What a statement reported to a {@link RoutingListener} did. */
public enum WorkKind {
  /** A query ({@code SELECT}, {@code VALUES}, {@code EXPLAIN}) or a {@code describe}. */
  READ,
  /** Anything else: DML, DDL, PRAGMA, scripts, batches, {@code COMMIT}. */
  WRITE
}
