package dev.libsql4j.devserver;

import com.sun.net.httpserver.HttpServer;
import dev.libsql4j.devserver.auth.Authenticator;
import dev.libsql4j.devserver.auth.JwtAuthenticator;
import dev.libsql4j.devserver.http.AdminApi;
import dev.libsql4j.devserver.http.UserApi;
import dev.libsql4j.devserver.namespace.NamespaceRegistry;
import dev.libsql4j.devserver.namespace.NamespaceResolver;
import dev.libsql4j.devserver.replication.PrimaryClient;
import dev.libsql4j.devserver.replication.Replicator;
import dev.libsql4j.devserver.sql.Database;
import dev.libsql4j.devserver.stream.StreamRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * An embedded libSQL-compatible server: Hrana 2/3 over HTTP on SQLite files, behaving like sqld for
 * what clients see (batons, stream expiry, errors, counters, JWT auth, namespaces), so that
 * {@code @libsql/client}, the Rust client and libsql4j's driver use it unchanged.
 *
 * <pre>{@code
 * try (DevServer server = DevServer.builder().start()) {      // temporary database, ephemeral port
 *   URI url = server.httpUrl();                                // http://127.0.0.1:PORT
 * }
 * }</pre>
 *
 * <p>Started with {@link Builder#replicaOf(URI)} it is a replica of another devserver: it serves reads
 * from its own copy, sends writes and transactions to the primary, and keeps its copy up to date by
 * applying the primary's committed database state (see {@link dev.libsql4j.devserver.sql.DatabaseImages}).
 *
 * <p>HTTP runs on the JDK's own {@code com.sun.net.httpserver}: no dependency that could clash with the
 * web server of the application under test, chunked streaming for cursors, keep-alive. Requests are
 * served by a bounded pool of daemon threads.
 */
public final class DevServer implements AutoCloseable {

  static {
    // Without TCP_NODELAY the JDK server's separate header and body writes meet the client's delayed
    // ACK: ~40 ms per small response. Read once, when the JDK server's configuration loads.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private final HttpServer http;
  private final HttpServer admin;
  private final ExecutorService workers;
  private final StreamRegistry streams;
  private final NamespaceRegistry namespaces;
  private final Replicator replicator;
  private final Path dbPath;
  private final boolean deleteOnClose;

  private DevServer(Builder b) throws IOException {
    this.deleteOnClose = b.dbPath == null;
    this.dbPath = b.dbPath != null ? b.dbPath : Files.createTempDirectory("libsql4j-devserver");
    PrimaryClient primary = b.primaryUrl == null ? null : new PrimaryClient(b.primaryUrl, b.primaryAuthToken);
    this.replicator = primary == null ? null : new Replicator(primary, b.replicationLag);
    this.namespaces = new NamespaceRegistry(dbPath, b.durability, b.writeLockTimeout,
        b.transactionTimeout, replicator);
    Authenticator authenticator = b.jwtKeyFile == null
        ? Authenticator.NONE : JwtAuthenticator.fromFile(b.jwtKeyFile);
    this.streams = new StreamRegistry(b.streamIdleTimeout, b.streamTombstone, b.maxStreams,
        Duration.ofSeconds(1));
    this.workers = workers(b.maxThreads);
    UserApi userApi = new UserApi(new NamespaceResolver(b.namespaces), namespaces, authenticator,
        streams, b.maxRequestBytes, b.maxResponseBytes, "libsql4j-devserver " + version(), primary);
    this.http = HttpServer.create(new InetSocketAddress(b.host, b.port), 0);
    http.createContext("/", userApi);
    http.setExecutor(workers);
    if (b.adminPort >= 0) {
      admin = HttpServer.create(new InetSocketAddress(b.adminHost, b.adminPort), 0);
      admin.createContext("/", new AdminApi(namespaces, replicator));
      admin.setExecutor(workers);
    } else {
      admin = null;
    }
  }

  /** A builder with sqld's defaults, a temporary database and an ephemeral port on 127.0.0.1. */
  public static Builder builder() {
    return new Builder();
  }

  private DevServer startListening() {
    http.start();
    if (admin != null) {
      admin.start();
    }
    return this;
  }

  /** The user API's base URL, {@code http://127.0.0.1:PORT} (no trailing slash). */
  public URI httpUrl() {
    return url(http);
  }

  /** The admin API's base URL, or null when no admin listener was asked for. */
  public URI adminUrl() {
    return admin == null ? null : url(admin);
  }

  /** The data directory ({@code dbs/<namespace>/data} inside). */
  public Path dbPath() {
    return dbPath;
  }

  /** How many streams are open right now. */
  public int openStreams() {
    return streams.openStreams();
  }

  /** Whether this server is a replica ({@link Builder#replicaOf(URI)}). */
  public boolean isReplica() {
    return replicator != null;
  }

  /**
   * The replication index of a namespace's database: the last commit on a primary, the primary's index
   * applied so far on a replica; null before the first commit.
   */
  public Long replicationIndex(String namespace) {
    try {
      return namespaces.get(namespace).replicationIndex();
    } catch (dev.libsql4j.devserver.error.ProtocolException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /**
   * On a replica, stops applying the primary's changes until {@link #resumeReplication()}: reads stay
   * stale, reads that ask for a newer {@code replication_index} wait. For tests of stale reads.
   */
  public void pauseReplication() {
    requireReplica().pause();
  }

  /** On a replica, applies the primary's changes again, the newest state first. */
  public void resumeReplication() {
    requireReplica().resume();
  }

  private Replicator requireReplica() {
    if (replicator == null) {
      throw new IllegalStateException("not a replica: start it with DevServer.builder().replicaOf(primaryUrl)");
    }
    return replicator;
  }

  private static URI url(HttpServer server) {
    InetSocketAddress address = server.getAddress();
    return URI.create("http://" + address.getAddress().getHostAddress() + ":" + address.getPort());
  }

  /** Stops listening, rolls back open streams and, for a temporary database, deletes it. */
  @Override
  public void close() {
    http.stop(0);
    if (admin != null) {
      admin.stop(0);
    }
    workers.shutdownNow();
    streams.close();
    namespaces.close();
    if (deleteOnClose) {
      try (Stream<Path> files = Files.walk(dbPath)) {
        files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot delete " + dbPath, e);
      }
    }
  }

  private static ExecutorService workers(int maxThreads) {
    AtomicInteger count = new AtomicInteger();
    // Writers waiting for the write gate hold a thread: the pool must be large enough that the request
    // that will commit (and open the gate) still finds one.
    ThreadPoolExecutor pool = new ThreadPoolExecutor(maxThreads, maxThreads, 30, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(), r -> {
          Thread thread = new Thread(r, "devserver-http-" + count.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        });
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }

  private static String version() {
    String version = DevServer.class.getPackage().getImplementationVersion();
    return version == null ? "dev" : version;
  }

  /** Configures a {@link DevServer}; defaults follow sqld. */
  public static final class Builder {
    private Path dbPath;
    private String host = "127.0.0.1";
    private int port;
    private String adminHost = "127.0.0.1";
    private int adminPort = -1;
    private Path jwtKeyFile;
    private boolean namespaces;
    private Duration streamIdleTimeout = Duration.ofSeconds(10);
    private Duration streamTombstone = Duration.ofSeconds(300);
    private int maxStreams = 128;
    private Duration writeLockTimeout = Duration.ofSeconds(5);
    private Duration transactionTimeout = Duration.ofSeconds(5);
    private long maxRequestBytes = 32L << 20;
    private long maxResponseBytes = 10_000_000L;
    private int maxThreads = 64;
    private Database.Durability durability = Database.Durability.NORMAL;
    private URI primaryUrl;
    private String primaryAuthToken;
    private Duration replicationLag = Duration.ZERO;

    private Builder() {}

    /**
     * Makes this server a replica of the devserver at {@code primaryUrl} (its user API, e.g.
     * {@code http://127.0.0.1:8080}): reads run on a local copy, writes and transactions go to the primary.
     */
    public Builder replicaOf(URI primaryUrl) {
      this.primaryUrl = Objects.requireNonNull(primaryUrl);
      return this;
    }

    /** A full-access token for fetching the primary's databases, when the primary checks JWTs. */
    public Builder primaryAuthToken(String token) {
      this.primaryAuthToken = Objects.requireNonNull(token);
      return this;
    }

    /** How long a replica waits before applying each new state of the primary (default: none). */
    public Builder replicationLag(Duration lag) {
      if (lag.isNegative()) {
        throw new IllegalArgumentException("must not be negative: " + lag);
      }
      this.replicationLag = lag;
      return this;
    }

    /** The data directory (created if missing); by default a temporary one deleted by {@code close()}. */
    public Builder dbPath(Path dbPath) {
      this.dbPath = Objects.requireNonNull(dbPath);
      return this;
    }

    /** The user API's address (sqld's {@code --http-listen-addr}); port 0 picks a free one. */
    public Builder httpListen(String host, int port) {
      this.host = Objects.requireNonNull(host);
      this.port = port;
      return this;
    }

    /** Starts the admin API on this address (sqld's {@code --admin-listen-addr}); port 0 picks one. */
    public Builder adminListen(String host, int port) {
      this.adminHost = Objects.requireNonNull(host);
      this.adminPort = port;
      return this;
    }

    /** Requires EdDSA JWTs verified with the Ed25519 key(s) in this file ({@code --auth-jwt-key-file}). */
    public Builder jwtKeyFile(Path file) {
      this.jwtKeyFile = Objects.requireNonNull(file);
      return this;
    }

    /** Enables namespaces ({@code --enable-namespaces}). */
    public Builder namespaces(boolean enabled) {
      this.namespaces = enabled;
      return this;
    }

    /** How long an unused stream lives (sqld: 10 s). */
    public Builder streamIdleTimeout(Duration timeout) {
      this.streamIdleTimeout = positive(timeout);
      return this;
    }

    /** How long an expired stream's baton answers {@code STREAM_EXPIRED} (sqld: 300 s). */
    public Builder streamTombstone(Duration duration) {
      this.streamTombstone = positive(duration);
      return this;
    }

    /** How many streams may be open at once (sqld: 128). */
    public Builder maxStreams(int max) {
      this.maxStreams = atLeastOne(max);
      return this;
    }

    /** How long a writer waits for the write lock before {@code SQLITE_BUSY} (default 5 s). */
    public Builder writeLockTimeout(Duration timeout) {
      this.writeLockTimeout = positive(timeout);
      return this;
    }

    /**
     * How long a transaction may hold the write lock while another writer waits; then it is rolled back
     * and its stream's next request fails with {@code TRANSACTION_TIMEOUT} (sqld's {@code txn_timeout_s}: 5 s).
     */
    public Builder transactionTimeout(Duration timeout) {
      this.transactionTimeout = positive(timeout);
      return this;
    }

    /** The largest request body (413 beyond; sqld has no limit). */
    public Builder maxRequestBytes(long max) {
      this.maxRequestBytes = atLeastOne(max);
      return this;
    }

    /** The largest pipeline result ({@code RESPONSE_TOO_LARGE} beyond; sqld: 10 MB). */
    public Builder maxResponseBytes(long max) {
      this.maxResponseBytes = atLeastOne(max);
      return this;
    }

    /** How many requests are served at once. */
    public Builder maxThreads(int max) {
      this.maxThreads = atLeastOne(max);
      return this;
    }

    /** How commits reach the disk; see {@link Database.Durability}. */
    public Builder durability(Database.Durability durability) {
      this.durability = Objects.requireNonNull(durability);
      return this;
    }

    /** Opens the databases and starts listening. */
    public DevServer start() throws IOException {
      return new DevServer(this).startListening();
    }

    private static Duration positive(Duration d) {
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException("must be positive: " + d);
      }
      return d;
    }

    private static <N extends Number> N atLeastOne(N n) {
      if (n.longValue() < 1) {
        throw new IllegalArgumentException("must be at least 1: " + n);
      }
      return n;
    }
  }
}
