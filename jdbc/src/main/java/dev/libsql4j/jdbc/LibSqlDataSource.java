package dev.libsql4j.jdbc;

import dev.libsql4j.jdbc.config.ConnectionProperty;
import dev.libsql4j.jdbc.config.DriverConfig;
import dev.libsql4j.jdbc.config.JdbcUrl;
import dev.libsql4j.jdbc.error.SqlState;
import dev.libsql4j.jdbc.exec.DatabaseRegistry;
import dev.libsql4j.jdbc.routing.RoutingListener;
import java.io.PrintWriter;
import java.net.http.HttpClient;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A DataSource for pools and frameworks: set the URL and properties, then get connections. All
 * connections share one HTTP client (keep-alive, TLS, one {@code /v3} probe), released by
 * {@link #close()}.
 *
 * <p>There is a setter for every {@link ConnectionProperty}; {@link #setProperty(String, String)}
 * sets any of them by name. Configuration is sealed once the first connection was made: setters
 * then throw {@link IllegalStateException}, except {@link #setAuthToken} (tokens expire).
 * {@link #toString()} masks the token.
 */
public class LibSqlDataSource implements DataSource, AutoCloseable, SelfWrapper {

  private final Properties properties = new Properties();
  private final DatabaseRegistry databases = new DatabaseRegistry();
  private volatile String url;
  private volatile boolean sealed;
  private volatile RoutingListener routingListener;
  private PrintWriter logWriter;
  private int loginTimeout;

  /** An unconfigured data source; set at least the URL. */
  public LibSqlDataSource() {
  }

  /** A data source for {@code url}. */
  public LibSqlDataSource(String url) {
    setUrl(url);
  }

  // ---------------------------------------------------------------- configuration

  /** The {@code jdbc:libsql:} URL (may carry properties as query parameters). */
  public void setUrl(String url) {
    checkNotSealed();
    this.url = url;
  }

  /** The URL, with the token masked. */
  public String getUrl() {
    return url == null ? null : JdbcUrl.accepts(url) ? safeUrl() : url;
  }

  private String safeUrl() {
    try {
      return JdbcUrl.parse(url).toString();
    } catch (IllegalArgumentException e) {
      return "<invalid libSQL URL>";
    }
  }

  /** Sets a connection property by its name (see {@link ConnectionProperty}). */
  public void setProperty(String name, String value) {
    checkNotSealed();
    ConnectionProperty property = ConnectionProperty.forName(name);
    if (property == null) {
      throw new IllegalArgumentException("Unknown connection property: " + name);
    }
    if (value == null) {
      properties.remove(name);
    } else {
      properties.setProperty(name, value);
    }
  }

  /** A property's value as set here (sensitive ones masked), or null. */
  public String getProperty(String name) {
    ConnectionProperty property = ConnectionProperty.forName(name);
    return property == null ? null : property.masked(properties.getProperty(name));
  }

  /**
   * See {@link ConnectionProperty#AUTH_TOKEN}. Unlike the other settings, the token may be replaced
   * while the data source is in use (tokens expire): connections made from now on use it, and so do
   * the open ones, whose next requests carry it (over WebSocket the live sockets send a new
   * {@code hello}). A token given in the URL takes precedence and is not replaced.
   */
  public void setAuthToken(String token) {
    if (!sealed) {
      setProperty(ConnectionProperty.AUTH_TOKEN.propertyName(), token);
      return;
    }
    synchronized (properties) {
      JdbcUrl parsed = JdbcUrl.parse(url);
      DriverConfig before = DriverConfig.from(parsed, properties);
      if (token == null) {
        properties.remove(ConnectionProperty.AUTH_TOKEN.propertyName());
      } else {
        properties.setProperty(ConnectionProperty.AUTH_TOKEN.propertyName(), token);
      }
      databases.replaceAuthToken(before, DriverConfig.from(parsed, properties));
    }
  }

  /** See {@link ConnectionProperty#TLS}. */
  public void setTls(boolean tls) {
    setProperty(ConnectionProperty.TLS.propertyName(), Boolean.toString(tls));
  }

  /** See {@link ConnectionProperty#NAMESPACE}. */
  public void setNamespace(String namespace) {
    setProperty(ConnectionProperty.NAMESPACE.propertyName(), namespace);
  }

  /** See {@link ConnectionProperty#PROTOCOL}: {@code auto}, {@code v3} or {@code v2}. */
  public void setProtocol(String protocol) {
    setProperty(ConnectionProperty.PROTOCOL.propertyName(), protocol);
  }

  /** See {@link ConnectionProperty#CONNECT_TIMEOUT} (seconds). */
  public void setConnectTimeout(int seconds) {
    setProperty(ConnectionProperty.CONNECT_TIMEOUT.propertyName(), Integer.toString(seconds));
  }

  /** See {@link ConnectionProperty#REQUEST_TIMEOUT} (seconds). */
  public void setRequestTimeout(int seconds) {
    setProperty(ConnectionProperty.REQUEST_TIMEOUT.propertyName(), Integer.toString(seconds));
  }

  /** See {@link ConnectionProperty#DEFAULT_FETCH_SIZE}. */
  public void setDefaultFetchSize(int rows) {
    setProperty(ConnectionProperty.DEFAULT_FETCH_SIZE.propertyName(), Integer.toString(rows));
  }

  /** See {@link ConnectionProperty#DATE_TIME_FORMAT}: {@code iso8601} or {@code epochMillis}. */
  public void setDateTimeFormat(String format) {
    setProperty(ConnectionProperty.DATE_TIME_FORMAT.propertyName(), format);
  }

  /** See {@link ConnectionProperty#TRANSACTION_MODE}: {@code immediate} or {@code deferred}. */
  public void setTransactionMode(String mode) {
    setProperty(ConnectionProperty.TRANSACTION_MODE.propertyName(), mode);
  }

  /**
   * Sends through {@code shared} instead of an HTTP client of this data source's own: many data
   * sources (e.g. one per tenant namespace on one server) then share one selector thread and one
   * keep-alive pool. Build it with {@code HranaHttpClient.newHttpClient(connectTimeout)} (sqld needs
   * HTTP/1.1); its connect timeout applies. {@link #close()} leaves it open.
   */
  public void setHttpClient(HttpClient shared) {
    checkNotSealed();
    databases.useHttpClient(shared);
  }

  /** See {@link ConnectionProperty#TRANSPORT}: {@code http} or {@code ws}. */
  public void setTransport(String transport) {
    setProperty(ConnectionProperty.TRANSPORT.propertyName(), transport);
  }

  /** See {@link ConnectionProperty#MAX_WEB_SOCKETS}. */
  public void setMaxWebSockets(int sockets) {
    setProperty(ConnectionProperty.MAX_WEB_SOCKETS.propertyName(), Integer.toString(sockets));
  }

  /**
   * See {@link ConnectionProperty#REPLICAS}: comma-separated {@code host:port} (the primary's scheme)
   * or {@code http(s)://} URLs of read replicas.
   */
  public void setReplicas(String replicas) {
    setProperty(ConnectionProperty.REPLICAS.propertyName(), replicas);
  }

  /** See {@link ConnectionProperty#REPLICA_WAIT_MILLIS}. */
  public void setReplicaWaitMillis(int millis) {
    setProperty(ConnectionProperty.REPLICA_WAIT_MILLIS.propertyName(), Integer.toString(millis));
  }

  /**
   * Tells {@code listener} which node (primary or replica) served each statement of the connections
   * made from now on: the metrics hook of replica routing. Null removes it.
   */
  public void setRoutingListener(RoutingListener listener) {
    this.routingListener = listener;
  }

  private void checkNotSealed() {
    if (sealed) {
      throw new IllegalStateException("The data source is in use; its configuration can no longer change");
    }
  }

  // ---------------------------------------------------------------- connections

  @Override
  public Connection getConnection() throws SQLException {
    return connect(properties);
  }

  /** Connects with {@code password} as the token (when no {@code authToken} is configured). */
  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    Properties withPassword = new Properties();
    withPassword.putAll(properties);
    if (password != null) {
      withPassword.setProperty("password", password);
    }
    return connect(withPassword);
  }

  private Connection connect(Properties info) throws SQLException {
    if (url == null) {
      throw SqlState.CONNECTION_REJECTED.create("No URL configured on the LibSqlDataSource");
    }
    sealed = true;
    JdbcUrl parsed = LibSqlDriver.parse(url);
    try {
      LibSqlConnection connection = LibSqlDriver.open(databases.get(LibSqlDriver.configOf(parsed, info)), parsed);
      connection.session().setRoutingListener(routingListener);
      return connection;
    } catch (IllegalStateException closed) {
      throw SqlState.CONNECTION_DOES_NOT_EXIST.create(closed.getMessage(), 0, closed);
    }
  }

  /** Releases the shared HTTP client; connections still open fail on their next request. */
  @Override
  public void close() {
    databases.close();
  }

  // ---------------------------------------------------------------- DataSource plumbing

  @Override
  public PrintWriter getLogWriter() {
    return logWriter;
  }

  /** Kept for the interface; the driver logs through SLF4J. */
  @Override
  public void setLogWriter(PrintWriter out) {
    this.logWriter = out;
  }

  /** Kept for the interface; use the {@code connectTimeout} property. */
  @Override
  public void setLoginTimeout(int seconds) {
    this.loginTimeout = seconds;
  }

  @Override
  public int getLoginTimeout() {
    return loginTimeout;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException("The driver logs through SLF4J", "0A000");
  }


  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("LibSqlDataSource[url=").append(getUrl());
    for (String name : properties.stringPropertyNames()) {
      text.append(", ").append(name).append('=').append(getProperty(name));
    }
    return text.append(']').toString();
  }
}
