package dev.libsql4j.hrana.ws;

import dev.libsql4j.hrana.http.HranaCursor;
import dev.libsql4j.hrana.http.HranaException;
import dev.libsql4j.hrana.http.HranaStream;
import dev.libsql4j.hrana.http.StreamCallGate;
import dev.libsql4j.hrana.message.Batch;
import dev.libsql4j.hrana.message.BatchStep;
import dev.libsql4j.hrana.message.HranaError;
import dev.libsql4j.hrana.message.Stmt;
import dev.libsql4j.hrana.message.StreamRequest;
import dev.libsql4j.hrana.message.StreamResponse;
import dev.libsql4j.hrana.message.StreamResult;
import dev.libsql4j.hrana.message.WsRequest;
import dev.libsql4j.hrana.message.WsResponse;
import dev.libsql4j.hrana.message.WsServerMsg;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One Hrana stream over WebSocket: a stream id on one of the client's sockets, opened with the
 * first call ({@code open_stream} goes out in front of the requests, without waiting) and closed by
 * a pipeline ending with {@link StreamRequest.Close} ({@code close_stream}).
 *
 * <p>A pipeline of HTTP shape is translated message by message: {@code close} becomes
 * {@code close_stream}; a {@code store_sql}/{@code close_sql} pair of the caller (local ids, as
 * over HTTP) becomes the socket's stored text (see {@link StoredSql}), so that the same prepared
 * SQL is stored once per socket instead of once per pipeline.
 *
 * <p>When the socket dies, a call on the stream fails with TRANSPORT and the stream is forgotten; a
 * new call opens a new stream on a live (or new) socket. A timed-out or cancelled call leaves the
 * server stream in an unknown state, so the stream is closed and forgotten as well: nothing is ever
 * resent on it.
 */
final class WsStream implements HranaStream {

  private final HranaWsClient client;
  private final StreamCallGate gate = new StreamCallGate();
  private volatile CompletableFuture<WsServerMsg> awaited;
  private volatile boolean cancelled;
  private WsSocket socket;
  private int streamId;

  WsStream(HranaWsClient client) {
    this.client = client;
  }

  @Override
  public List<StreamResult> execute(List<StreamRequest> requests, Duration timeoutOrNull)
      throws HranaException {
    enter();
    try {
      return run(requests, deadline(timeoutOrNull));
    } finally {
      gate.leave();
    }
  }

  private List<StreamResult> run(List<StreamRequest> requests, long deadline) throws HranaException {
    boolean opening = socket == null;
    WsSocket on = attach();
    List<WsRequest> messages = new ArrayList<>(requests.size() + 1);
    if (opening) {
      messages.add(new WsRequest.OpenStream(streamId));
    }
    Map<Integer, String> localTexts = new HashMap<>();
    int[] messageOf = new int[requests.size()];
    boolean closing = false;
    for (int i = 0; i < requests.size(); i++) {
      StreamRequest request = requests.get(i);
      messageOf[i] = messages.size();
      if (request instanceof StreamRequest.Close) {
        messages.add(new WsRequest.CloseStream(streamId));
        closing = true;
      } else if (request instanceof StreamRequest.StoreSql store) {
        localTexts.put(store.sqlId(), store.sql());
        messageOf[i] = -1;
      } else if (request instanceof StreamRequest.CloseSql) {
        // The socket keeps the text for the next pipeline that uses it.
        messageOf[i] = -1;
      } else {
        messages.add(new WsRequest.OnStream(streamId, withTexts(request, localTexts)));
      }
    }
    List<CompletableFuture<WsServerMsg>> answers =
        sendOrForget(on, messages, Set.copyOf(localTexts.values()), opening);
    if (closing) {
      detach();
    }
    try {
      if (opening) {
        checkOpened(await(answers.get(0), deadline), closing);
      }
      List<StreamResult> results = new ArrayList<>(requests.size());
      for (int i = 0; i < requests.size(); i++) {
        results.add(messageOf[i] < 0 ? local(requests.get(i))
            : result(await(answers.get(messageOf[i]), deadline)));
      }
      return results;
    } catch (HranaException e) {
      reset();
      throw e;
    }
  }

  @Override
  public HranaCursor cursor(Batch batch, Duration timeoutOrNull) throws HranaException {
    enter();
    try {
      long deadline = deadline(timeoutOrNull);
      boolean opening = socket == null;
      WsSocket on = attach();
      int cursorId = on.allocateCursorId();
      List<WsRequest> messages = new ArrayList<>(3);
      if (opening) {
        messages.add(new WsRequest.OpenStream(streamId));
      }
      messages.add(new WsRequest.OpenCursor(streamId, cursorId, batch));
      messages.add(new WsRequest.FetchCursor(cursorId, WsCursor.FETCH_ENTRIES));
      List<CompletableFuture<WsServerMsg>> answers;
      try {
        answers = sendOrForget(on, messages, Set.of(), opening);
      } catch (HranaException e) {
        on.releaseCursorId(cursorId);
        throw e;
      }
      try {
        if (opening) {
          checkOpened(await(answers.get(0), deadline), false);
        }
        WsServerMsg opened = await(answers.get(messages.size() - 2), deadline);
        if (opened instanceof WsServerMsg.ResponseError refused) {
          throw failure(refused.error());
        }
      } catch (HranaException e) {
        on.releaseCursorId(cursorId);
        reset();
        throw e;
      }
      return new WsCursor(this, on, cursorId, answers.get(messages.size() - 1));
    } catch (HranaException | RuntimeException e) {
      gate.leave();
      throw e;
    }
  }

  @Override
  public boolean isOpen() {
    return socket != null;
  }

  @Override
  public void reset() {
    WsSocket on = socket;
    if (on != null) {
      on.sendQuietly(new WsRequest.CloseStream(streamId));
      detach();
    }
  }

  @Override
  public void cancel() {
    CompletableFuture<WsServerMsg> current = awaited;
    if (current != null) {
      cancelled = true;
      current.cancel(false);
    }
  }

  // ---------------------------------------------------------------- for WsCursor

  /** Waits for an answer until {@code deadline} (nanoTime, or Long.MAX_VALUE); cancel() aborts it. */
  WsServerMsg await(CompletableFuture<WsServerMsg> answer, long deadline) throws HranaException {
    awaited = answer;
    try {
      if (cancelled) {
        answer.cancel(false);
      }
      return deadline == Long.MAX_VALUE ? answer.get()
          : answer.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (CancellationException e) {
      throw new HranaException(HranaException.Kind.TIMEOUT, "The request on " + socketName()
          + " was cancelled", 0, null, false, e);
    } catch (TimeoutException e) {
      throw new HranaException(HranaException.Kind.TIMEOUT, "Timed out waiting for the answer from "
          + socketName(), 0, null, false, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new HranaException(HranaException.Kind.TIMEOUT, "Interrupted while waiting for "
          + socketName(), 0, null, false, e);
    } catch (ExecutionException e) {
      HranaException cause = (HranaException) e.getCause();
      // A fresh exception per waiting caller, with the socket's failure as the cause.
      throw new HranaException(cause.kind(), cause.getMessage(), cause.httpStatus(), cause.code(), false, cause);
    } finally {
      awaited = null;
    }
  }

  /** Called by the cursor when it ends; a broken cursor leaves the stream in an unknown state. */
  void cursorClosed(boolean streamUsable) {
    cancelled = false;
    if (!streamUsable) {
      reset();
    }
    gate.leave();
  }

  // ---------------------------------------------------------------- helpers

  private void enter() {
    gate.enter();
    cancelled = false;
  }

  private long deadline(Duration timeoutOrNull) {
    Duration timeout = timeoutOrNull != null ? timeoutOrNull : client.options().requestTimeout();
    return timeout == null ? Long.MAX_VALUE : System.nanoTime() + timeout.toNanos();
  }

  /** The socket of the open stream, or a socket with a new stream id. */
  private WsSocket attach() throws HranaException {
    if (socket != null) {
      HranaException dead = socket.failure();
      if (dead != null) {
        detach();
        throw new HranaException(dead.kind(), dead.getMessage()
            + "; the stream on it (and its transaction) is gone", 0, dead.code(), true, dead);
      }
      return socket;
    }
    WsSocket chosen = client.socketForNewStream();
    streamId = chosen.allocateStreamId();
    socket = chosen;
    return chosen;
  }

  private void detach() {
    WsSocket on = socket;
    socket = null;
    if (on != null) {
      on.releaseStream(streamId);
    }
  }

  private List<CompletableFuture<WsServerMsg>> sendOrForget(WsSocket on, List<WsRequest> messages,
                                                           Set<String> storeTexts, boolean opening)
      throws HranaException {
    try {
      return on.send(messages, storeTexts);
    } catch (HranaException e) {
      // Nothing was sent: a new stream id is simply given back; an open stream died with its socket.
      detach();
      if (opening) {
        throw e;
      }
      throw new HranaException(e.kind(), e.getMessage() + "; the stream on it (and its transaction) is gone",
          0, e.code(), true, e);
    }
  }

  /** After {@code open_stream}: its failure (bad namespace, token refused) fails the call. */
  private void checkOpened(WsServerMsg answer, boolean closing) throws HranaException {
    if (answer instanceof WsServerMsg.ResponseError refused) {
      if (!closing) {
        reset();
      }
      throw failure(refused.error());
    }
  }

  private String socketName() {
    WsSocket on = socket;
    return on == null ? "the WebSocket" : on.description();
  }

  private static HranaException failure(HranaError error) {
    String code = error.code();
    HranaException.Kind kind = code != null && code.startsWith("AUTH_") ? HranaException.Kind.UNAUTHORIZED
        : code != null && code.startsWith("NAMESPACE") ? HranaException.Kind.NOT_FOUND
        : HranaException.Kind.SERVER;
    return new HranaException(kind, "The server refused to open a stream: " + error.message(), 0, code,
        false, null);
  }

  private static StreamResult result(WsServerMsg answer) {
    if (answer instanceof WsServerMsg.ResponseError error) {
      return new StreamResult.Error(error.error());
    }
    WsResponse response = ((WsServerMsg.ResponseOk) answer).response();
    if (response instanceof WsResponse.OfStream ofStream) {
      return new StreamResult.Ok(ofStream.response());
    }
    return new StreamResult.Ok(new StreamResponse.Close());
  }

  private static StreamResult local(StreamRequest request) {
    return new StreamResult.Ok(request instanceof StreamRequest.StoreSql
        ? new StreamResponse.StoreSql() : new StreamResponse.CloseSql());
  }

  /** Replaces the caller's local {@code sql_id}s by their texts; the socket decides how to send them. */
  private static StreamRequest withTexts(StreamRequest request, Map<Integer, String> localTexts) {
    if (localTexts.isEmpty()) {
      return request;
    }
    if (request instanceof StreamRequest.Execute execute) {
      return new StreamRequest.Execute(withText(execute.stmt(), localTexts));
    }
    if (request instanceof StreamRequest.BatchRequest batch) {
      List<BatchStep> steps = new ArrayList<>(batch.batch().steps().size());
      for (BatchStep step : batch.batch().steps()) {
        steps.add(new BatchStep(step.condition(), withText(step.stmt(), localTexts)));
      }
      return new StreamRequest.BatchRequest(new Batch(steps, batch.batch().replicationIndex()));
    }
    return request;
  }

  private static Stmt withText(Stmt stmt, Map<Integer, String> localTexts) {
    if (stmt.sqlId() == null || !localTexts.containsKey(stmt.sqlId())) {
      return stmt;
    }
    return new Stmt(localTexts.get(stmt.sqlId()), null, stmt.args(), stmt.namedArgs(), stmt.wantRows(),
        stmt.replicationIndex());
  }
}
