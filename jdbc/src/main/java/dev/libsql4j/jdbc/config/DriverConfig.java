package dev.libsql4j.jdbc.config;

import dev.libsql4j.hrana.http.HranaClientConfig;
import dev.libsql4j.hrana.http.ProtocolPreference;
import dev.libsql4j.jdbc.DriverVersion;
import dev.libsql4j.jdbc.types.DateTimeFormat;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;

/**
 * The typed, validated configuration of one database: where it is, how to authenticate, and the
 * driver's behaviour settings.
 *
 * <p>Built from a {@link JdbcUrl} and {@link Properties}. Precedence, highest first: a URL query
 * parameter, then a property, then the default. The token is taken from the {@code authToken} URL
 * parameter, else the {@code authToken} property, else the {@code password} property (the JDBC
 * password). Equal configurations share one transport (HTTP client or WebSocket pool). {@link #toString()} masks the token.
 */
public final class DriverConfig {

  /** Where the database is and how to reach it: what the transport (HTTP or WebSocket) is built with. */
  private final HranaClientConfig server;
  private final int defaultFetchSize;
  private final DateTimeFormat dateTimeFormat;
  private final TransactionMode transactionMode;
  private final Transport transport;
  private final int maxWebSockets;
  private final List<URI> replicas;
  private final Duration replicaWait;

  private DriverConfig(URI baseUrl, Properties merged, String authToken, boolean webSocketScheme) {
    this.server = serverConfig(baseUrl, authToken, ConnectionProperty.NAMESPACE.get(merged),
        ProtocolPreference.valueOf(ConnectionProperty.PROTOCOL.get(merged).toUpperCase(Locale.ROOT)),
        seconds(ConnectionProperty.CONNECT_TIMEOUT.intValue(merged)),
        seconds(ConnectionProperty.REQUEST_TIMEOUT.intValue(merged)));
    this.defaultFetchSize = ConnectionProperty.DEFAULT_FETCH_SIZE.intValue(merged);
    this.dateTimeFormat = ConnectionProperty.DATE_TIME_FORMAT.get(merged).equalsIgnoreCase("epochMillis")
        ? DateTimeFormat.EPOCH_MILLIS : DateTimeFormat.ISO8601;
    this.transactionMode = TransactionMode.valueOf(
        ConnectionProperty.TRANSACTION_MODE.get(merged).toUpperCase(Locale.ROOT));
    String transportName = ConnectionProperty.TRANSPORT.get(merged);
    this.transport = transportName != null ? Transport.valueOf(transportName.toUpperCase(Locale.ROOT))
        : webSocketScheme ? Transport.WS : Transport.HTTP;
    this.maxWebSockets = ConnectionProperty.MAX_WEB_SOCKETS.intValue(merged);
    if (maxWebSockets < 1) {
      throw new IllegalArgumentException("Connection property maxWebSockets must be at least 1");
    }
    this.replicas = replicaUrls(ConnectionProperty.REPLICAS.get(merged), baseUrl.getScheme());
    this.replicaWait = Duration.ofMillis(ConnectionProperty.REPLICA_WAIT_MILLIS.intValue(merged));
  }

  /** A copy for one replica: its base URL, no replicas of its own. */
  private DriverConfig(DriverConfig primary, URI replicaUrl) {
    this.server = serverConfig(replicaUrl, primary.authToken(), primary.namespace(), primary.protocol(),
        primary.connectTimeout(), primary.requestTimeout());
    this.defaultFetchSize = primary.defaultFetchSize;
    this.dateTimeFormat = primary.dateTimeFormat;
    this.transactionMode = primary.transactionMode;
    this.transport = primary.transport;
    this.maxWebSockets = primary.maxWebSockets;
    this.replicas = List.of();
    this.replicaWait = primary.replicaWait;
  }

  /**
   * The transport's configuration; an empty token or namespace means none, a null timeout the
   * transport's default.
   */
  private static HranaClientConfig serverConfig(URI baseUrl, String authToken, String namespace,
                                                ProtocolPreference protocol, Duration connectTimeout,
                                                Duration requestTimeout) {
    HranaClientConfig.Builder builder = HranaClientConfig.builder()
        .baseUrl(baseUrl)
        .authToken(authToken)
        .namespace(namespace == null || namespace.isEmpty() ? null : namespace)
        .protocol(protocol)
        .requestTimeout(requestTimeout)
        .clientVersion("libsql-remote-java-" + DriverVersion.VERSION);
    if (connectTimeout != null) {
      builder.connectTimeout(connectTimeout);
    }
    return builder.build();
  }

  /**
   * Parses {@code host:port} (with the primary's scheme) or full {@code http(s)://} / {@code ws(s)://}
   * entries; WebSocket URLs name the same server as {@code http(s)} (the transport is the primary's).
   */
  private static List<URI> replicaUrls(String value, String scheme) {
    if (value == null || value.isBlank()) {
      return List.of();
    }
    List<URI> urls = new ArrayList<>();
    for (String entry : value.split(",")) {
      String trimmed = entry.trim();
      if (!trimmed.isEmpty()) {
        urls.add(replicaUrl(trimmed, scheme));
      }
    }
    return List.copyOf(urls);
  }

  private static URI replicaUrl(String entry, String scheme) {
    String full = entry.contains("://") ? entry : scheme + "://" + entry;
    String text = full.endsWith("/") ? full.substring(0, full.length() - 1) : full;
    String invalid = "Invalid replica '" + entry + "' in connection property replicas; "
        + "expected host:port or an http(s) or ws(s) URL";
    URI url;
    try {
      url = URI.create(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(invalid);
    }
    String httpScheme = switch (url.getScheme()) {
      case "http", "ws" -> "http";
      case "https", "wss" -> "https";
      default -> null;
    };
    if (url.getHost() == null || httpScheme == null) {
      throw new IllegalArgumentException(invalid);
    }
    return httpScheme.equals(url.getScheme()) ? url : URI.create(httpScheme + text.substring(text.indexOf("://")));
  }

  private static Duration seconds(int seconds) {
    return seconds == 0 ? null : Duration.ofSeconds(seconds);
  }

  /**
   * Combines a URL and properties into a configuration.
   *
   * @param url the parsed URL
   * @param info properties from {@code DriverManager}/DataSource; may be null
   * @throws IllegalArgumentException when a value is invalid (message without secrets)
   */
  public static DriverConfig from(JdbcUrl url, Properties info) {
    Properties merged = new Properties();
    if (info != null) {
      for (String name : info.stringPropertyNames()) {
        ConnectionProperty property = ConnectionProperty.forName(name);
        if (property != null) {
          property.checkAllowed(info.getProperty(name));
          merged.setProperty(name, info.getProperty(name));
        }
      }
    }
    merged.putAll(url.parameters());
    String token = merged.getProperty(ConnectionProperty.AUTH_TOKEN.propertyName());
    if (token == null && info != null) {
      token = info.getProperty("password");
    }
    return new DriverConfig(url.baseUrl(ConnectionProperty.TLS.booleanValue(merged)), merged, token,
        url.webSocketScheme());
  }

  /** The HTTP(S) base URL of the server, without trailing slash. */
  public URI baseUrl() {
    return server.baseUrl();
  }

  /** The auth token, or null. Never print it. */
  public String authToken() {
    return server.authToken();
  }

  /** The namespace, or null for the server's default. */
  public String namespace() {
    return server.namespace();
  }

  /** Which protocol version to speak. */
  public ProtocolPreference protocol() {
    return server.protocol();
  }

  /** The TCP connect timeout ({@code connectTimeout=0}: the transport's default, 10 s). */
  public Duration connectTimeout() {
    return server.connectTimeout();
  }

  /** The default timeout of one HTTP request, or null for none. */
  public Duration requestTimeout() {
    return server.requestTimeout();
  }

  /** The fetch size of new statements; positive values stream through cursors. */
  public int defaultFetchSize() {
    return defaultFetchSize;
  }

  /** How bound dates and times are stored. */
  public DateTimeFormat dateTimeFormat() {
    return dateTimeFormat;
  }

  /** How read-write transactions begin. */
  public TransactionMode transactionMode() {
    return transactionMode;
  }

  /** HTTP requests or WebSockets. */
  public Transport transport() {
    return transport;
  }

  /** With {@link Transport#WS}: the most sockets open at once. */
  public int maxWebSockets() {
    return maxWebSockets;
  }


  /** The base URLs of the read replicas (empty when there are none). */
  public List<URI> replicas() {
    return replicas;
  }

  /** How long a replica may wait for a required replication index before the primary serves the read. */
  public Duration replicaWait() {
    return replicaWait;
  }

  /** The configuration of one replica: same settings, its URL, no replicas. */
  public DriverConfig forReplica(URI replicaUrl) {
    return new DriverConfig(this, replicaUrl);
  }

  /** The configuration of the transport (HTTP or WebSocket) for this database. */
  public HranaClientConfig toClientConfig() {
    return server;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DriverConfig that
        && server.equals(that.server)
        && defaultFetchSize == that.defaultFetchSize && dateTimeFormat == that.dateTimeFormat
        && transactionMode == that.transactionMode && transport == that.transport
        && maxWebSockets == that.maxWebSockets
        && replicas.equals(that.replicas) && replicaWait.equals(that.replicaWait);
  }

  @Override
  public int hashCode() {
    return Objects.hash(server, defaultFetchSize, dateTimeFormat, transactionMode, transport, maxWebSockets,
        replicas, replicaWait);
  }

  @Override
  public String toString() {
    return "DriverConfig[baseUrl=" + baseUrl() + ", authToken=" + (authToken() == null ? "none" : "***")
        + ", namespace=" + namespace() + ", protocol=" + protocol() + ", connectTimeout=" + connectTimeout()
        + ", requestTimeout=" + requestTimeout() + ", defaultFetchSize=" + defaultFetchSize
        + ", dateTimeFormat=" + dateTimeFormat + ", transactionMode=" + transactionMode
        + ", transport=" + transport + ", maxWebSockets=" + maxWebSockets
        + (replicas.isEmpty() ? "" : ", replicas=" + replicas + ", replicaWait=" + replicaWait) + "]";
  }
}
