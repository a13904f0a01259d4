package dev.libsql4j.devserver.sql;

import dev.libsql4j.devserver.error.StatementException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.sqlite.SQLiteCommitListener;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;

/**
 * One SQLite database file in WAL mode: the connections of its streams, the gate that serializes its
 * writers, and its {@link ReplicationIndex}. On a replica the file is a copy of the primary's, written
 * only by replication ({@link DatabaseImages#apply}); its streams only read.
 *
 * <p>Writers queue on a fair gate instead of meeting {@code SQLITE_BUSY}: a stream takes the gate
 * before its first writing statement and keeps it until it is back in autocommit. Readers never take
 * it; WAL lets them run beside the writer.
 */
public final class Database {

  private final Path file;
  private final Durability durability;
  private final Duration writeLockTimeout;
  private final Duration defaultTransactionTimeout;
  /** Per-namespace settings of the admin API (sqld's config); replaced whole, read without locking. */
  private volatile Settings settings;
  /** Idle connections kept for new streams. */
  private static final int MAX_IDLE = 16;

  private final Semaphore writeGate = new Semaphore(1, true);
  /** The session holding the gate and since when (System.nanoTime()); guarded by this. */
  private SqliteSession holder;
  private long heldSince;
  private final boolean replica;
  private final ReplicationIndex index;
  /** Connections of closed streams, kept for the next streams; guarded by itself. */
  private final Deque<SQLiteConnection> idle = new ArrayDeque<>();
  private boolean closed;

  /**
   * @param file the database file (created when missing)
   * @param durability how hard commits are pushed to disk
   * @param writeLockTimeout how long a writer waits for the gate before failing with SQLITE_BUSY
   * @param transactionTimeout how long a transaction may hold the gate while another writer waits
   *     before it is rolled back (sqld's {@code txn_timeout_s}, 5 s)
   * @param replica whether this is a replica's copy of a primary's database
   */
  public Database(Path file, Durability durability, Duration writeLockTimeout,
                  Duration transactionTimeout, boolean replica) {
    this.file = file;
    this.durability = durability;
    this.writeLockTimeout = writeLockTimeout;
    this.defaultTransactionTimeout = transactionTimeout;
    this.settings = new Settings(false, false, null, null);
    this.replica = replica;
    this.index = replica
        ? ReplicationIndex.applied() : ReplicationIndex.persistent(file.resolveSibling("replication_index"));
  }

  /** How hard a commit is pushed to disk before it is acknowledged. */
  public enum Durability {
    /**
     * {@code synchronous=NORMAL} in WAL mode: a commit is in the WAL file (the OS has it) when it is
     * acknowledged, so it survives the process being killed; a power loss may lose the last commits
     * (never corrupting the file). The right trade for a development server.
     */
    NORMAL,
    /** {@code synchronous=FULL}: every commit is fsynced; survives power loss, costs a sync per commit. */
    FULL
  }

  /** The database file. */
  public Path file() {
    return file;
  }

  /**
   * A connection for a new stream: one a closed stream left clean, else a new one. Reusing them is not
   * only cheaper (opening costs milliseconds): when the last connection to a WAL database closes,
   * SQLite checkpoints and removes the WAL, which a server opening a connection per request would pay
   * on every request.
   */
  SQLiteConnection borrow() throws SQLException {
    synchronized (idle) {
      SQLiteConnection connection = idle.pollFirst();
      if (connection != null) {
        return connection;
      }
    }
    return connect();
  }

  /** Takes back a stream's connection: kept when it is {@code clean} and there is room, else closed. */
  void giveBack(SQLiteConnection connection, boolean clean) {
    if (clean) {
      synchronized (idle) {
        if (!closed && idle.size() < MAX_IDLE) {
          idle.addFirst(connection);
          return;
        }
      }
    }
    closeQuietly(connection);
  }

  private static void closeQuietly(SQLiteConnection connection) {
    try {
      connection.close();
    } catch (SQLException ignored) {
      // Nothing more to release.
    }
  }

  /** Opens a new connection; the caller closes it. */
  public SQLiteConnection connect() throws SQLException {
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    // sqld turns foreign keys on for every connection (SQLite's default is off).
    config.enforceForeignKeys(true);
    config.setSynchronous(durability == Durability.FULL
        ? SQLiteConfig.SynchronousMode.FULL : SQLiteConfig.SynchronousMode.NORMAL);
    // Writers are serialized by the gate; the busy timeout only covers checkpoints and foreign access.
    config.setBusyTimeout((int) Math.min(Integer.MAX_VALUE, writeLockTimeout.toMillis()));
    SQLiteConnection connection = (SQLiteConnection) config.createConnection("jdbc:sqlite:" + file);
    if (!replica) {
      connection.getDatabase().addCommitListener(new SQLiteCommitListener() {
        @Override
        public void onCommit() {
          index.next();
        }

        @Override
        public void onRollback() {
          // Nothing was committed.
        }
      });
    }
    return connection;
  }

  /**
   * The admin API's per-namespace settings, as sqld applies them: {@code blockReads} refuses every
   * statement, {@code blockWrites} the writing ones, both with {@code BLOCKED} and the reason; a
   * {@code transactionTimeout} replaces the server's {@code --txn-timeout} (null: the server's).
   */
  public record Settings(boolean blockReads, boolean blockWrites, String blockReason, Duration transactionTimeout) {}

  /** Applies new settings to the statements and transactions that start from now on. */
  public void configure(Settings settings) {
    this.settings = settings;
  }

  /** Refuses a statement the settings block, with sqld's {@code BLOCKED} error. */
  void checkNotBlocked(boolean write) throws StatementException {
    Settings current = settings;
    if (current.blockReads() || write && current.blockWrites()) {
      throw StatementException.of("BLOCKED", "Operation was blocked"
          + (current.blockReason() == null ? "" : ": " + current.blockReason()));
    }
  }

  private Duration transactionTimeout() {
    Duration configured = settings.transactionTimeout();
    return configured == null ? defaultTransactionTimeout : configured;
  }

  /** Whether this is a replica's copy. */
  public boolean isReplica() {
    return replica;
  }

  /**
   * The replication index clients see: the number of the last commit, or null before the first one
   * (sqld: null on a database that has never been written). On a replica, the primary's index it has
   * applied.
   */
  public Long replicationIndex() {
    return index.current();
  }

  /** The counter behind {@link #replicationIndex()}, for replication. */
  public ReplicationIndex index() {
    return index;
  }

  /**
   * On a replica, waits until it has applied at least the primary's index {@code wanted} (no timeout,
   * as sqld). On a primary, and for null, returns at once: sqld's primary ignores the field.
   */
  public void awaitReplicationIndex(Long wanted) throws InterruptedException {
    if (replica && wanted != null) {
      index.awaitAtLeast(wanted, null);
    }
  }

  /** Closes the idle connections, releases the index file and wakes every request waiting for replication. */
  public void close() {
    synchronized (idle) {
      closed = true;
      idle.forEach(Database::closeQuietly);
      idle.clear();
    }
    index.close();
  }

  /**
   * Waits for the write gate; false when {@code writeLockTimeout} passed first. Like sqld, a waiter
   * takes the gate from a transaction that has held it for longer than the transaction timeout: that
   * transaction is rolled back (once its current statement, if any, is done).
   */
  boolean acquireWriteGate(SqliteSession session) throws InterruptedException {
    long deadline = System.nanoTime() + writeLockTimeout.toNanos();
    while (true) {
      long now = System.nanoTime();
      long wait = Math.min(deadline - now, untilHolderTimesOut(now));
      if (writeGate.tryAcquire(Math.max(wait, TimeUnit.MILLISECONDS.toNanos(1)), TimeUnit.NANOSECONDS)) {
        synchronized (this) {
          holder = session;
          heldSince = System.nanoTime();
        }
        return true;
      }
      if (System.nanoTime() - deadline >= 0) {
        return false;
      }
      SqliteSession expired = expiredHolder();
      if (expired != null) {
        expired.abortTransaction();
      }
    }
  }

  private synchronized long untilHolderTimesOut(long now) {
    return holder == null ? Long.MAX_VALUE : heldSince + transactionTimeout().toNanos() - now;
  }

  private synchronized SqliteSession expiredHolder() {
    boolean expired = holder != null && System.nanoTime() - heldSince >= transactionTimeout().toNanos();
    return expired ? holder : null;
  }

  /** Takes the gate without a timeout and without aborting anyone: a snapshot waits for commits to end. */
  void acquireWriteGateQuietly() throws InterruptedException {
    writeGate.acquire();
  }

  /** Releases what {@link #acquireWriteGateQuietly()} took. */
  void releaseWriteGateQuietly() {
    writeGate.release();
  }

  /** Opens the gate for the next writer. */
  void releaseWriteGate(SqliteSession session) {
    synchronized (this) {
      if (holder == session) {
        holder = null;
      }
    }
    writeGate.release();
  }
}
