package dev.libsql4j.hrana.message;

import java.util.List;

/**
 * One SQL statement to execute: either SQL text or the id of text stored with {@code store_sql}
 * (exactly one of {@code sql} and {@code sqlId}), positional or named arguments (never both), and
 * whether the client wants rows back.
 *
 * @param sql the statement text, or {@code null} when {@code sqlId} is used
 * @param sqlId the id of stored SQL, or {@code null} when {@code sql} is used
 * @param args positional arguments bound to {@code ?} and {@code ?NNN}; never null
 * @param namedArgs named arguments bound to {@code :x}, {@code @x}, {@code $x}; never null
 * @param wantRows whether rows are wanted ({@code null} = protocol default, true)
 * @param replicationIndex sqld extension: a replica waits until it has applied this frame; may be null
 */
public record Stmt(String sql, Integer sqlId, List<Value> args, List<NamedArg> namedArgs,
                   Boolean wantRows, Long replicationIndex) {

  public Stmt {
    if ((sql == null) == (sqlId == null)) {
      throw new IllegalArgumentException("exactly one of sql and sqlId must be given");
    }
    args = args == null ? List.of() : List.copyOf(args);
    namedArgs = namedArgs == null ? List.of() : List.copyOf(namedArgs);
  }

  /** A statement with SQL text and no arguments that wants rows. */
  public static Stmt of(String sql) {
    return new Stmt(sql, null, List.of(), List.of(), null, null);
  }

  /** A statement with SQL text and positional arguments that wants rows. */
  public static Stmt of(String sql, List<Value> args) {
    return new Stmt(sql, null, args, List.of(), null, null);
  }

  /** Returns a copy that asks (or not) for rows. */
  public Stmt withWantRows(boolean want) {
    return new Stmt(sql, sqlId, args, namedArgs, want, replicationIndex);
  }

  /** Returns a copy that carries a minimum replication index. */
  public Stmt withReplicationIndex(Long index) {
    return new Stmt(sql, sqlId, args, namedArgs, wantRows, index);
  }
}
