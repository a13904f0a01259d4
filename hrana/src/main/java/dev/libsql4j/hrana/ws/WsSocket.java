package dev.libsql4j.hrana.ws;

import dev.libsql4j.hrana.http.HranaException;
import dev.libsql4j.hrana.http.ProtocolVersion;
import dev.libsql4j.hrana.json.HranaJson;
import dev.libsql4j.hrana.json.HranaJsonException;
import dev.libsql4j.hrana.message.WsClientMsg;
import dev.libsql4j.hrana.message.WsRequest;
import dev.libsql4j.hrana.message.WsServerMsg;
import java.net.ConnectException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import javax.net.ssl.SSLSocketFactory;
import org.java_websocket.client.WebSocketClient;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.handshake.ServerHandshake;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One WebSocket to the server, shared by many streams: sends requests with ids (pipelined: nothing
 * waits between messages), matches the answers to them, and fails every waiting request when the
 * socket dies.
 *
 * <p>The socket is a Java-WebSocket client (one reading and one writing thread, both daemons):
 * the JDK's own client cannot open sqld 0.24's upgrade, whose {@code 101} response carries a
 * {@code Content-Length} the JDK waits for. Messages are handed over under a lock in the order the
 * callers send them, which is the order the server runs them in per stream. The reading thread
 * decodes each message and completes its request's future; it never blocks.
 */
final class WsSocket {

  private static final Logger LOG = LoggerFactory.getLogger(WsSocket.class);

  private final String description;
  private final WsTraffic traffic;
  private final Map<Integer, CompletableFuture<WsServerMsg>> pending = new ConcurrentHashMap<>();
  private final IdPool requestIds = new IdPool();
  private final IdPool streamIds = new IdPool();
  private final IdPool cursorIds = new IdPool();
  private final StoredSql storedSql = new StoredSql();
  private final ReentrantLock sendLock = new ReentrantLock();
  private final AtomicInteger streams = new AtomicInteger();
  private final Connection connection;
  private volatile ProtocolVersion version;
  private final AtomicReference<HranaException> failure = new AtomicReference<>();
  private volatile Exception openError;
  private volatile boolean helloAccepted;
  private final Duration helloTimeout;
  private volatile CompletableFuture<Void> helloAnswer = new CompletableFuture<>();
  private final String namespace;

  private WsSocket(URI uri, WsOptions options, WsTraffic traffic) {
    this.helloTimeout = options.openTimeout();
    this.description = WsOptions.describe(uri);
    this.traffic = traffic;
    this.namespace = options.namespace();
    this.connection = new Connection(uri, options);
  }

  /**
   * Opens a socket and says {@code hello}; the first requests wait for {@code hello_ok}.
   *
   * @throws HranaException when the socket cannot be opened (TRANSPORT or TIMEOUT, nothing sent)
   */
  static WsSocket open(URI uri, WsOptions options, String token, WsTraffic traffic) throws HranaException {
    WsSocket socket = new WsSocket(uri, options, traffic);
    boolean opened;
    try {
      opened = socket.connection.connectBlocking(options.openTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      socket.connection.close();
      throw new HranaException(HranaException.Kind.TIMEOUT, "Interrupted while opening " + socket.description,
          0, null, true, e);
    }
    if (!opened) {
      socket.connection.close();
      throw socket.openFailure();
    }
    traffic.socketOpened();
    LOG.debug("Opened {} ({})", socket.description, socket.version);
    socket.hello(token);
    return socket;
  }

  /** Waits for the answer to a hello; a refusal is thrown (the socket is then dead). */
  void awaitHello(CompletableFuture<Void> answer, Duration timeout) throws HranaException {
    try {
      answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      close();
      throw new HranaException(HranaException.Kind.TIMEOUT, "Interrupted while waiting for hello_ok from "
          + description, 0, null, true, e);
    } catch (TimeoutException e) {
      close();
      throw new HranaException(HranaException.Kind.TIMEOUT, "No answer to hello from " + description, 0,
          null, true, e);
    } catch (ExecutionException e) {
      HranaException cause = (HranaException) e.getCause();
      throw new HranaException(cause.kind(), cause.getMessage(), 0, cause.code(), true, cause);
    }
  }

  private HranaException openFailure() {
    Exception error = openError;
    HranaException closed = failure.get();
    if (error == null && closed == null) {
      return new HranaException(HranaException.Kind.TIMEOUT, "Timed out opening " + description, 0, null,
          true, null);
    }
    boolean refused = false;
    for (Throwable t = error; t != null; t = t.getCause()) {
      refused |= t instanceof ConnectException;
    }
    String reason = error != null ? rootMessage(error) : closed.getMessage();
    return new HranaException(HranaException.Kind.TRANSPORT, "Cannot open " + description + ": " + reason
        + (refused ? "" : " (does the server speak hrana3 or hrana2 over WebSocket?)"), 0, null, true, error);
  }

  /** The Hrana version of the negotiated subprotocol. */
  ProtocolVersion version() {
    return version;
  }

  /** Null while the socket lives; afterwards why it died. */
  HranaException failure() {
    return failure.get();
  }

  /** For messages: {@code ws://host:port/path}. */
  String description() {
    return description;
  }

  /** Streams open on this socket (its load, for choosing a socket for a new stream). */
  int streams() {
    return streams.get();
  }

  /** Counts a stream that is about to open here, before its id is taken. */
  void reserveStream() {
    streams.incrementAndGet();
  }

  /** A stream id for a stream reserved with {@link #reserveStream()}. */
  int allocateStreamId() {
    return streamIds.allocate();
  }

  /** Frees a stream's id and slot once its {@code close_stream} was sent (or it was never opened). */
  void releaseStream(int streamId) {
    streamIds.release(streamId);
    streams.decrementAndGet();
  }

  /** Frees a stream slot reserved for a stream that never got an id. */
  void unreserveStream() {
    streams.decrementAndGet();
  }

  int allocateCursorId() {
    return cursorIds.allocate();
  }

  void releaseCursorId(int cursorId) {
    cursorIds.release(cursorId);
  }

  /**
   * Sends (again) a {@code hello} with {@code token} (sqld 0.24 accepts a new token on a live
   * socket); the future completes with {@code hello_ok} and fails when the socket dies first.
   */
  CompletableFuture<Void> hello(String token) {
    CompletableFuture<Void> answer = new CompletableFuture<>();
    sendLock.lock();
    try {
      HranaException dead = failure.get();
      if (dead != null) {
        answer.completeExceptionally(dead);
        return answer;
      }
      helloAnswer = answer;
      traffic.sent("hello");
      transmit(HranaJson.encodeWsClientMsg(new WsClientMsg.Hello(token)));
    } finally {
      sendLock.unlock();
    }
    HranaException dead = failure.get();
    if (dead != null) {
      answer.completeExceptionally(dead);
    }
    return answer;
  }

  /**
   * Sends requests back to back and returns a future answer for each, in order. Statements with
   * arguments (and texts in {@code storeTexts}) go by {@code sql_id} (see {@link StoredSql}).
   *
   * @throws HranaException when the socket is dead already: then nothing was sent
   */
  List<CompletableFuture<WsServerMsg>> send(List<WsRequest> requests, Set<String> storeTexts)
      throws HranaException {
    if (!helloAccepted) {
      // The first requests wait for hello_ok: sqld closes the socket after a hello_error while
      // requests sent behind the hello are unread, and the reset that causes can swallow the
      // hello_error itself. A refusal is thrown here, nothing sent (28000, or 08004 for a namespace).
      awaitHello(helloAnswer, helloTimeout);
    }
    List<CompletableFuture<WsServerMsg>> answers = new ArrayList<>(requests.size());
    sendLock.lock();
    try {
      HranaException dead = failure.get();
      if (dead != null) {
        throw new HranaException(dead.kind(), dead.getMessage(), 0, dead.code(), true, dead);
      }
      for (WsRequest request : requests) {
        WsRequest rewritten = storedSql.rewrite(request, storeTexts, this::sendUnawaited);
        answers.add(sendOne(rewritten));
      }
    } finally {
      sendLock.unlock();
    }
    return answers;
  }

  /**
   * Sends requests whose answers nobody waits for ({@code close_stream}, {@code close_cursor} on
   * clean-up); does nothing on a dead socket, whose streams and cursors are gone anyway.
   */
  void sendQuietly(WsRequest... requests) {
    sendLock.lock();
    try {
      if (failure.get() == null) {
        for (WsRequest request : requests) {
          sendUnawaited(request);
        }
      }
    } finally {
      sendLock.unlock();
    }
  }

  private void sendUnawaited(WsRequest request) {
    sendOne(request).whenComplete((answer, error) -> {
      if (answer instanceof WsServerMsg.ResponseError refused) {
        LOG.debug("{} on {} failed: {}", request.type(), description, refused.error());
      }
    });
  }

  private CompletableFuture<WsServerMsg> sendOne(WsRequest request) {
    int id = requestIds.allocate();
    CompletableFuture<WsServerMsg> answer = new CompletableFuture<>();
    pending.put(id, answer);
    HranaException dead = failure.get();
    if (dead != null && pending.remove(id) != null) {
      // The socket died after the caller's check, maybe after die() failed the waiting requests.
      answer.completeExceptionally(new CompletionException(dead));
      return answer;
    }
    traffic.sent(request.type());
    transmit(HranaJson.encodeWsClientMsg(new WsClientMsg.Request(id, request)));
    return answer;
  }

  /** Hands a text message to the writing thread; called under the send lock. */
  private void transmit(String text) {
    try {
      connection.send(text);
    } catch (RuntimeException e) {
      // WebsocketNotConnectedException: the socket closed under us; the waiting callers learn it.
      die(new HranaException(HranaException.Kind.TRANSPORT, "Sending on " + description + " failed: "
          + rootMessage(e), 0, null, false, e));
    }
  }

  /** Closes the socket normally (the server then closes its streams, rolling back transactions). */
  void close() {
    die(new HranaException(HranaException.Kind.TRANSPORT, description + " was closed by the client",
        0, null, false, null));
  }

  /** The Java-WebSocket client, whose callbacks run on its reading thread. */
  private final class Connection extends WebSocketClient {

    Connection(URI uri, WsOptions options) {
      super(uri, options.draft(), options.headers(), (int) options.connectTimeout().toMillis());
      setTcpNoDelay(true);
      setDaemon(true);
      if (uri.getScheme().equals("wss")) {
        setSocketFactory(SSLSocketFactory.getDefault());
      }
    }

    @Override
    public void onOpen(ServerHandshake handshake) {
      version = "hrana2".equals(handshake.getFieldValue("Sec-WebSocket-Protocol"))
          ? ProtocolVersion.V2 : ProtocolVersion.V3;
    }

    @Override
    public void onMessage(String text) {
      dispatch(text);
    }

    @Override
    public void onMessage(ByteBuffer bytes) {
      die(new HranaException(HranaException.Kind.PROTOCOL, description
          + " sent a binary message on a JSON subprotocol", 0, null, false, null));
    }

    @Override
    public void onClose(int code, String reason, boolean remote) {
      String why = "WebSocket " + code + (reason == null || reason.isEmpty() ? "" : ": " + reason);
      if (remote && code == CloseFrame.UNEXPECTED_CONDITION && !helloAccepted && namespace != null) {
        // sqld 0.24 answers a hello for an unknown namespace by closing with 1011, nothing else.
        die(new HranaException(HranaException.Kind.NOT_FOUND, description + " closed the socket before "
            + "accepting the hello (" + why + "), as sqld does when namespace '" + namespace
            + "' does not exist", 0, null, false, null));
        return;
      }
      die(new HranaException(HranaException.Kind.TRANSPORT, description + " was closed"
          + (remote ? " by the server" : "") + " (" + why + ")", 0, null, false, null));
    }

    @Override
    public void onError(Exception error) {
      openError = error;
      die(new HranaException(HranaException.Kind.TRANSPORT, "The connection " + description + " was lost: "
          + rootMessage(error), 0, null, false, error));
    }
  }

  private void dispatch(String text) {
    WsServerMsg message;
    try {
      message = HranaJson.decodeWsServerMsg(text);
    } catch (HranaJsonException e) {
      die(new HranaException(HranaException.Kind.DECODE, "Cannot decode a message from " + description + ": "
          + e.getMessage(), 0, null, false, e));
      return;
    }
    if (message instanceof WsServerMsg.ResponseOk ok) {
      answer(ok.requestId(), message);
    } else if (message instanceof WsServerMsg.ResponseError error) {
      answer(error.requestId(), message);
    } else if (message instanceof WsServerMsg.HelloError refused) {
      die(new HranaException(HranaException.Kind.UNAUTHORIZED, "The server refused the auth token on "
          + description + ": " + refused.error().message(), 0, refused.error().code(), false, null));
    } else if (message instanceof WsServerMsg.HelloOk) {
      helloAccepted = true;
      helloAnswer.complete(null);
    }
  }

  private void answer(int requestId, WsServerMsg message) {
    CompletableFuture<WsServerMsg> answer = pending.remove(requestId);
    if (answer == null) {
      die(new HranaException(HranaException.Kind.PROTOCOL, description + " answered request " + requestId
          + ", which is not waiting", 0, null, false, null));
      return;
    }
    requestIds.release(requestId);
    answer.complete(message);
  }

  /**
   * Marks the socket dead (once) and fails every waiting request. The pool notices a dead socket
   * when it next chooses one; telling it from here could deadlock with a sender up the stack.
   */
  private void die(HranaException cause) {
    // No lock here: the reading thread calls this while it holds Java-WebSocket's own monitor, which
    // a sender (holding the send lock) may be waiting for; a request added meanwhile is failed by
    // sendOne's second look at the failure.
    if (!failure.compareAndSet(null, cause)) {
      return;
    }
    LOG.debug("{} is gone: {}", description, cause.getMessage());
    helloAnswer.completeExceptionally(cause);
    connection.close();
    for (Integer id : List.copyOf(pending.keySet())) {
      CompletableFuture<WsServerMsg> answer = pending.remove(id);
      if (answer != null) {
        answer.completeExceptionally(new CompletionException(cause));
      }
    }
  }

  private static String rootMessage(Throwable error) {
    Throwable root = error;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }
}
