package dev.libsql4j.devserver.stream;

import dev.libsql4j.devserver.error.ProtocolException;
import dev.libsql4j.devserver.error.StatementException;
import dev.libsql4j.devserver.sql.Database;
import dev.libsql4j.devserver.sql.SqliteSession;
import java.util.Map;
import java.util.concurrent.Semaphore;

/**
 * One Hrana stream on the server: a SQLite session, the SQL texts stored on it, and the bookkeeping the
 * {@link StreamRegistry} needs (current baton token, last use, whether a request is running on it).
 */
public final class ServerStream {

  private final String id;
  private final Database database;
  private final SqliteSession session;
  private final SqlStore sqlStore = new SqlStore();
  /** Held while a request (or a cursor's body) runs on the stream: requests are strictly serial. */
  final Semaphore busy = new Semaphore(1);
  /** The token the next request must carry; null while none is valid. Guarded by the registry. */
  String token;
  /** When the stream was last used, from System.nanoTime(). Guarded by the registry. */
  long lastUsedNanos;
  private boolean closed;

  ServerStream(String id, Database database, SqliteSession session) {
    this.id = id;
    this.database = database;
    this.session = session;
  }

  String id() {
    return id;
  }

  /** The database (namespace) the stream works on. */
  public Database database() {
    return database;
  }

  /** The stream's SQLite session. */
  public SqliteSession session() {
    return session;
  }

  /** Resolves a statement's SQL: its text, or the text stored under its id. */
  public String sql(String sql, Integer sqlId) throws ProtocolException {
    return sql != null ? sql : sqlStore.get(sqlId);
  }

  /** {@code store_sql}. */
  public void storeSql(int id, String sql) throws ProtocolException, StatementException {
    sqlStore.store(id, sql);
  }

  /** The SQL texts stored on the stream, by id (a copy). */
  public Map<Integer, String> storedSql() {
    return sqlStore.all();
  }

  /** {@code close_sql}. */
  public void closeSql(int id) {
    sqlStore.close(id);
  }

  /** Marks the stream closed by a {@code close} request; the registry frees it at the end. */
  public void markClosed() {
    closed = true;
  }

  /** Whether a {@code close} request closed the stream. */
  public boolean isClosed() {
    return closed;
  }
}
