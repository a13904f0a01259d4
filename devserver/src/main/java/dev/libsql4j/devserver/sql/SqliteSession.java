package dev.libsql4j.devserver.sql;

import dev.libsql4j.devserver.error.StatementException;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConnection;

/**
 * The SQLite connection behind one Hrana stream, with the transaction state the server keeps for it:
 * whether it holds its database's write gate, and whether its transaction is read-only.
 *
 * <p>Not thread-safe: a stream runs one request at a time.
 */
public final class SqliteSession implements AutoCloseable {

  private final Database database;
  private final SQLiteConnection connection;
  private boolean holdsWriteGate;
  private boolean readOnlyTransaction;

  /** Opens a connection to {@code database}. */
  public SqliteSession(Database database) throws SQLException {
    this.database = database;
    this.connection = database.connect();
  }

  /** The database this session works on. */
  public Database database() {
    return database;
  }

  /** The underlying connection, for the statement executor. */
  SQLiteConnection connection() {
    return connection;
  }

  /** Whether a read-only transaction is open (writes are refused until it ends). */
  boolean inReadOnlyTransaction() {
    return readOnlyTransaction;
  }

  /**
   * Whether no transaction is open ({@code sqlite3_get_autocommit}, which sqlite-jdbc does not expose):
   * a deferred {@code BEGIN} succeeds only outside a transaction and is undone at once; it touches no
   * file, so the probe is cheap and has no effect.
   */
  public boolean isAutocommit() throws SQLException {
    try (Statement probe = connection.createStatement()) {
      try {
        probe.execute("BEGIN");
      } catch (SQLException inTransaction) {
        return false;
      }
      probe.execute("ROLLBACK");
      return true;
    }
  }

  /** Takes the write gate for a writing statement, unless this session already holds it. */
  void beforeWrite() throws StatementException {
    if (holdsWriteGate || readOnlyTransaction) {
      // In a read-only transaction the write is left to SQLite, which refuses it (query_only).
      return;
    }
    try {
      if (!database.acquireWriteGate()) {
        throw StatementException.of("SQLITE_BUSY", "SQLite error: database is locked");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw StatementException.of("SQLITE_INTERRUPT", "SQLite error: interrupted");
    }
    holdsWriteGate = true;
  }

  /** Marks the transaction just begun as read-only: SQLite refuses writes until it ends. */
  void beginReadOnly() throws SQLException {
    setQueryOnly(true);
    readOnlyTransaction = true;
  }

  /**
   * Brings the server-side state in line with SQLite's after a statement: once the connection is back
   * in autocommit, the write gate is released and a read-only transaction's guard is lifted.
   */
  void afterStatement() throws SQLException {
    if ((holdsWriteGate || readOnlyTransaction) && isAutocommit()) {
      endTransactionState();
    }
  }

  /** Rolls back any open transaction, as an abandoned or closed stream must. */
  public void rollback() throws SQLException {
    if (!isAutocommit()) {
      try (Statement rollback = connection.createStatement()) {
        rollback.execute("ROLLBACK");
      }
    }
    endTransactionState();
  }

  private void endTransactionState() throws SQLException {
    if (readOnlyTransaction) {
      setQueryOnly(false);
      readOnlyTransaction = false;
    }
    if (holdsWriteGate) {
      holdsWriteGate = false;
      database.releaseWriteGate();
    }
  }

  private void setQueryOnly(boolean on) throws SQLException {
    try (Statement pragma = connection.createStatement()) {
      pragma.execute("PRAGMA query_only=" + (on ? "1" : "0"));
    }
  }

  /** Rolls back what is open, releases the gate and closes the connection. */
  @Override
  public void close() {
    try {
      rollback();
    } catch (SQLException ignored) {
      // The connection is going away; SQLite rolls back on close anyway.
    } finally {
      if (holdsWriteGate) {
        holdsWriteGate = false;
        database.releaseWriteGate();
      }
      try {
        connection.close();
      } catch (SQLException ignored) {
        // Nothing more to release.
      }
    }
  }
}
