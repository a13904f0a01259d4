package dev.libsql4j.jdbc;

import dev.libsql4j.hrana.message.Col;
import dev.libsql4j.hrana.message.Stmt;
import dev.libsql4j.hrana.message.StmtResult;
import dev.libsql4j.hrana.message.Value;
import dev.libsql4j.jdbc.error.ResponseTooLargeException;
import dev.libsql4j.jdbc.error.SqlState;
import dev.libsql4j.jdbc.exec.BatchOutcome;
import dev.libsql4j.jdbc.exec.BufferedRows;
import dev.libsql4j.jdbc.exec.Session;
import dev.libsql4j.jdbc.sql.ParameterBinder;
import dev.libsql4j.jdbc.sql.ParsedSql;
import dev.libsql4j.jdbc.sql.SqlScanner;
import dev.libsql4j.jdbc.sql.StatementKind;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A statement that runs SQL text. Each execution is one HTTP request in autocommit mode (see
 * {@link Session} for the wire patterns); {@link #executeBatch()} sends the whole batch in one
 * request.
 *
 * <p>A query streams through a cursor when the fetch size is positive (statement or
 * {@code defaultFetchSize}), otherwise its rows arrive with the response. SQL holding several
 * statements ({@code a; b}) runs as a script and returns no rows.
 */
public class LibSqlStatement implements Statement, SelfWrapper {

  private static final Value[] NO_VALUES = new Value[0];

  final LibSqlConnection connection;
  final Session session;
  private final List<String> batch = new ArrayList<>();
  private LibSqlResultSet resultSet;
  private LibSqlResultSet generatedKeys;
  private long updateCount = -1;
  /** Rows changed by a statement that also returned rows ({@code INSERT … RETURNING}). */
  private long rowsChangedWithResult;
  private int fetchSize;
  private int queryTimeout;
  private long maxRows;
  private int maxFieldSize;
  private boolean poolable;
  private boolean closeOnCompletion;
  private volatile boolean closed;

  LibSqlStatement(LibSqlConnection connection) {
    this.connection = connection;
    this.session = connection.session();
    this.fetchSize = session.database().config().defaultFetchSize();
  }

  // ---------------------------------------------------------------- execution core

  /**
   * Executes {@code parsed} with {@code values} and keeps its result, update count and keys.
   *
   * @return true when the result is a result set
   */
  final boolean run(ParsedSql parsed, Value[] values, GeneratedKeys keys) throws SQLException {
    checkOpen();
    clearResults();
    if (parsed.statementCount() > 1) {
      if (parsed.parameterCount() > 0) {
        throw SqlState.SYNTAX_ERROR.create("Parameters are not supported in SQL with several statements");
      }
      session.executeScript(parsed.sql(), timeout());
      updateCount = 0;
      return false;
    }
    if (runAsTransactionControl(parsed)) {
      updateCount = 0;
      return false;
    }
    Stmt stmt = ParameterBinder.bind(parsed, keys.clause(parsed), values);
    if (!keys.wanted() && streams(parsed)) {
      return stream(stmt);
    }
    try {
      return absorb(parsed, keys, session.execute(stmt, timeout()));
    } catch (ResponseTooLargeException e) {
      // A query too big for one response is read-only, so running it again as a cursor is safe.
      if (keys.wanted() || !parsed.kind().isQuery() || !session.supportsCursors()) {
        throw e;
      }
      return stream(stmt);
    }
  }

  private boolean stream(Stmt stmt) throws SQLException {
    resultSet = new LibSqlResultSet(this, session.query(stmt, timeout()), maxRows);
    return true;
  }

  /** Takes a statement result apart into result set, update count and generated keys. */
  private boolean absorb(ParsedSql parsed, GeneratedKeys keys, StmtResult result) {
    if (keys.wanted()) {
      GeneratedKeys.Collector collector = keys.new Collector(parsed);
      collector.add(result);
      generatedKeys = LibSqlResultSet.of(this, collector.columns(), collector.rows());
    }
    if (!keys.rowsAreKeys(parsed) && !result.cols().isEmpty()) {
      resultSet = new LibSqlResultSet(this, new BufferedRows(result.cols(), result.rows()), maxRows);
      rowsChangedWithResult = result.affectedRowCount();
      return true;
    }
    updateCount = result.affectedRowCount();
    return false;
  }

  /** Whether a query should stream through a cursor rather than come back in one response. */
  private boolean streams(ParsedSql parsed) throws SQLException {
    return fetchSize > 0 && parsed.kind().isQuery() && session.supportsCursors();
  }

  /**
   * COMMIT/ROLLBACK/BEGIN written as SQL must go through the connection's state machine, or the
   * driver's idea of the transaction and the server's would part.
   *
   * @return true when the statement was handled here
   */
  private boolean runAsTransactionControl(ParsedSql parsed) throws SQLException {
    StatementKind kind = parsed.kind();
    if (kind == StatementKind.BEGIN && session.autoCommit()) {
      throw SqlState.INVALID_TRANSACTION_STATE.create("Use Connection.setAutoCommit(false) to start a "
          + "transaction: in autocommit mode every statement runs and commits on its own stream");
    }
    if (session.autoCommit()) {
      return false;
    }
    if (kind == StatementKind.COMMIT) {
      connection.commit();
      return true;
    }
    if (kind == StatementKind.ROLLBACK && !parsed.isRollbackToSavepoint()) {
      connection.rollback();
      return true;
    }
    return false;
  }

  /** The request timeout from {@link #setQueryTimeout(int)}, or null. */
  final Duration timeout() {
    return queryTimeout > 0 ? Duration.ofSeconds(queryTimeout) : null;
  }

  /**
   * Sends a batch and turns the outcome into update counts, or a {@link BatchUpdateException} whose
   * counts are those of the statements before the failing one (so its length is the failing
   * index).
   */
  final long[] runBatch(List<Stmt> stmts, String sharedSql, GeneratedKeys.Collector keys)
      throws SQLException {
    checkOpen();
    clearResults();
    if (stmts.isEmpty()) {
      return new long[0];
    }
    BatchOutcome outcome = session.executeBatch(stmts, sharedSql, timeout());
    long[] counts = new long[outcome.results().size()];
    for (int i = 0; i < counts.length; i++) {
      StmtResult result = outcome.results().get(i);
      counts[i] = result.affectedRowCount();
      if (keys != null) {
        keys.add(result);
      }
    }
    if (keys != null) {
      generatedKeys = LibSqlResultSet.of(this, keys.columns(), keys.rows());
    }
    SQLException failure = outcome.failure();
    if (failure != null) {
      String where = " (batch entry " + counts.length + " of " + stmts.size()
          + (outcome.rolledBack() ? "; the whole batch was rolled back)" : ")");
      throw new BatchUpdateException(failure.getMessage() + where, failure.getSQLState(),
          failure.getErrorCode(), counts, failure);
    }
    return counts;
  }

  private void clearResults() throws SQLException {
    if (resultSet != null) {
      LibSqlResultSet previous = resultSet;
      resultSet = null;
      previous.close();
    }
    generatedKeys = null;
    updateCount = -1;
    rowsChangedWithResult = 0;
  }

  /** Called by a result set of this statement when it closes. */
  void resultSetClosed(LibSqlResultSet closedSet) throws SQLException {
    if (closedSet == resultSet && closeOnCompletion) {
      close();
    }
  }

  // ---------------------------------------------------------------- Statement: SQL text

  @Override
  public ResultSet executeQuery(String sql) throws SQLException {
    return queryResult(execute(sql));
  }

  /** What {@code executeQuery} returns: the result set, or an error if the execution made none. */
  final ResultSet queryResult(boolean isResultSet) throws SQLException {
    if (!isResultSet) {
      throw SqlState.GENERAL_ERROR.create("The statement did not return a result set");
    }
    return resultSet;
  }

  @Override
  public int executeUpdate(String sql) throws SQLException {
    return (int) executeLargeUpdate(sql);
  }

  @Override
  public long executeLargeUpdate(String sql) throws SQLException {
    execute(sql);
    return updateCountOrZero();
  }

  /**
   * What an update call returns: the update count, or, for a statement that returned rows, the
   * rows it changed as the server counts them (1 for {@code INSERT … RETURNING} of one row, 0 for
   * a query, as sqlite-jdbc) rather than failing.
   */
  final long updateCountOrZero() throws SQLException {
    if (resultSet != null) {
      long changed = rowsChangedWithResult;
      clearResults();
      return changed;
    }
    return updateCount;
  }

  @Override
  public boolean execute(String sql) throws SQLException {
    return run(parseText(sql), NO_VALUES, GeneratedKeys.none());
  }

  @Override
  public boolean execute(String sql, int autoGeneratedKeys) throws SQLException {
    return run(parseText(sql), NO_VALUES, GeneratedKeys.of(autoGeneratedKeys));
  }

  @Override
  public boolean execute(String sql, int[] columnIndexes) throws SQLException {
    return run(parseText(sql), NO_VALUES, GeneratedKeys.indexes(columnIndexes));
  }

  @Override
  public boolean execute(String sql, String[] columnNames) throws SQLException {
    return run(parseText(sql), NO_VALUES, GeneratedKeys.columns(columnNames));
  }

  @Override
  public int executeUpdate(String sql, int autoGeneratedKeys) throws SQLException {
    return (int) executeLargeUpdate(sql, autoGeneratedKeys);
  }

  @Override
  public int executeUpdate(String sql, int[] columnIndexes) throws SQLException {
    return (int) executeLargeUpdate(sql, columnIndexes);
  }

  @Override
  public int executeUpdate(String sql, String[] columnNames) throws SQLException {
    return (int) executeLargeUpdate(sql, columnNames);
  }

  @Override
  public long executeLargeUpdate(String sql, int autoGeneratedKeys) throws SQLException {
    execute(sql, autoGeneratedKeys);
    return updateCountOrZero();
  }

  @Override
  public long executeLargeUpdate(String sql, int[] columnIndexes) throws SQLException {
    execute(sql, columnIndexes);
    return updateCountOrZero();
  }

  @Override
  public long executeLargeUpdate(String sql, String[] columnNames) throws SQLException {
    execute(sql, columnNames);
    return updateCountOrZero();
  }

  /** Scans SQL text given to the SQL-text methods; a PreparedStatement refuses them. */
  ParsedSql parseText(String sql) throws SQLException {
    checkOpen();
    return SqlScanner.scan(sql);
  }

  @Override
  public void addBatch(String sql) throws SQLException {
    parseText(sql);
    batch.add(sql);
  }

  @Override
  public void clearBatch() throws SQLException {
    checkOpen();
    batch.clear();
  }

  @Override
  public int[] executeBatch() throws SQLException {
    return toInts(executeLargeBatch());
  }

  @Override
  public long[] executeLargeBatch() throws SQLException {
    List<Stmt> stmts = new ArrayList<>(batch.size());
    for (String sql : batch) {
      stmts.add(Stmt.of(sql));
    }
    batch.clear();
    return runBatch(stmts, null, null);
  }

  private static int[] toInts(long[] counts) {
    int[] ints = new int[counts.length];
    for (int i = 0; i < counts.length; i++) {
      ints[i] = (int) Math.min(Integer.MAX_VALUE, counts[i]);
    }
    return ints;
  }

  // ---------------------------------------------------------------- results

  @Override
  public ResultSet getResultSet() throws SQLException {
    checkOpen();
    return resultSet;
  }

  @Override
  public int getUpdateCount() throws SQLException {
    return (int) getLargeUpdateCount();
  }

  @Override
  public long getLargeUpdateCount() throws SQLException {
    checkOpen();
    return updateCount;
  }

  @Override
  public boolean getMoreResults() throws SQLException {
    return getMoreResults(CLOSE_CURRENT_RESULT);
  }

  @Override
  public boolean getMoreResults(int current) throws SQLException {
    checkOpen();
    clearResults();
    return false;
  }

  @Override
  public ResultSet getGeneratedKeys() throws SQLException {
    checkOpen();
    return generatedKeys != null ? generatedKeys
        : LibSqlResultSet.of(this, List.of(new Col(GeneratedKeys.ROWID_LABEL, null)), List.of());
  }

  // ---------------------------------------------------------------- settings

  @Override
  public int getFetchSize() throws SQLException {
    checkOpen();
    return fetchSize;
  }

  /** A positive fetch size streams query results through {@code /v3/cursor}. */
  @Override
  public void setFetchSize(int rows) throws SQLException {
    checkOpen();
    Arguments.requireNonNegative(rows, "Fetch size");
    fetchSize = rows;
  }

  @Override
  public int getFetchDirection() {
    return ResultSet.FETCH_FORWARD;
  }

  @Override
  public void setFetchDirection(int direction) throws SQLException {
    if (direction != ResultSet.FETCH_FORWARD) {
      throw new SQLFeatureNotSupportedException("Only FETCH_FORWARD is supported", "0A000");
    }
  }

  @Override
  public int getQueryTimeout() throws SQLException {
    checkOpen();
    return queryTimeout;
  }

  /** Bounds each request of this statement; on expiry the request is aborted (HYT00). */
  @Override
  public void setQueryTimeout(int seconds) throws SQLException {
    checkOpen();
    Arguments.requireNonNegative(seconds, "Query timeout");
    queryTimeout = seconds;
  }

  @Override
  public int getMaxRows() throws SQLException {
    return (int) getLargeMaxRows();
  }

  @Override
  public void setMaxRows(int max) throws SQLException {
    setLargeMaxRows(max);
  }

  @Override
  public long getLargeMaxRows() throws SQLException {
    checkOpen();
    return maxRows;
  }

  @Override
  public void setLargeMaxRows(long max) throws SQLException {
    checkOpen();
    Arguments.requireNonNegative(max, "Max rows");
    maxRows = max;
  }

  @Override
  public int getMaxFieldSize() throws SQLException {
    checkOpen();
    return maxFieldSize;
  }

  /** Accepted and remembered; values are never truncated. */
  @Override
  public void setMaxFieldSize(int max) throws SQLException {
    checkOpen();
    maxFieldSize = max;
  }

  /** Accepted; there are no JDBC escapes to process. */
  @Override
  public void setEscapeProcessing(boolean enable) throws SQLException {
    checkOpen();
  }

  @Override
  public void setCursorName(String name) throws SQLException {
    throw new SQLFeatureNotSupportedException("Named cursors are not supported", "0A000");
  }

  @Override
  public int getResultSetConcurrency() {
    return ResultSet.CONCUR_READ_ONLY;
  }

  @Override
  public int getResultSetType() {
    return ResultSet.TYPE_FORWARD_ONLY;
  }

  @Override
  public int getResultSetHoldability() {
    return ResultSet.HOLD_CURSORS_OVER_COMMIT;
  }

  @Override
  public SQLWarning getWarnings() throws SQLException {
    checkOpen();
    return null;
  }

  @Override
  public void clearWarnings() throws SQLException {
    checkOpen();
  }

  @Override
  public Connection getConnection() throws SQLException {
    checkOpen();
    return connection;
  }

  @Override
  public boolean isPoolable() throws SQLException {
    checkOpen();
    return poolable;
  }

  @Override
  public void setPoolable(boolean poolable) throws SQLException {
    checkOpen();
    this.poolable = poolable;
  }

  @Override
  public void closeOnCompletion() throws SQLException {
    checkOpen();
    closeOnCompletion = true;
  }

  @Override
  public boolean isCloseOnCompletion() throws SQLException {
    checkOpen();
    return closeOnCompletion;
  }

  // ---------------------------------------------------------------- lifecycle

  /** Aborts the statement's request in flight (safe from another thread). */
  @Override
  public void cancel() throws SQLException {
    checkOpen();
    session.cancel();
  }

  @Override
  public void close() throws SQLException {
    if (closed) {
      return;
    }
    closed = true;
    batch.clear();
    try {
      clearResults();
    } finally {
      connection.statementClosed(this);
    }
  }

  @Override
  public boolean isClosed() {
    return closed;
  }

  final void checkOpen() throws SQLException {
    if (closed) {
      throw SqlState.FUNCTION_SEQUENCE_ERROR.create("The statement is closed");
    }
    connection.checkOpen();
  }

}
