package dev.libsql4j.jdbc.exec;

import dev.libsql4j.hrana.http.HranaCursor;
import dev.libsql4j.hrana.http.HranaException;
import dev.libsql4j.hrana.http.HranaStream;
import dev.libsql4j.hrana.message.Batch;
import dev.libsql4j.hrana.message.StreamRequest;
import dev.libsql4j.hrana.message.StreamResult;
import dev.libsql4j.jdbc.error.SqlExceptions;
import dev.libsql4j.jdbc.error.SqlState;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a session's requests: applies the shorter of the statement's and the connection's
 * timeouts, remembers the exchange in flight so that {@link #cancel()} can abort it from another
 * thread, and resends a stream's first request only when the server certainly did not execute it.
 */
final class RequestSender {

  private static final Logger LOG = LoggerFactory.getLogger(RequestSender.class);
  private static final int ATTEMPTS = 3;

  private volatile Duration networkTimeout;
  private volatile HranaStream inFlight;
  private volatile boolean cancelled;

  /** @param networkTimeout the default timeout of every request, or null */
  RequestSender(Duration networkTimeout) {
    this.networkTimeout = networkTimeout;
  }

  Duration networkTimeout() {
    return networkTimeout;
  }

  void setNetworkTimeout(Duration timeout) {
    this.networkTimeout = timeout;
  }

  /** Sends {@code requests} on {@code stream}. */
  List<StreamResult> send(HranaStream stream, List<StreamRequest> requests, Duration timeout)
      throws HranaException {
    begin(stream);
    try {
      return stream.execute(requests, effective(timeout));
    } finally {
      inFlight = null;
    }
  }

  /** Opens a cursor on {@code stream}. */
  HranaCursor cursor(HranaStream stream, Batch batch, Duration timeout) throws HranaException {
    begin(stream);
    try {
      return stream.cursor(batch, effective(timeout));
    } finally {
      inFlight = null;
    }
  }

  /**
   * Sends the first request of a new stream (or of an autocommit statement on a kept stream),
   * resending it when the server certainly did not execute it (connection refused, 429, a socket
   * found dead before sending): nothing can happen twice, and no transaction is lost. The requests
   * are built for each attempt, because a retry may go to a new stream.
   */
  List<StreamResult> sendFirst(HranaStream stream, Supplier<List<StreamRequest>> requests, Duration timeout)
      throws SQLException {
    for (int attempt = 1; ; attempt++) {
      try {
        return send(stream, requests.get(), timeout);
      } catch (HranaException e) {
        if (!e.certainlyNotExecuted() || attempt == ATTEMPTS || cancelled) {
          throw failure(e, false);
        }
        LOG.debug("Request not executed ({}), retrying", e.kind());
        pause(attempt);
        stream.reset();
      }
    }
  }

  private static void pause(int attempt) throws SQLException {
    try {
      Thread.sleep(50L << attempt);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw SqlState.CONNECTION_FAILURE.create("Interrupted while waiting to retry", 0, e);
    }
  }

  /** Aborts the exchange in flight, if any; its caller then fails with 57014. */
  void cancel() {
    HranaStream stream = inFlight;
    if (stream != null) {
      cancelled = true;
      stream.cancel();
    }
  }

  /** Whether the exchange that just failed was aborted by {@link #cancel()}. */
  boolean cancelled() {
    return cancelled;
  }

  /** The exception for a failed exchange: 57014 when it was cancelled, else by its kind. */
  SQLException failure(HranaException e, boolean transactionLost) {
    if (cancelled) {
      cancelled = false;
      return SqlState.QUERY_CANCELED.create(
          "The statement was cancelled" + (transactionLost ? "; the transaction was rolled back" : ""), 0, e);
    }
    return SqlExceptions.of(e, transactionLost);
  }

  private void begin(HranaStream stream) {
    cancelled = false;
    inFlight = stream;
  }

  /** The shorter of the statement's timeout and the network timeout. */
  private Duration effective(Duration timeout) {
    Duration network = networkTimeout;
    if (timeout == null) {
      return network;
    }
    return network == null || timeout.compareTo(network) < 0 ? timeout : network;
  }
}
