package dev.libsql4j.spring.autoconfigure;

import java.util.List;
import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;

/**
 * Where the application's libSQL database is: the URL and token the auto-configured DataSource
 * connects with.
 *
 * <p>Built from {@code spring.datasource.url} / {@code libsql.url} and {@code libsql.auth-token}, or
 * pointing at the embedded devserver when no URL is configured. Define a bean of this type to supply
 * them from elsewhere (a test container, a secret store); the auto-configuration then uses it.
 */
public interface LibSqlConnectionDetails extends ConnectionDetails {

  /** The {@code jdbc:libsql:} URL. */
  String getJdbcUrl();

  /** The auth token (JWT), or null when the server needs none. */
  default String getAuthToken() {
    return null;
  }

  /**
   * Read replicas of this database (the driver's {@code replicas} values: {@code host:port} or
   * {@code http(s)://} URLs). Empty (the default) means {@code libsql.replicas} applies; when not
   * empty, these replace it.
   */
  default List<String> getReplicas() {
    return List.of();
  }

  /** Where the URL was configured (a property name, or a description), for start-up messages. */
  default String getUrlSource() {
    return getClass().getSimpleName();
  }
}
