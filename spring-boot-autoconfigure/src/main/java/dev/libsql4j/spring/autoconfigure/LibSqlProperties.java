package dev.libsql4j.spring.autoconfigure;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.convert.DurationUnit;

/**
 * The {@code libsql.*} properties: where the database is, its token, and the driver's connection
 * properties (one for each {@code dev.libsql4j.jdbc.config.ConnectionProperty}).
 *
 * <p>{@code spring.datasource.url} wins over {@link #getUrl() libsql.url} when both are set; the pool
 * is configured with {@code spring.datasource.hikari.*}. Defaults here are the driver's own, and a
 * parameter in the URL wins over the property here, as in the driver. {@link #toString()} is not
 * overridden on purpose: nothing prints the token.
 */
@ConfigurationProperties("libsql")
public class LibSqlProperties {

  /**
   * Database URL, used when spring.datasource.url is not set: jdbc:libsql://host, or the
   * libsql://host and https://host forms printed by the Turso CLI.
   */
  private String url;

  /** Auth token (JWT) of the database; falls back to spring.datasource.password. Never logged. */
  private String authToken;

  /** Namespace (database) on a sqld started with --enable-namespaces. */
  private String namespace;

  /** Whether jdbc:libsql://host URLs use HTTPS; false selects plain HTTP for local servers. */
  private boolean tls = true;

  /** Hrana protocol version: auto (probe /v3 once, else /v2), v3 or v2. */
  private String protocol = "auto";

  /** Time to wait for a TCP/TLS connection to the server (whole seconds). */
  @DurationUnit(java.time.temporal.ChronoUnit.SECONDS)
  private Duration connectTimeout = Duration.ofSeconds(10);

  /** Time to wait for the answer to one HTTP request (whole seconds); 0 means no limit. */
  @DurationUnit(java.time.temporal.ChronoUnit.SECONDS)
  private Duration requestTimeout = Duration.ZERO;

  /** Fetch size of new statements; positive streams query results through /v3/cursor, 0 buffers them. */
  private int defaultFetchSize = 0;

  /** How bound dates are stored: iso8601 text or epochMillis integers (sqlite-jdbc's storage). */
  private String dateTimeFormat = "iso8601";

  /** How read-write transactions begin: immediate (write lock up front) or deferred. */
  private String transactionMode = "immediate";

  /**
   * Transport: http (stateless requests, right for serverless functions) or ws (streams multiplexed on
   * shared WebSockets, lower latency for long-running servers). Unset: ws for ws:// and wss:// URLs,
   * else http.
   */
  private String transport;

  /** With transport ws: the most WebSockets open to the server at once (at least 1). */
  private int maxWebSockets = 4;

  /**
   * Read replicas of the database, host:port (with the primary's scheme) or http(s) URLs: reads in
   * autocommit mode and read-only transactions go to them (see libsql.consistency.*).
   */
  private List<String> replicas = new ArrayList<>();

  /**
   * Time a replica may take to reach the replication index a read requires (read-your-writes) before
   * the primary serves the read (whole milliseconds).
   */
  @DurationUnit(java.time.temporal.ChronoUnit.MILLIS)
  private Duration replicaWait = Duration.ofMillis(1000);

  /**
   * Whether the start-up runs one request against the database, so that a wrong URL or token fails
   * the start with an explanation instead of failing the first query.
   */
  private boolean checkOnStartup = true;

  /** The embedded devserver started when no URL is configured. */
  private final Devserver devserver = new Devserver();

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public String getAuthToken() {
    return authToken;
  }

  public void setAuthToken(String authToken) {
    this.authToken = authToken;
  }

  public String getNamespace() {
    return namespace;
  }

  public void setNamespace(String namespace) {
    this.namespace = namespace;
  }

  public boolean isTls() {
    return tls;
  }

  public void setTls(boolean tls) {
    this.tls = tls;
  }

  public String getProtocol() {
    return protocol;
  }

  public void setProtocol(String protocol) {
    this.protocol = protocol;
  }

  public Duration getConnectTimeout() {
    return connectTimeout;
  }

  public void setConnectTimeout(Duration connectTimeout) {
    this.connectTimeout = connectTimeout;
  }

  public Duration getRequestTimeout() {
    return requestTimeout;
  }

  public void setRequestTimeout(Duration requestTimeout) {
    this.requestTimeout = requestTimeout;
  }

  public int getDefaultFetchSize() {
    return defaultFetchSize;
  }

  public void setDefaultFetchSize(int defaultFetchSize) {
    this.defaultFetchSize = defaultFetchSize;
  }

  public String getDateTimeFormat() {
    return dateTimeFormat;
  }

  public void setDateTimeFormat(String dateTimeFormat) {
    this.dateTimeFormat = dateTimeFormat;
  }

  public String getTransactionMode() {
    return transactionMode;
  }

  public void setTransactionMode(String transactionMode) {
    this.transactionMode = transactionMode;
  }

  public String getTransport() {
    return transport;
  }

  public void setTransport(String transport) {
    this.transport = transport;
  }

  public int getMaxWebSockets() {
    return maxWebSockets;
  }

  public void setMaxWebSockets(int maxWebSockets) {
    this.maxWebSockets = maxWebSockets;
  }

  public List<String> getReplicas() {
    return replicas;
  }

  public void setReplicas(List<String> replicas) {
    this.replicas = replicas;
  }

  public Duration getReplicaWait() {
    return replicaWait;
  }

  public void setReplicaWait(Duration replicaWait) {
    this.replicaWait = replicaWait;
  }

  public boolean isCheckOnStartup() {
    return checkOnStartup;
  }

  public void setCheckOnStartup(boolean checkOnStartup) {
    this.checkOnStartup = checkOnStartup;
  }

  public Devserver getDevserver() {
    return devserver;
  }

  /** The {@code libsql.devserver.*} properties. */
  public static class Devserver {

    /**
     * Whether to start the embedded devserver when no URL is configured and libsql4j-devserver is on
     * the class path. Keep that dependency out of production builds.
     */
    private boolean enabled = true;

    /** Directory of the devserver's databases, kept between runs (relative to the working directory). */
    private Path dataDir = Path.of(".libsql4j", "devserver");

    /** Port on 127.0.0.1 for the devserver; 0 picks a free port (the URL is logged at start). */
    private int port = 0;

    /**
     * Number of devserver replicas of the embedded primary to start (data in data-dir/replica-N, free
     * ports); the DataSource routes reads to them as it would to libsql.replicas.
     */
    private int replicas = 0;

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    public Path getDataDir() {
      return dataDir;
    }

    public void setDataDir(Path dataDir) {
      this.dataDir = dataDir;
    }

    public int getPort() {
      return port;
    }

    public void setPort(int port) {
      this.port = port;
    }

    public int getReplicas() {
      return replicas;
    }

    public void setReplicas(int replicas) {
      this.replicas = replicas;
    }
  }
}
