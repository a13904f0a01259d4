package dev.libsql4j.jdbc.exec;

import dev.libsql4j.hrana.http.HranaCursor;
import dev.libsql4j.hrana.http.HranaException;
import dev.libsql4j.hrana.http.HranaStream;
import dev.libsql4j.hrana.http.ProtocolVersion;
import dev.libsql4j.hrana.message.Batch;
import dev.libsql4j.hrana.message.BatchResult;
import dev.libsql4j.hrana.message.DescribeResult;
import dev.libsql4j.hrana.message.HranaError;
import dev.libsql4j.hrana.message.Stmt;
import dev.libsql4j.hrana.message.StmtResult;
import dev.libsql4j.hrana.message.StreamRequest;
import dev.libsql4j.hrana.message.StreamResponse;
import dev.libsql4j.hrana.message.StreamResult;
import dev.libsql4j.jdbc.error.SqlExceptions;
import dev.libsql4j.jdbc.error.SqlState;
import dev.libsql4j.jdbc.routing.Node;
import dev.libsql4j.jdbc.routing.RoutingListener;
import dev.libsql4j.jdbc.routing.WorkKind;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The wire side of one JDBC connection: the state machine that decides which Hrana requests a
 * JDBC operation sends, with the fewest round trips.
 *
 * <ul>
 *   <li><b>Autocommit</b>: no stream is held. A statement is {@code [execute, close]} on a new
 *       stream (one request); a batch is {@code [store_sql?, batch(BEGIN, s1…sN, COMMIT, ROLLBACK),
 *       close]} (one request, all-or-nothing).</li>
 *   <li><b>Transaction</b>: nothing is sent when it starts. The first statement goes as
 *       {@code batch(BEGIN…, stmt)} on a new stream, which the session then owns; later statements
 *       use that stream, guarded on Hrana 3 by {@code not(is_autocommit)} so that a transaction the
 *       server rolled back is detected. {@code commit}/{@code rollback} are {@code [COMMIT|ROLLBACK,
 *       close]} in one request, or no request when nothing was sent.</li>
 * </ul>
 *
 * <p>With replicas, {@link StatementRouter} picks the node of each unit of work: reads in autocommit
 * mode go to a replica; a read-only transaction whose first statement is a query is served by
 * replicas statement by statement, without BEGIN (sqld forwards any transaction on a replica to the
 * primary), each read waiting for the highest replication index seen before in the transaction, so
 * its reads are monotonic though not one snapshot; everything else goes to the primary.
 *
 * <p>Connection-scoped PRAGMA settings made through the session are replayed at the start of
 * every new stream, in the same request ({@link ConnectionPragmas}).
 *
 * <p>A connection is used by one thread at a time; {@link #cancel()}, {@link #close()} and
 * {@link #isValid(Duration)} may come from other threads. Requests are serialized by a
 * {@link ReentrantLock}.
 */
public final class Session {

  private static final Logger LOG = LoggerFactory.getLogger(Session.class);
  private static final String READ_ONLY_BEGIN = "BEGIN TRANSACTION READONLY";
  private static final int MAX_STORED_SQL_BYTES = 5000;

  private final RemoteDatabase database;
  private final ReentrantLock lock = new ReentrantLock();
  private boolean autoCommit = true;
  private boolean readOnly;
  private HranaStream transaction;
  /** Over WebSocket: the connection's own stream, kept between statements (null until first used). */
  private HranaStream kept;
  private CursorRows openCursor;
  private final RequestSender sender;
  private final StatementRouter router;
  private final ConnectionPragmas pragmas = new ConnectionPragmas();
  /** A read-only transaction served by replicas without BEGIN (see the class comment). */
  private boolean replicaReads;
  /** The highest replication index the replica-served transaction saw: its later reads wait for it. */
  private long readFloor;
  /** The highest replication index the open transaction on the primary reported. */
  private long transactionIndex;
  private volatile boolean closed;

  /** A session on {@code database}, in autocommit mode. */
  public Session(RemoteDatabase database) {
    this.database = database;
    this.sender = new RequestSender(database.config().requestTimeout());
    this.router = new StatementRouter(database, sender);
  }

  /** Tells {@code listener} which node served each statement (null: nobody). */
  public void setRoutingListener(RoutingListener listener) {
    router.setListener(listener);
  }

  /** The database this session talks to. */
  public RemoteDatabase database() {
    return database;
  }

  // ---------------------------------------------------------------- state

  /** Whether each statement commits on its own. */
  public boolean autoCommit() {
    return autoCommit;
  }

  /**
   * Switches autocommit; switching it on commits an open transaction (JDBC rule). Switching it off
   * sends nothing: the transaction begins with the next statement.
   */
  public void setAutoCommit(boolean on) throws SQLException {
    if (on && !autoCommit) {
      commit();
    }
    autoCommit = on;
  }

  /** Whether transactions begin read-only. */
  public boolean readOnly() {
    return readOnly;
  }

  /** Sets the read-only hint; refused while a transaction is open on the server. */
  public void setReadOnly(boolean on) throws SQLException {
    if ((transaction != null || replicaReads) && on != readOnly) {
      throw SqlState.INVALID_TRANSACTION_STATE.create(
          "Cannot change the read-only mode while a transaction is in progress");
    }
    readOnly = on;
  }

  /** Whether a transaction is open on the server (something was sent since it began). */
  public boolean inTransaction() {
    return transaction != null;
  }

  /** The timeout applied to every request unless a shorter one is given; null = none. */
  public void setNetworkTimeout(Duration timeout) {
    sender.setNetworkTimeout(timeout);
  }

  /** The current network timeout, or null. */
  public Duration networkTimeout() {
    return sender.networkTimeout();
  }

  /** The protocol version in use. */
  public ProtocolVersion protocolVersion() throws SQLException {
    return database.protocolVersion();
  }

  /** Whether results can be streamed through {@code /v3/cursor}. */
  public boolean supportsCursors() throws SQLException {
    return protocolVersion() == ProtocolVersion.V3;
  }

  // ---------------------------------------------------------------- statements

  /** Executes one statement and returns its complete result. */
  public StmtResult execute(Stmt stmt, Duration timeout) throws SQLException {
    lock.lock();
    try {
      checkOpen();
      StmtResult result;
      if (autoCommit || replicaRead(stmt.sql())) {
        result = executeOnNewStream(stmt, timeout);
      } else {
        BatchResult batch = inTransactionBatch(List.of(stmt), null, timeout);
        int step = batch.stepResults().size() - 1;
        if (batch.stepErrors().get(step) != null) {
          throw stepError(batch.stepErrors().get(step));
        }
        result = batch.stepResults().get(step);
        servedInTransaction(router.isRead(stmt.sql()), result.replicationIndex());
      }
      pragmas.remember(stmt.sql());
      return result;
    } finally {
      lock.unlock();
    }
  }

  /** Runs one statement as {@code [execute, close]} on a new stream of the node its route picks. */
  private StmtResult executeOnNewStream(Stmt stmt, Duration timeout) throws SQLException {
    Route route = router.route(stmt.sql(), readFloor);
    Stmt sent = route.minIndex() > 0 ? stmt.withReplicationIndex(route.minIndex()) : stmt;
    List<StreamRequest> requests = List.of(new StreamRequest.Execute(sent), new StreamRequest.Close());
    // Work for the primary alone keeps the transport's own path (a kept WebSocket stream).
    Served<List<StreamResult>> served = route.nodes().size() == 1
        ? new Served<>(route.nodes().get(0), sendOnNewStream(requests, timeout)) : sendRouted(route, requests, timeout);
    StmtResult result = ((StreamResponse.Execute) okResponse(served.value().get(0))).result();
    onNewStream(served.node(), route.read(), result.replicationIndex());
    return result;
  }

  /** Reports a unit that ran on its own stream; a write feeds read-your-writes. */
  private void onNewStream(Node node, boolean read, Long index) {
    router.served(node, read ? WorkKind.READ : WorkKind.WRITE, index);
    if (read) {
      if (replicaReads && index != null) {
        readFloor = Math.max(readFloor, index);
      }
    } else {
      router.wrote(index);
    }
  }

  /** Reports a statement of the transaction on the primary; its commit feeds read-your-writes. */
  private void servedInTransaction(boolean read, Long index) {
    router.served(router.primaryNode(), read ? WorkKind.READ : WorkKind.WRITE, index);
    if (index != null) {
      transactionIndex = Math.max(transactionIndex, index);
    }
  }

  /**
   * Whether this statement of a transaction runs as a replica read: in a read-only transaction
   * whose first statement is a query (with replicas, unless the thread's hint wants the primary).
   * A statement that may write is refused (25006) once the transaction is served by replicas.
   */
  private boolean replicaRead(String sql) throws SQLException {
    boolean read = router.isRead(sql);
    if (replicaReads) {
      if (!read) {
        throw SqlState.READ_ONLY_SQL_TRANSACTION.create("This read-only transaction is served by replicas, "
            + "which cannot write in it; run writes in a read-write transaction (Connection.setReadOnly(false))");
      }
      return true;
    }
    if (transaction == null && readOnly && read && router.routing() && !router.readFromPrimary()) {
      replicaReads = true;
      readFloor = 0;
      return true;
    }
    return false;
  }

  /**
   * Asks the server what {@code sql} would return, without executing it: {@code [describe, close]}
   * on a new stream, or {@code describe} on the transaction's stream (which sees its uncommitted
   * schema).
   */
  public DescribeResult describe(String sql, Duration timeout) throws SQLException {
    lock.lock();
    try {
      checkOpen();
      StreamRequest describe = new StreamRequest.Describe(sql, null, null);
      StreamResult result;
      if (transaction == null) {
        result = sendOnNewStream(List.of(describe, new StreamRequest.Close()), timeout).get(0);
      } else {
        detachCursor();
        result = sendInTransaction(List.of(describe), timeout).get(0);
      }
      return ((StreamResponse.Describe) okResponse(result)).result();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Runs several {@code ;}-separated statements (a script), discarding rows. In autocommit it is
   * {@code [sequence, close]}; statements before a failure stay applied, as in SQLite.
   */
  public void executeScript(String sql, Duration timeout) throws SQLException {
    lock.lock();
    try {
      checkOpen();
      StreamRequest sequence = new StreamRequest.Sequence(sql, null, null);
      if (autoCommit) {
        okResponse(sendOnNewStream(List.of(sequence, new StreamRequest.Close()), timeout).get(0));
        return;
      }
      replicaRead(null);
      ensureTransaction(timeout);
      okResponse(sendInTransaction(List.of(sequence), timeout).get(0));
    } finally {
      lock.unlock();
    }
  }

  /**
   * Executes statements as one batch in one request.
   *
   * @param stmts the statements, in order
   * @param sharedSql the SQL text all statements share (a prepared batch), sent once with
   *     {@code store_sql}; null when the texts differ
   * @param timeout the request timeout, or null
   */
  public BatchOutcome executeBatch(List<Stmt> stmts, String sharedSql, Duration timeout) throws SQLException {
    lock.lock();
    try {
      checkOpen();
      boolean store = sharedSql != null && stmts.size() > 1
          && sharedSql.getBytes(StandardCharsets.UTF_8).length <= MAX_STORED_SQL_BYTES;
      List<Stmt> steps = store ? stored(stmts) : stmts;
      StreamRequest storeRequest = store ? new StreamRequest.StoreSql(0, sharedSql) : null;
      if (autoCommit) {
        return autocommitBatch(steps, storeRequest, timeout);
      }
      replicaRead(null);
      return transactionBatch(steps, storeRequest, timeout);
    } finally {
      lock.unlock();
    }
  }

  private static List<Stmt> stored(List<Stmt> stmts) {
    List<Stmt> byId = new ArrayList<>(stmts.size());
    for (Stmt stmt : stmts) {
      byId.add(new Stmt(null, 0, stmt.args(), stmt.namedArgs(), stmt.wantRows(), stmt.replicationIndex()));
    }
    return byId;
  }

  private BatchOutcome autocommitBatch(List<Stmt> stmts, StreamRequest store, Duration timeout)
      throws SQLException {
    StepChain chain = new StepChain(guard());
    chain.first(Stmt.of(beginSql()).withWantRows(false));
    for (Stmt stmt : stmts) {
      chain.chain(stmt);
    }
    int commit = chain.chain(Stmt.of("COMMIT").withWantRows(false));
    chain.rollbackUnless(commit);
    List<StreamRequest> requests = new ArrayList<>(3);
    if (store != null) {
      requests.add(store);
    }
    requests.add(new StreamRequest.BatchRequest(chain.build()));
    requests.add(new StreamRequest.Close());
    Served<List<StreamResult>> served = new Served<>(router.primaryNode(), sendOnNewStream(requests, timeout));
    BatchResult result = ((StreamResponse.BatchResponse) okResponse(served.value().get(requests.size() - 2))).result();
    onNewStream(served.node(), false, result.replicationIndex());
    if (result.stepErrors().get(0) != null) {
      return new BatchOutcome(List.of(), stepError(result.stepErrors().get(0)), true);
    }
    BatchOutcome outcome = outcome(result, 1, stmts.size(), true);
    if (outcome.failure() == null && result.stepErrors().get(commit) != null) {
      return new BatchOutcome(List.of(), stepError(result.stepErrors().get(commit)), true);
    }
    if (outcome.failure() == null && result.stepResults().get(commit) == null) {
      return new BatchOutcome(List.of(), SqlState.TRANSACTION_ROLLBACK.create(
          "The batch's transaction was rolled back by the server before COMMIT"), true);
    }
    return outcome;
  }

  private BatchOutcome transactionBatch(List<Stmt> stmts, StreamRequest store, Duration timeout)
      throws SQLException {
    BatchResult result = inTransactionBatch(stmts, store, timeout);
    servedInTransaction(false, result.replicationIndex());
    int first = result.stepResults().size() - stmts.size();
    return outcome(result, first, stmts.size(), false);
  }

  /**
   * Reads a batch result: the results of the user steps {@code first…first+count-1} up to the first
   * failure.
   */
  private BatchOutcome outcome(BatchResult result, int first, int count, boolean atomic) throws SQLException {
    List<StmtResult> done = new ArrayList<>(count);
    for (int i = first; i < first + count; i++) {
      HranaError error = result.stepErrors().get(i);
      if (error != null) {
        return new BatchOutcome(done, stepError(error), atomic);
      }
      StmtResult stepResult = result.stepResults().get(i);
      if (stepResult == null) {
        return new BatchOutcome(done, transactionLost(), atomic);
      }
      done.add(stepResult);
    }
    return new BatchOutcome(done, null, false);
  }

  /**
   * Runs {@code stmts} as one chained batch inside the transaction, beginning it on a new stream
   * when nothing was sent yet. Returns the batch result (user steps last).
   */
  private BatchResult inTransactionBatch(List<Stmt> stmts, StreamRequest store, Duration timeout)
      throws SQLException {
    detachCursor();
    boolean begin = transaction == null;
    StepChain chain = new StepChain(guard());
    if (begin) {
      chain.first(Stmt.of(beginSql()).withWantRows(false));
    }
    for (Stmt stmt : stmts) {
      chain.chain(stmt);
    }
    List<StreamRequest> requests = new ArrayList<>(3);
    if (store != null) {
      requests.add(store);
    }
    requests.add(new StreamRequest.BatchRequest(chain.build()));
    if (store != null) {
      // Stored SQL is scoped to the stream; forgetting it keeps us under sqld's 50-per-stream limit.
      requests.add(new StreamRequest.CloseSql(0));
    }
    int batchIndex = store != null ? 1 : 0;
    if (begin) {
      HranaStream stream = streamForWork();
      List<StreamResult> results = sendFirst(stream, requests, timeout);
      if (stream == kept && results.get(batchIndex) instanceof StreamResult.Error) {
        // The whole batch failed (e.g. RESPONSE_TOO_LARGE) after its BEGIN may have run: a new
        // stream starts clean, as a new stream per transaction does over HTTP.
        database.closeInBackground(kept);
      }
      BatchResult result = ((StreamResponse.BatchResponse) okResponse(results.get(batchIndex))).result();
      if (result.stepErrors().get(0) != null) {
        database.closeInBackground(stream);
        throw stepError(result.stepErrors().get(0));
      }
      transaction = stream;
      LOG.debug("Transaction began on a new stream");
      return result;
    }
    List<StreamResult> results = sendInTransaction(requests, timeout);
    BatchResult result = ((StreamResponse.BatchResponse) okResponse(results.get(batchIndex))).result();
    if (result.stepResults().get(0) == null && result.stepErrors().get(0) == null) {
      // The guard skipped the first step: the server ended the transaction on its own.
      throw transactionLost();
    }
    dropTransactionIfTimedOut(result.stepErrors());
    return result;
  }

  /** Opens the transaction with a BEGIN alone, for requests that cannot carry it in a batch. */
  private void ensureTransaction(Duration timeout) throws SQLException {
    detachCursor();
    if (transaction == null) {
      HranaStream stream = streamForWork();
      List<StreamResult> results = sendFirst(stream,
          List.of(new StreamRequest.Execute(Stmt.of(beginSql()).withWantRows(false))), timeout);
      okResponse(results.get(0));
      transaction = stream;
    }
  }

  /**
   * Streams the rows of a query through {@code /v3/cursor}; memory holds one row at a time. In
   * autocommit the cursor's stream is closed in the background when the rows are done; in a
   * transaction the cursor runs on the transaction's stream (with the BEGIN when it is the first
   * statement).
   */
  public RowSource query(Stmt stmt, Duration timeout) throws SQLException {
    lock.lock();
    try {
      checkOpen();
      if (autoCommit || replicaRead(stmt.sql())) {
        return queryOnNewStream(stmt, timeout);
      }
      detachCursor();
      boolean begin = transaction == null;
      HranaStream stream = begin ? streamForWork() : transaction;
      StepChain chain = new StepChain(guard());
      int beginStep = -1;
      if (begin) {
        settingsFor(stream).forEach(chain::always);
        beginStep = chain.first(Stmt.of(beginSql()).withWantRows(false));
      }
      int target = chain.chain(stmt);
      CursorRows rows = openTransactionCursor(stream, chain.build(), target, timeout);
      transaction = stream;
      openCursor = rows;
      try {
        rows.start();
      } catch (SQLException e) {
        if (begin && rows.failedStep() == beginStep) {
          transaction = null;
          database.closeInBackground(stream);
        }
        throw e;
      }
      if (rows.skipped()) {
        throw transactionLost();
      }
      servedInTransaction(router.isRead(stmt.sql()), null);
      return rows;
    } finally {
      lock.unlock();
    }
  }

  /** A cursor and the stream it runs on (closed in the background when the rows are done). */
  private record StreamCursor(HranaStream stream, HranaCursor cursor) {}

  /** Streams a query on a new stream of the node its route picks; the stream is closed afterwards. */
  private RowSource queryOnNewStream(Stmt stmt, Duration timeout) throws SQLException {
    Route route = router.route(stmt.sql(), readFloor);
    StepChain single = new StepChain(false);
    pragmas.statements().forEach(single::always);
    int target = single.chain(stmt);
    Batch built = single.build();
    Batch batch = route.minIndex() > 0 ? new Batch(built.steps(), route.minIndex()) : built;
    Served<StreamCursor> served = router.send(route, timeout,
        (stream, t) -> new StreamCursor(stream, sender.cursor(stream, batch, t)),
        cursor -> OptionalLong.empty(), // its replication index comes after its rows
        stream -> {
          try {
            return new StreamCursor(stream, sender.cursor(stream, batch, timeout));
          } catch (HranaException e) {
            throw sender.failure(e, false);
          }
        });
    HranaStream stream = served.value().stream();
    CursorRows rows = new CursorRows(served.value().cursor(), target, false, false,
        finished -> database.closeInBackground(stream));
    rows.start();
    onNewStream(served.node(), route.read(), null);
    return rows;
  }

  /** Opens a cursor on the transaction's stream; a failure loses the transaction. */
  private CursorRows openTransactionCursor(HranaStream stream, Batch batch, int target, Duration timeout)
      throws SQLException {
    try {
      HranaCursor cursor = sender.cursor(stream, batch, timeout);
      return new CursorRows(cursor, target, true, true, this::cursorFinished);
    } catch (HranaException e) {
      transaction = null;
      throw sender.failure(e, true);
    }
  }

  private void cursorFinished(CursorRows rows) {
    if (openCursor == rows) {
      openCursor = null;
    }
  }

  /** Frees the transaction's stream from an open cursor by reading the rest of it into memory. */
  private void detachCursor() throws SQLException {
    CursorRows rows = openCursor;
    if (rows != null) {
      openCursor = null;
      rows.detach();
    }
  }

  // ---------------------------------------------------------------- transaction end

  /** Commits: {@code [COMMIT, close]} in one request, or nothing when no statement was sent. */
  public void commit() throws SQLException {
    endTransaction("COMMIT");
  }

  /** Rolls back: {@code [ROLLBACK, close]} in one request, or nothing when no statement was sent. */
  public void rollback() throws SQLException {
    endTransaction("ROLLBACK");
  }

  private void endTransaction(String sql) throws SQLException {
    lock.lock();
    try {
      checkOpen();
      if (replicaReads) {
        // Nothing was begun on a server: the transaction's reads ran on their own streams.
        replicaReads = false;
        readFloor = 0;
        return;
      }
      if (transaction == null) {
        return;
      }
      long index = transactionIndex;
      transactionIndex = 0;
      boolean commit = sql.equals("COMMIT");
      try {
        detachCursor();
      } catch (SQLException e) {
        if (commit) {
          throw e;
        }
      }
      HranaStream stream = transaction;
      transaction = null;
      List<StreamResult> results;
      try {
        StreamRequest end = new StreamRequest.Execute(Stmt.of(sql).withWantRows(false));
        results = sender.send(stream, stream == kept ? List.of(end) : List.of(end, new StreamRequest.Close()), null);
      } catch (HranaException e) {
        if (!commit && (e.kind() == HranaException.Kind.STREAM_EXPIRED
            || e.kind() == HranaException.Kind.PROTOCOL)) {
          // The stream and its transaction are gone already: that is a rollback.
          return;
        }
        throw sender.failure(e, true);
      }
      if (results.get(0) instanceof StreamResult.Error error) {
        if (stream == kept) {
          // A failed COMMIT leaves the transaction open on the stream the connection keeps: closing
          // the stream rolls it back, as the close that goes with COMMIT over HTTP does.
          database.closeInBackground(kept);
        }
        if (commit || !isNoTransactionError(error.error())) {
          throw stepError(error.error());
        }
      }
      if (commit && !readOnly && results.get(0) instanceof StreamResult.Ok ok
          && ok.response() instanceof StreamResponse.Execute done) {
        Long committed = done.result().replicationIndex();
        long highest = committed == null ? index : Math.max(index, committed);
        if (highest > 0) {
          router.wrote(highest);
        }
      }
      LOG.debug("Transaction ended with {}", sql);
    } finally {
      lock.unlock();
    }
  }

  /** ROLLBACK after the server already ended the transaction fails harmlessly with this. */
  private static boolean isNoTransactionError(HranaError error) {
    return error.message() != null && error.message().contains("no transaction is active");
  }

  // ---------------------------------------------------------------- liveness

  /**
   * A cheap real round trip: a new stream closed in the same request. It does not touch the
   * transaction's stream, so it is safe from another thread.
   */
  public boolean isValid(Duration timeout) {
    if (closed) {
      return false;
    }
    HranaStream stream = database.client().openStream();
    try {
      List<StreamResult> results = stream.execute(List.of(new StreamRequest.Close()), timeout);
      return results.get(0) instanceof StreamResult.Ok;
    } catch (HranaException | RuntimeException e) {
      LOG.debug("isValid failed: {}", e.getMessage());
      return false;
    }
  }

  /** Aborts the request in flight, from any thread; the waiting call fails with 57014. */
  public void cancel() {
    sender.cancel();
  }

  /**
   * Closes the session: an open transaction is rolled back by closing its stream (in the
   * background), an in-flight request from another thread is aborted first.
   */
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    cancel();
    lock.lock();
    try {
      CursorRows rows = openCursor;
      openCursor = null;
      if (rows != null) {
        rows.abandon();
      }
      if (transaction != null && transaction != kept) {
        database.closeInBackground(transaction);
      }
      transaction = null;
      if (kept != null) {
        database.closeInBackground(kept);
        kept = null;
      }
      replicaReads = false;
    } finally {
      lock.unlock();
    }
  }

  /** Whether {@link #close()} was called. */
  public boolean isClosed() {
    return closed;
  }

  // ---------------------------------------------------------------- sending

  /**
   * Sends autocommit work ending with {@code close}: on a new stream, or over WebSocket on the
   * connection's kept stream without the {@code close} (whose result is then made up here).
   */
  private List<StreamResult> sendOnNewStream(List<StreamRequest> requests, Duration timeout)
      throws SQLException {
    if (!database.keepsStreams()) {
      return sendFirst(database.client().openStream(), requests, timeout);
    }
    List<StreamResult> results = new ArrayList<>(sendFirst(streamForWork(),
        requests.subList(0, requests.size() - 1), timeout));
    results.add(new StreamResult.Ok(new StreamResponse.Close()));
    return results;
  }

  /**
   * Sends {@code requests} as the first request of a new stream on the node {@code route} picks,
   * led by the remembered connection settings; returns the results of {@code requests} only.
   */
  private Served<List<StreamResult>> sendRouted(Route route, List<StreamRequest> requests, Duration timeout)
      throws SQLException {
    List<StreamRequest> all = withSettings(requests);
    int settings = all.size() - requests.size();
    Served<List<StreamResult>> served = router.send(route, timeout,
        (stream, t) -> sender.send(stream, all, t),
        results -> reportedIndex(results.get(settings)),
        stream -> sender.sendFirst(stream, () -> all, timeout));
    return new Served<>(served.node(), served.value().subList(settings, served.value().size()));
  }

  /** The replication index an executed statement's result reports (0 for none); empty for an error. */
  private static OptionalLong reportedIndex(StreamResult result) {
    if (result instanceof StreamResult.Ok ok && ok.response() instanceof StreamResponse.Execute execute) {
      Long index = execute.result().replicationIndex();
      return OptionalLong.of(index == null ? 0 : index);
    }
    return OptionalLong.empty();
  }

  /**
   * The stream for work that starts a transaction or runs in autocommit: a new one, or over
   * WebSocket (where streams do not expire while idle) the connection's own, kept until it closes:
   * no {@code open_stream}/{@code close_stream} per statement, and no new server connection.
   */
  private HranaStream streamForWork() {
    if (!database.keepsStreams()) {
      return database.client().openStream();
    }
    if (kept == null) {
      kept = database.client().openStream();
    }
    return kept;
  }

  /** The remembered connection settings when {@code stream} is about to open, else none. */
  private List<Stmt> settingsFor(HranaStream stream) {
    return stream.isOpen() ? List.of() : pragmas.statements();
  }

  /**
   * Sends the first request of a stream's work, led by the remembered connection settings when the
   * stream is new; returns the results of {@code requests} only.
   */
  private List<StreamResult> sendFirst(HranaStream stream, List<StreamRequest> requests, Duration timeout)
      throws SQLException {
    int[] led = new int[1];
    List<StreamResult> results = sender.sendFirst(stream, () -> {
      List<Stmt> settings = settingsFor(stream);
      led[0] = settings.size();
      return ledBy(settings, requests);
    }, timeout);
    return results.subList(led[0], results.size());
  }

  /** {@code requests} led by the remembered connection settings. */
  private List<StreamRequest> withSettings(List<StreamRequest> requests) {
    return ledBy(pragmas.statements(), requests);
  }

  /** {@code requests} led by an {@code execute} of each of {@code settings}. */
  private static List<StreamRequest> ledBy(List<Stmt> settings, List<StreamRequest> requests) {
    if (settings.isEmpty()) {
      return requests;
    }
    List<StreamRequest> all = new ArrayList<>(settings.size() + requests.size());
    for (Stmt setting : settings) {
      all.add(new StreamRequest.Execute(setting));
    }
    all.addAll(requests);
    return all;
  }

  private List<StreamResult> sendInTransaction(List<StreamRequest> requests, Duration timeout)
      throws SQLException {
    try {
      return sender.send(transaction, requests, timeout);
    } catch (HranaException e) {
      transaction = null;
      throw sender.failure(e, true);
    }
  }

  // ---------------------------------------------------------------- helpers

  private boolean guard() throws SQLException {
    return protocolVersion() == ProtocolVersion.V3;
  }

  private String beginSql() {
    return readOnly ? READ_ONLY_BEGIN : database.config().transactionMode().beginSql();
  }

  private static StreamResponse okResponse(StreamResult result) throws SQLException {
    if (result instanceof StreamResult.Error error) {
      throw stepError(error.error());
    }
    return ((StreamResult.Ok) result).response();
  }

  private static SQLException stepError(HranaError error) {
    return SqlExceptions.of(error);
  }

  /** After a write-lock timeout the server has rolled back: the stream no longer holds a transaction. */
  private void dropTransactionIfTimedOut(List<HranaError> errors) {
    for (HranaError error : errors) {
      if (error != null && "TRANSACTION_TIMEOUT".equals(error.code()) && transaction != null) {
        database.closeInBackground(transaction);
        transaction = null;
        return;
      }
    }
  }

  private SQLException transactionLost() {
    if (transaction != null) {
      database.closeInBackground(transaction);
      transaction = null;
    }
    return SqlState.TRANSACTION_ROLLBACK.create(
        "The server rolled the transaction back (write-lock timeout); nothing after it was executed");
  }

  private void checkOpen() throws SQLException {
    if (closed) {
      throw SqlState.CONNECTION_DOES_NOT_EXIST.create("The connection is closed");
    }
  }
}
