package dev.libsql4j.hrana.ws;

import dev.libsql4j.hrana.http.HranaClientConfig;
import dev.libsql4j.hrana.http.HranaException;
import dev.libsql4j.hrana.http.HranaStream;
import dev.libsql4j.hrana.http.HranaTransport;
import dev.libsql4j.hrana.http.ProtocolVersion;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The WebSocket transport to one libSQL server: Hrana streams multiplexed on at most
 * {@code maxSockets} shared WebSockets ({@code hrana3}, or {@code hrana2} from older servers; JSON).
 *
 * <p>Create one per server configuration and share it: it is thread-safe. A new stream goes to the
 * socket with the fewest open streams; another socket is opened while every socket carries a stream
 * and the bound is not reached, so that a single-threaded caller uses one socket and N threads
 * spread over up to {@code maxSockets}. A socket that dies is forgotten: the streams on it fail
 * (TRANSPORT) and new streams go to a new socket, so work after a drop reconnects by itself.
 * Nothing is ever resent on a new socket.
 *
 * <p>Every socket starts with {@code hello} carrying the token and waits for {@code hello_ok};
 * {@link #replaceAuthToken} sends a new {@code hello} on the live sockets (a refused token closes the
 * socket: UNAUTHORIZED). The
 * upgrade request carries {@code x-namespace-bin}, {@code x-libsql-client-version} and the
 * configured extra headers. Messages never contain the token.
 */
public final class HranaWsClient implements HranaTransport {

  private static final Logger LOG = LoggerFactory.getLogger(HranaWsClient.class);

  private final WsOptions options;
  private final URI url;
  private final int maxSockets;
  private final WsTraffic traffic = new WsTraffic();
  private final ReentrantLock lock = new ReentrantLock();
  private final List<WsSocket> sockets = new ArrayList<>();
  private volatile String authToken;
  private volatile boolean closed;

  /**
   * Creates the client; no socket is opened until the first stream or {@link #protocolVersion()}.
   *
   * @param config the server (its HTTP(S) base URL becomes {@code ws://}/{@code wss://}), token,
   *     namespace, timeouts and protocol preference
   * @param maxSockets the most WebSockets open at once (at least 1)
   */
  public HranaWsClient(HranaClientConfig config, int maxSockets) {
    if (maxSockets < 1) {
      throw new IllegalArgumentException("maxSockets must be at least 1, not " + maxSockets);
    }
    this.options = new WsOptions(config);
    this.url = WsOptions.webSocketUrl(config.baseUrl());
    this.maxSockets = maxSockets;
    this.authToken = config.authToken();
  }

  @Override
  public HranaStream openStream() {
    return new WsStream(this);
  }

  /**
   * The version of the negotiated subprotocol: {@code hrana3} is Hrana 3 (cursors,
   * {@code is_autocommit}), {@code hrana2} Hrana 2. Opens a socket if none is open.
   */
  @Override
  public ProtocolVersion protocolVersion() throws HranaException {
    lock.lock();
    try {
      dropDead();
      WsSocket socket = sockets.isEmpty() ? connect() : sockets.get(0);
      return socket.version();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Uses {@code token} from now on: new sockets say it in their {@code hello}, live ones send a new
   * {@code hello} with it (their streams and transactions carry on; a refused token closes them).
   */
  @Override
  public void replaceAuthToken(String token) {
    Map<WsSocket, CompletableFuture<Void>> answers = new LinkedHashMap<>();
    lock.lock();
    try {
      authToken = token;
      for (WsSocket socket : sockets) {
        answers.put(socket, socket.hello(token));
      }
    } finally {
      lock.unlock();
    }
    // Waiting makes the outcome visible to the caller's next request: a refused token has closed
    // the socket (its streams then fail with UNAUTHORIZED), an accepted one is in force.
    answers.forEach((socket, answer) -> {
      try {
        socket.awaitHello(answer, options.openTimeout());
      } catch (HranaException e) {
        LOG.debug("A new hello on {} failed: {}", socket.description(), e.getMessage());
      }
    });
  }

  /** What this client sent: messages by type and sockets opened. */
  public WsTraffic traffic() {
    return traffic;
  }

  /** WebSockets open now. */
  public int openSockets() {
    lock.lock();
    try {
      dropDead();
      return sockets.size();
    } finally {
      lock.unlock();
    }
  }

  /** Closes every socket (the server rolls back what was open on them); later calls fail. */
  @Override
  public void close() {
    List<WsSocket> open;
    lock.lock();
    try {
      closed = true;
      open = List.copyOf(sockets);
      sockets.clear();
    } finally {
      lock.unlock();
    }
    open.forEach(WsSocket::close);
  }

  WsOptions options() {
    return options;
  }

  /** The socket a new stream goes to, with the stream already counted on it. */
  WsSocket socketForNewStream() throws HranaException {
    lock.lock();
    try {
      dropDead();
      WsSocket least = null;
      for (WsSocket socket : sockets) {
        if (least == null || socket.streams() < least.streams()) {
          least = socket;
        }
      }
      if (least == null || (least.streams() > 0 && sockets.size() < maxSockets)) {
        least = connect();
      }
      least.reserveStream();
      return least;
    } finally {
      lock.unlock();
    }
  }

  /** Opens a socket and adds it to the pool; called under the lock. */
  private WsSocket connect() throws HranaException {
    if (closed) {
      throw new IllegalStateException("the HranaWsClient is closed");
    }
    WsSocket socket = WsSocket.open(url, options, authToken, traffic);
    sockets.add(socket);
    return socket;
  }

  private void dropDead() {
    sockets.removeIf(socket -> socket.failure() != null);
  }

  @Override
  public String toString() {
    return "HranaWsClient[" + WsOptions.describe(url) + ", maxSockets=" + maxSockets + "]";
  }
}
