package dev.libsql4j.jdbc.config;

import java.sql.DriverPropertyInfo;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Every connection property the driver understands, in one place: its name, default, description,
 * allowed values and whether it is secret.
 *
 * <p>URL parsing ({@link JdbcUrl}), {@link java.util.Properties}, the DataSource setters and
 * {@code Driver.getPropertyInfo} all read this enum, so a property cannot be half-supported.
 * Sensitive properties are masked wherever they are printed.
 */
public enum ConnectionProperty {

  /** The database auth token (a JWT); also accepted as the JDBC password. */
  AUTH_TOKEN("authToken", null, true,
      "Auth token (JWT) sent as 'Authorization: Bearer'. May also be given as the JDBC password."),

  /** Plain HTTP instead of HTTPS for {@code jdbc:libsql://} URLs. */
  TLS("tls", "true", false,
      "Use HTTPS for jdbc:libsql://host URLs; 'false' or '0' selects plain HTTP (local servers).",
      "true", "false", "1", "0"),

  /** The namespace (database) on a multi-tenant server. */
  NAMESPACE("namespace", null, false,
      "Namespace (database) to use on a server started with --enable-namespaces; sent as x-namespace-bin."),

  /** Which Hrana protocol version to speak. */
  PROTOCOL("protocol", "auto", false,
      "Hrana protocol: 'auto' probes /v3 once and falls back to /v2; 'v3' or 'v2' force a version.",
      "auto", "v3", "v2"),

  /** TCP connect timeout. */
  CONNECT_TIMEOUT("connectTimeout", "10", false,
      "Seconds to wait for a TCP/TLS connection to the server; 0 = the HTTP client's default."),

  /** Default timeout of each HTTP request. */
  REQUEST_TIMEOUT("requestTimeout", "0", false,
      "Seconds to wait for the answer to one HTTP request (network timeout); 0 = no limit. "
          + "Statement.setQueryTimeout and Connection.setNetworkTimeout can only shorten it."),

  /** Default fetch size of new statements. */
  DEFAULT_FETCH_SIZE("defaultFetchSize", "0", false,
      "Fetch size of new statements. A positive value streams query results through /v3/cursor "
          + "instead of buffering them in one pipeline response; 0 = buffer."),

  /** How dates and times are bound as parameters. */
  DATE_TIME_FORMAT("dateTimeFormat", "iso8601", false,
      "Storage of bound dates/times: 'iso8601' text (yyyy-MM-dd HH:mm:ss.SSS, readable by SQLite's "
          + "date functions) or 'epochMillis' integers (sqlite-jdbc's default). Reading accepts text, "
          + "integer epoch millis and real Julian days either way.",
      "iso8601", "epochMillis"),

  /** The BEGIN statement of read-write transactions. */
  TRANSACTION_MODE("transactionMode", "immediate", false,
      "How read-write transactions begin: 'immediate' takes the write lock up front (BEGIN IMMEDIATE), "
          + "'deferred' takes it at the first write (BEGIN DEFERRED). Read-only connections always use "
          + "BEGIN TRANSACTION READONLY.",
      "immediate", "deferred"),

  /** HTTP requests or a persistent WebSocket. */
  TRANSPORT("transport", null, false,
      "'http' sends stateless HTTP requests (right for serverless functions); 'ws' multiplexes the "
          + "connections' streams on shared WebSockets (lower latency for long-running servers). "
          + "Default: 'ws' for jdbc:libsql:ws:// and wss:// URLs, else 'http'.",
      "http", "ws"),

  /** The bound on WebSockets per database. */
  MAX_WEB_SOCKETS("maxWebSockets", "4", false,
      "With transport=ws: the most WebSockets open to the server at once (at least 1); the "
          + "connections' streams share them, a second socket opens only while every socket is in use."),

  /** Read replicas of the database (routing). */
  REPLICAS("replicas", null, false,
      "Comma-separated read replicas ('host:port', using the primary's scheme, or full http(s) or ws(s) URLs). "
          + "Reads in autocommit mode and read-only transactions go to a healthy replica (round-robin); "
          + "writes and read-write transactions go to the primary (the URL's host)."),

  /** How long a replica may take to catch up with a required replication index. */
  REPLICA_WAIT_MILLIS("replicaWaitMillis", "1000", false,
      "Milliseconds a replica may take to reach the replication index a read requires (read-your-writes); "
          + "after that the read goes to the primary.");

  private final String propertyName;
  private final String defaultValue;
  private final boolean sensitive;
  private final String description;
  private final List<String> allowedValues;

  ConnectionProperty(String propertyName, String defaultValue, boolean sensitive, String description,
                     String... allowedValues) {
    this.propertyName = propertyName;
    this.defaultValue = defaultValue;
    this.sensitive = sensitive;
    this.description = description;
    this.allowedValues = List.of(allowedValues);
  }

  /** The name used in URLs and {@link Properties}. */
  public String propertyName() {
    return propertyName;
  }

  /** The default value, or null when there is none. */
  public String defaultValue() {
    return defaultValue;
  }

  /** Whether the value is a secret that must never be printed. */
  public boolean isSensitive() {
    return sensitive;
  }

  /** What the property does, for humans and tools. */
  public String description() {
    return description;
  }

  /** The values accepted (case-insensitively), or an empty list when any value is accepted. */
  public List<String> allowedValues() {
    return allowedValues;
  }

  /** Returns the property with this name (case-sensitive, as in URLs), or null. */
  public static ConnectionProperty forName(String name) {
    for (ConnectionProperty property : values()) {
      if (property.propertyName.equals(name)) {
        return property;
      }
    }
    return null;
  }

  /**
   * Returns the value in {@code properties}, or the default.
   *
   * @throws IllegalArgumentException when the value is not one of {@link #allowedValues()}
   */
  public String get(Properties properties) {
    String value = properties.getProperty(propertyName);
    if (value == null) {
      return defaultValue;
    }
    checkAllowed(value);
    return value;
  }

  /** Throws {@link IllegalArgumentException} when {@code value} is not allowed. */
  void checkAllowed(String value) {
    if (allowedValues.isEmpty()) {
      return;
    }
    for (String allowed : allowedValues) {
      if (allowed.equalsIgnoreCase(value)) {
        return;
      }
    }
    throw new IllegalArgumentException("Invalid value for connection property " + propertyName + ": '"
        + masked(value) + "'; allowed: " + allowedValues);
  }

  /** Returns the value as it may be printed: masked for sensitive properties. */
  public String masked(String value) {
    return sensitive && value != null ? "***" : value;
  }

  /** Describes this property and its current value in {@code properties} for {@code getPropertyInfo}. */
  public DriverPropertyInfo toDriverPropertyInfo(Properties properties) {
    String value = properties.getProperty(propertyName, defaultValue);
    DriverPropertyInfo info = new DriverPropertyInfo(propertyName, sensitive ? null : value);
    info.description = description;
    info.required = false;
    info.choices = allowedValues.isEmpty() ? null : allowedValues.toArray(String[]::new);
    return info;
  }

  /** Parses a non-negative integer value of this property. */
  int intValue(Properties properties) {
    String value = get(properties);
    try {
      int parsed = Integer.parseInt(value.trim());
      if (parsed < 0) {
        throw new NumberFormatException("negative");
      }
      return parsed;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Connection property " + propertyName
          + " must be a non-negative integer, got '" + value + "'", e);
    }
  }

  /** Parses a boolean value ({@code true/false/1/0}) of this property. */
  boolean booleanValue(Properties properties) {
    String value = get(properties).toLowerCase(Locale.ROOT);
    return value.equals("true") || value.equals("1");
  }
}
