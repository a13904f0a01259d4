package dev.libsql4j.hibernate;

import dev.libsql4j.jdbc.LibSqlConnection;
import dev.libsql4j.jdbc.config.TransactionMode;
import jakarta.persistence.Timeout;
import java.sql.Connection;
import java.sql.SQLException;
import org.hibernate.Timeouts;
import org.hibernate.UnsupportedLockAttemptException;
import org.hibernate.dialect.lock.PessimisticLockStyle;
import org.hibernate.dialect.lock.spi.ConnectionLockTimeoutStrategy;
import org.hibernate.dialect.lock.spi.LockTimeoutType;
import org.hibernate.dialect.lock.spi.LockingSupport;
import org.hibernate.dialect.lock.spi.OuterJoinLockingType;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.exception.JDBCConnectionException;

/**
 * Pessimistic locks on libSQL: honoured by the transaction itself, or refused.
 *
 * <p>SQLite has no row locks and no {@code SELECT … FOR UPDATE}; its unit of locking is the whole
 * database. The libsql4j driver begins read-write transactions with {@code BEGIN IMMEDIATE} by
 * default ({@code transactionMode=immediate}), which takes the database's write lock with the
 * transaction's first statement and keeps it until commit. Every row such a transaction reads is
 * therefore already protected as {@code PESSIMISTIC_READ} and {@code PESSIMISTIC_WRITE} require
 * (more than required: the whole database is locked against other writers).
 *
 * <p>So the lock needs no SQL; what it needs is a check that the transaction really is such a
 * transaction. Hibernate runs a lock-timeout "pre-action" on the JDBC connection before every
 * pessimistically locked query (because {@link #getLockTimeoutType} answers
 * {@link LockTimeoutType#CONNECTION}); this class uses that hook to inspect the connection, at no
 * network cost, and throws {@link UnsupportedLockAttemptException} when the lock would not hold:
 * in autocommit mode, in a read-only transaction ({@code BEGIN TRANSACTION READONLY} takes no write
 * lock), with {@code transactionMode=deferred}, or on a connection of another driver. A lock
 * request is never silently ignored.
 */
final class WriteTransactionLocking implements LockingSupport, LockingSupport.Metadata, ConnectionLockTimeoutStrategy {

  static final WriteTransactionLocking INSTANCE = new WriteTransactionLocking();

  private WriteTransactionLocking() {
  }

  @Override
  public Metadata getMetadata() {
    return this;
  }

  @Override
  public ConnectionLockTimeoutStrategy getConnectionLockTimeoutStrategy() {
    return this;
  }

  @Override
  public PessimisticLockStyle getPessimisticLockStyle() {
    return PessimisticLockStyle.NONE;
  }

  /** Always {@code CONNECTION}, so that every locked query passes {@link #getLockTimeout} first. */
  @Override
  public LockTimeoutType getLockTimeoutType(Timeout timeout) {
    return LockTimeoutType.CONNECTION;
  }

  @Override
  public OuterJoinLockingType getOuterJoinLockingType() {
    // The database lock covers every table of the query, outer-joined or not.
    return OuterJoinLockingType.FULL;
  }

  @Override
  public Level getSupportedLevel() {
    return Level.EXTENDED;
  }

  /**
   * Checks that {@code connection} holds, or will hold with its next statement, the database's
   * write lock for the rest of the transaction.
   *
   * @throws UnsupportedLockAttemptException when it does not
   */
  @Override
  public Timeout getLockTimeout(Connection connection, SessionFactoryImplementor factory) {
    requireWriteTransaction(connection);
    return Timeouts.WAIT_FOREVER;
  }

  /**
   * Nothing to set: the lock is the transaction's, taken before any row is read, so there is no
   * per-row wait to bound. A competing writer makes the transaction's first statement wait for
   * sqld's busy timeout and then fail with {@code SQLITE_BUSY} (a {@code LockAcquisitionException}).
   */
  @Override
  public void setLockTimeout(Timeout timeout, Connection connection, SessionFactoryImplementor factory) {
    // see Javadoc: the transaction's write lock needs no timeout setting
  }

  static void requireWriteTransaction(Connection connection) {
    try {
      if (!connection.isWrapperFor(LibSqlConnection.class)) {
        throw refused("the connection is not a libsql4j connection (jdbc:libsql:), so nothing would take the lock");
      }
      LibSqlConnection libSql = connection.unwrap(LibSqlConnection.class);
      if (libSql.getAutoCommit()) {
        throw refused("there is no transaction (autocommit): run the locking query inside a transaction");
      }
      if (libSql.isReadOnly()) {
        throw refused("the transaction is read-only (BEGIN TRANSACTION READONLY takes no write lock): "
            + "use a read-write transaction");
      }
      if (libSql.transactionMode() != TransactionMode.IMMEDIATE) {
        throw refused("the driver begins transactions with " + libSql.transactionMode().beginSql()
            + ", which takes no lock up front: connect with transactionMode=immediate (the default)");
      }
    } catch (SQLException e) {
      throw new JDBCConnectionException("cannot inspect the connection for a pessimistic lock", e);
    }
  }

  private static UnsupportedLockAttemptException refused(String reason) {
    return new UnsupportedLockAttemptException(
        "libSQL has no row locks; a pessimistic lock is honoured by a transaction that holds the database's "
            + "write lock (BEGIN IMMEDIATE), but " + reason);
  }
}
