package dev.libsql4j.jdbc;

import dev.libsql4j.jdbc.config.ConnectionProperty;
import dev.libsql4j.jdbc.config.DriverConfig;
import dev.libsql4j.jdbc.config.JdbcUrl;
import dev.libsql4j.jdbc.error.SqlState;
import dev.libsql4j.jdbc.exec.DatabaseRegistry;
import dev.libsql4j.jdbc.exec.RemoteDatabase;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * The JDBC driver for {@code jdbc:libsql:} URLs (see {@link JdbcUrl} for the forms). Registered
 * through {@code META-INF/services/java.sql.Driver}.
 *
 * <p>Connections with the same configuration share one HTTP client, kept for the life of the JVM;
 * use {@link LibSqlDataSource} to control its lifetime. The first connection to a server probes
 * {@code GET /v3} once; later connections cost no request until they execute something.
 */
public final class LibSqlDriver implements Driver {

  private static final DatabaseRegistry DATABASES = new DatabaseRegistry();

  static {
    try {
      DriverManager.registerDriver(new LibSqlDriver());
    } catch (SQLException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /** Opens a connection; returns null for URLs of other drivers, as JDBC requires. */
  @Override
  public Connection connect(String url, Properties info) throws SQLException {
    if (!acceptsURL(url)) {
      return null;
    }
    JdbcUrl parsed = parse(url);
    return open(DATABASES.get(configOf(parsed, info)), parsed);
  }

  /** Opens a connection on {@code database}, probing the protocol version (once per database). */
  static LibSqlConnection open(RemoteDatabase database, JdbcUrl url) throws SQLException {
    database.protocolVersion();
    return new LibSqlConnection(database, url.withoutSecrets());
  }

  static JdbcUrl parse(String url) throws SQLException {
    try {
      return JdbcUrl.parse(url);
    } catch (IllegalArgumentException e) {
      throw SqlState.CONNECTION_REJECTED.create(e.getMessage(), 0, e);
    }
  }

  static DriverConfig configOf(JdbcUrl url, Properties info) throws SQLException {
    try {
      return DriverConfig.from(url, info);
    } catch (IllegalArgumentException e) {
      throw SqlState.CONNECTION_REJECTED.create(e.getMessage(), 0, e);
    }
  }

  @Override
  public boolean acceptsURL(String url) {
    return JdbcUrl.accepts(url);
  }

  /** Every {@link ConnectionProperty}, with the value the URL or {@code info} gives it. */
  @Override
  public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
    Properties merged = new Properties();
    if (info != null) {
      merged.putAll(info);
    }
    if (acceptsURL(url)) {
      merged.putAll(parse(url).parameters());
    }
    ConnectionProperty[] properties = ConnectionProperty.values();
    DriverPropertyInfo[] infos = new DriverPropertyInfo[properties.length];
    for (int i = 0; i < properties.length; i++) {
      infos[i] = properties[i].toDriverPropertyInfo(merged);
    }
    return infos;
  }

  @Override
  public int getMajorVersion() {
    return DriverVersion.MAJOR;
  }

  @Override
  public int getMinorVersion() {
    return DriverVersion.MINOR;
  }

  /** Not compliant: SQLite lacks parts of SQL-92 entry level that JDBC compliance requires. */
  @Override
  public boolean jdbcCompliant() {
    return false;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException("The driver logs through SLF4J", "0A000");
  }
}
