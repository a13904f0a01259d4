package dev.libsql4j.spring.autoconfigure;

import org.springframework.util.StringUtils;

/**
 * {@link LibSqlConnectionDetails} from the application's properties: the {@link ConfiguredUrl}, and
 * {@code libsql.auth-token}, else {@code spring.datasource.password} (the driver also reads the JDBC
 * password as the token).
 */
final class PropertiesLibSqlConnectionDetails implements LibSqlConnectionDetails {

  private final ConfiguredUrl url;
  private final String authToken;

  PropertiesLibSqlConnectionDetails(ConfiguredUrl url, String authToken, String password) {
    this.url = url;
    this.authToken = StringUtils.hasText(authToken) ? authToken : StringUtils.hasText(password) ? password : null;
  }

  @Override
  public String getJdbcUrl() {
    return url.jdbcUrl();
  }

  @Override
  public String getAuthToken() {
    return authToken;
  }

  @Override
  public String getUrlSource() {
    return url.property();
  }

  /** Names the URL's source; the token stays out. */
  @Override
  public String toString() {
    return "LibSqlConnectionDetails[" + url.printable() + " from " + url.property() + "]";
  }
}
