package dev.libsql4j.spring.autoconfigure;

import dev.libsql4j.jdbc.LibSqlDataSource;
import dev.libsql4j.jdbc.config.ConnectionProperty;
import dev.libsql4j.jdbc.config.DriverConfig;
import dev.libsql4j.jdbc.config.JdbcUrl;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.BiConsumer;

/**
 * Builds the driver's {@link LibSqlDataSource} from the {@link LibSqlConnectionDetails} and the
 * {@code libsql.*} properties, and runs the start-up check. Public for the other libsql4j
 * auto-configurations (e.g. a replica's DataSource for routing), so that every libSQL DataSource of
 * an application is configured the same way.
 */
public final class LibSqlDataSourceFactory {

  private LibSqlDataSourceFactory() {
  }

  /**
   * A data source for {@code details}, with every driver property set from {@code properties}; the
   * token goes in as the {@code authToken} property, never into a URL.
   *
   * @throws LibSqlStartupException when the URL is malformed
   */
  public static LibSqlDataSource create(LibSqlConnectionDetails details, LibSqlProperties properties) {
    parse(details);
    LibSqlDataSource dataSource = new LibSqlDataSource(details.getJdbcUrl());
    forEachSetProperty(details, properties, dataSource::setProperty);
    return dataSource;
  }

  /**
   * The driver's configuration of the DataSource {@link #create} builds (its URL, token, namespace and
   * replicas resolved as the driver resolves them), for components that talk to the same nodes
   * without the pool, e.g. the health indicator.
   *
   * @throws LibSqlStartupException when the URL is malformed
   * @throws IllegalArgumentException when a property value is invalid (message without secrets)
   */
  public static DriverConfig driverConfig(LibSqlConnectionDetails details, LibSqlProperties properties) {
    JdbcUrl url = parse(details);
    Properties info = new Properties();
    forEachSetProperty(details, properties, info::setProperty);
    return DriverConfig.from(url, info);
  }

  private static JdbcUrl parse(LibSqlConnectionDetails details) {
    try {
      return JdbcUrl.parse(details.getJdbcUrl());
    } catch (IllegalArgumentException e) {
      throw StartupFailures.urlInvalid(details.getUrlSource(), e.getMessage());
    }
  }

  private static void forEachSetProperty(LibSqlConnectionDetails details, LibSqlProperties properties,
                                         BiConsumer<String, String> action) {
    driverProperties(details, properties).forEach((property, value) -> {
      if (value != null) {
        action.accept(property.propertyName(), value);
      }
    });
  }

  /** The value of each driver property (null = not set). A test checks that none is left out. */
  static Map<ConnectionProperty, String> driverProperties(LibSqlConnectionDetails details,
                                                          LibSqlProperties properties) {
    Map<ConnectionProperty, String> values = new EnumMap<>(ConnectionProperty.class);
    values.put(ConnectionProperty.AUTH_TOKEN, details.getAuthToken());
    values.put(ConnectionProperty.TLS, String.valueOf(properties.isTls()));
    values.put(ConnectionProperty.NAMESPACE, properties.getNamespace());
    values.put(ConnectionProperty.PROTOCOL, properties.getProtocol());
    values.put(ConnectionProperty.CONNECT_TIMEOUT, String.valueOf(properties.getConnectTimeout().toSeconds()));
    values.put(ConnectionProperty.REQUEST_TIMEOUT, String.valueOf(properties.getRequestTimeout().toSeconds()));
    values.put(ConnectionProperty.DEFAULT_FETCH_SIZE, String.valueOf(properties.getDefaultFetchSize()));
    values.put(ConnectionProperty.DATE_TIME_FORMAT, properties.getDateTimeFormat());
    values.put(ConnectionProperty.TRANSACTION_MODE, properties.getTransactionMode());
    values.put(ConnectionProperty.TRANSPORT, properties.getTransport());
    values.put(ConnectionProperty.MAX_WEB_SOCKETS, String.valueOf(properties.getMaxWebSockets()));
    List<String> replicas = replicas(details, properties);
    values.put(ConnectionProperty.REPLICAS, replicas.isEmpty() ? null : String.join(",", replicas));
    values.put(ConnectionProperty.REPLICA_WAIT_MILLIS, String.valueOf(properties.getReplicaWait().toMillis()));
    return values;
  }

  /**
   * The replicas the DataSource routes reads to: those of the connection details (e.g. the embedded
   * devserver's replicas), else {@code libsql.replicas}.
   */
  public static List<String> replicas(LibSqlConnectionDetails details, LibSqlProperties properties) {
    return details.getReplicas().isEmpty() ? properties.getReplicas() : details.getReplicas();
  }

  /**
   * Sends one request that needs the token ({@code SELECT 1}), so that a wrong URL or token stops the
   * start with an explanation. It also makes the one-time {@code /v3} probe, which the first query
   * would otherwise make.
   *
   * @throws LibSqlStartupException when the request fails
   */
  public static void check(LibSqlDataSource dataSource, LibSqlConnectionDetails details) {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("SELECT 1");
    } catch (SQLException e) {
      throw StartupFailures.connectionFailed(details, e);
    }
  }
}
