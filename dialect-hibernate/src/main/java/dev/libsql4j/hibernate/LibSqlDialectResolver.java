package dev.libsql4j.hibernate;

import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolver;

/**
 * Picks {@link LibSqlDialect} for connections of the libsql4j driver ({@code jdbc:libsql:} URLs) and
 * answers null for everything else, so that {@code jdbc:sqlite:} keeps Hibernate's own
 * {@code SQLiteDialect}. Hibernate finds it through {@code META-INF/services}.
 *
 * <p>Both drivers report the product name "SQLite", which is why the driver's name ("libsql4j") or
 * the URL decides, never the product name.
 */
public final class LibSqlDialectResolver implements DialectResolver {

  /** The name the libsql4j driver reports in {@code DatabaseMetaData.getDriverName()}. */
  public static final String DRIVER_NAME = "libsql4j";

  private static final String URL_PREFIX = "jdbc:libsql:";

  @Override
  public Dialect resolveDialect(DialectResolutionInfo info) {
    return isLibSql(info) ? new LibSqlDialect(info) : null;
  }

  private static boolean isLibSql(DialectResolutionInfo info) {
    if (DRIVER_NAME.equals(info.getDriverName())) {
      return true;
    }
    DatabaseMetaData metaData = info.getDatabaseMetadata();
    try {
      String url = metaData == null ? null : metaData.getURL();
      return url != null && url.startsWith(URL_PREFIX);
    } catch (SQLException cannotTell) {
      return false;
    }
  }
}
