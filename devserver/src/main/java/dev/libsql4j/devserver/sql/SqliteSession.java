package dev.libsql4j.devserver.sql;

import dev.libsql4j.devserver.error.StatementException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.ReentrantLock;
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
  /** Held while a statement runs or the session's state changes; another writer may abort it. */
  private final ReentrantLock inUse = new ReentrantLock();
  private boolean holdsWriteGate;
  private boolean readOnlyTransaction;
  /** The transaction was rolled back for another writer; this request's statements fail. */
  private boolean timedOut;
  /** A statement changed connection state a later stream must not inherit (PRAGMA, ATTACH). */
  private boolean stateChanged;

  /** Opens a connection to {@code database}. */
  public SqliteSession(Database database) throws SQLException {
    this.database = database;
    this.connection = database.borrow();
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
  public boolean inReadOnlyTransaction() {
    return readOnlyTransaction;
  }

  /**
   * Whether no transaction is open ({@code sqlite3_get_autocommit}, which sqlite-jdbc does not expose):
   * a deferred {@code BEGIN} succeeds only outside a transaction and is undone at once; it touches no
   * file, so the probe is cheap and has no effect.
   */
  public boolean isAutocommit() throws SQLException {
    inUse.lock();
    try (Statement probe = connection.createStatement()) {
      try {
        probe.execute("BEGIN");
      } catch (SQLException inTransaction) {
        return false;
      }
      probe.execute("ROLLBACK");
      return true;
    } finally {
      inUse.unlock();
    }
  }

  /** Takes the write gate for a writing statement, unless this session already holds it. */
  void beforeWrite() throws StatementException {
    if (holdsWriteGate || readOnlyTransaction) {
      // In a read-only transaction the write is left to SQLite, which refuses it (query_only).
      return;
    }
    try {
      if (!database.acquireWriteGate(this)) {
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
      database.releaseWriteGate(this);
    }
  }

  private void setQueryOnly(boolean on) throws SQLException {
    try (Statement pragma = connection.createStatement()) {
      pragma.execute("PRAGMA query_only=" + (on ? "1" : "0"));
    }
  }

  /**
   * Notes a statement that changes connection state beyond the transaction ({@code PRAGMA} settings,
   * {@code ATTACH}): the connection is then not handed to another stream.
   */
  void noteStatement(SqlText.Statement statement) {
    String first = statement.keyword(0);
    if (first.equals("PRAGMA") || first.equals("ATTACH") || first.equals("DETACH")) {
      stateChanged = true;
    }
  }

  /**
   * Rolls back what is open, releases the gate and gives the connection back to the database, which
   * keeps it for another stream only if nothing of this stream is left on it (no transaction, no
   * changed setting, no temporary object).
   */
  @Override
  public void close() {
    inUse.lock();
    boolean clean = false;
    try {
      rollback();
      clean = !stateChanged && !timedOut && hasNoTemporaryObjects();
    } catch (SQLException ignored) {
      // Not reusable; SQLite rolls back on close anyway.
    } finally {
      if (holdsWriteGate) {
        holdsWriteGate = false;
        database.releaseWriteGate(this);
      }
      database.giveBack(connection, clean);
      inUse.unlock();
    }
  }

  private boolean hasNoTemporaryObjects() throws SQLException {
    try (Statement query = connection.createStatement();
         ResultSet rows = query.executeQuery("SELECT 1 FROM temp.sqlite_schema LIMIT 1")) {
      return !rows.next();
    }
  }

  /** Runs a statement's work exclusively: no other writer can abort the transaction meanwhile. */
  void lock() throws StatementException {
    inUse.lock();
    if (timedOut) {
      inUse.unlock();
      throw StatementException.of("TRANSACTION_TIMEOUT",
          "Transaction timed out: it held the write lock too long while another writer waited");
    }
  }

  /** Ends what {@link #lock()} began. */
  void unlock() {
    inUse.unlock();
  }

  /**
   * Called by another session waiting for the write gate once this session's transaction is older
   * than the transaction timeout: rolls it back unless a statement is running right now. Like sqld,
   * the rest of the current or next request then fails with {@code TRANSACTION_TIMEOUT}.
   */
  void abortTransaction() {
    if (!inUse.tryLock()) {
      return;
    }
    try {
      if (holdsWriteGate) {
        timedOut = true;
        rollback();
      }
    } catch (SQLException e) {
      // The connection is unusable; closing the stream will release what is left.
    } finally {
      inUse.unlock();
    }
  }

  /** A request on the stream is over: after a timed-out transaction, the next runs in autocommit. */
  public void endRequest() {
    inUse.lock();
    try {
      timedOut = false;
    } finally {
      inUse.unlock();
    }
  }
}
