package dev.libsql4j.jdbc.exec;

import dev.libsql4j.hrana.http.HranaException;
import dev.libsql4j.hrana.http.HranaHttpClient;
import dev.libsql4j.hrana.http.HranaStream;
import dev.libsql4j.hrana.http.HranaTransport;
import dev.libsql4j.hrana.ws.HranaWsClient;
import dev.libsql4j.jdbc.config.Transport;
import dev.libsql4j.hrana.http.ProtocolVersion;
import dev.libsql4j.hrana.message.StreamRequest;
import dev.libsql4j.jdbc.config.DriverConfig;
import dev.libsql4j.jdbc.error.SqlExceptions;
import dev.libsql4j.jdbc.routing.NodeGroup;
import dev.libsql4j.jdbc.sql.ParsedSqlCache;
import java.net.http.HttpClient;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One remote database as seen by the driver: its configuration, the transport shared by all its
 * connections (the HTTP client with keep-alive, TLS and the cached {@code /v3} probe, or the pool of
 * WebSockets their streams multiplex on), and facts about the server learned once
 * ({@code sqlite_version()}).
 *
 * <p>A DataSource owns one and closes it; the Driver keeps one per distinct configuration for the
 * life of the JVM. Thread-safe.
 */
public final class RemoteDatabase implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(RemoteDatabase.class);
  private static final AtomicInteger THREADS = new AtomicInteger();
  /** Enough for the distinct statements of a typical application's data layer. */
  private static final int PREPARED_SQL_CACHE_SIZE = 512;

  private volatile DriverConfig config;
  private final HranaTransport client;
  private final ExecutorService background;
  private final ParsedSqlCache preparedSql = new ParsedSqlCache(PREPARED_SQL_CACHE_SIZE);
  private final NodeGroup nodes;
  private volatile String sqliteVersion;

  /** Creates the transport for {@code config}; no request is sent yet. */
  public RemoteDatabase(DriverConfig config) {
    this(config, null);
  }

  /**
   * Creates the Hrana client for {@code config} over {@code sharedOrNull}, a JDK HTTP client shared
   * with other databases (null: one of its own; unused over WebSocket); no request is sent yet.
   */
  public RemoteDatabase(DriverConfig config, HttpClient sharedOrNull) {
    this.config = config;
    this.client = config.transport() == Transport.WS
        ? new HranaWsClient(config.toClientConfig(), config.maxWebSockets())
        : sharedOrNull == null ? new HranaHttpClient(config.toClientConfig())
        : new HranaHttpClient(config.toClientConfig(), sharedOrNull);
    // Closing streams after a cursor must not delay the user; a daemon thread does it.
    this.background = Executors.newCachedThreadPool(task -> {
      Thread thread = new Thread(task, "libsql4j-stream-closer-" + THREADS.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
    this.nodes = new NodeGroup(this, replica -> new RemoteDatabase(replica, sharedOrNull));
  }

  /** This database as a primary with the replicas its configuration lists (none: itself alone). */
  public NodeGroup nodes() {
    return nodes;
  }

  /** The configuration. */
  public DriverConfig config() {
    return config;
  }

  /**
   * Takes the token of {@code renewed} (equal to the current configuration but for the token) for
   * the connections made from now on and for those already open.
   */
  void replaceAuthToken(DriverConfig renewed) {
    config = renewed;
    client.replaceAuthToken(renewed.authToken());
  }

  /** The scans of prepared SQL texts, shared by the connections to this database. */
  public ParsedSqlCache preparedSql() {
    return preparedSql;
  }

  /** The shared transport ({@link HranaHttpClient} or {@link HranaWsClient}). */
  public HranaTransport client() {
    return client;
  }

  /**
   * Whether a connection keeps one stream for its life: over WebSocket streams live as long as the
   * socket (sqld expires idle HTTP streams after 10 s), so a kept stream saves an
   * {@code open_stream}/{@code close_stream} and a new server connection per statement.
   */
  public boolean keepsStreams() {
    return client instanceof HranaWsClient;
  }

  /** The protocol version spoken with the server (probed once per client). */
  public ProtocolVersion protocolVersion() throws SQLException {
    try {
      return client.protocolVersion();
    } catch (HranaException e) {
      throw SqlExceptions.of(e, false);
    }
  }

  /** The server's {@code sqlite_version()}, queried with {@code query} the first time only. */
  public String sqliteVersion(VersionQuery query) throws SQLException {
    String version = sqliteVersion;
    if (version == null) {
      version = query.run();
      sqliteVersion = version;
    }
    return version;
  }

  /** How the SQLite version is fetched (through a connection of the caller). */
  @FunctionalInterface
  public interface VersionQuery {
    /** Runs {@code SELECT sqlite_version()} and returns the text. */
    String run() throws SQLException;
  }

  /** Closes {@code stream} on the server without making the caller wait; failures are only logged. */
  void closeInBackground(HranaStream stream) {
    if (keepsStreams()) {
      // Over WebSocket a reset sends close_stream without waiting: nothing to hand to a thread.
      stream.reset();
      return;
    }
    Runnable close = () -> {
      try {
        stream.execute(List.of(new StreamRequest.Close()), null);
      } catch (HranaException | RuntimeException e) {
        // The server expires the stream after 10 s anyway.
        LOG.debug("Closing a stream in the background failed: {}", e.getMessage());
      }
    };
    try {
      background.execute(close);
    } catch (RejectedExecutionException closedAlready) {
      stream.reset();
    }
  }

  /** Releases the transport and the background thread. */
  @Override
  public void close() {
    background.shutdown();
    client.close();
    nodes.closeReplicas();
  }

  @Override
  public String toString() {
    return "RemoteDatabase[" + config + "]";
  }
}
