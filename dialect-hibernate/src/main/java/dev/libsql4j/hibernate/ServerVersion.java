package dev.libsql4j.hibernate;

import org.hibernate.dialect.DatabaseVersion;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;

/**
 * Reads the server's SQLite version for the dialect. The libsql4j driver reports the server's
 * {@code sqlite_version()} (e.g. {@code 3.45.1}) as {@code DatabaseMetaData.getDatabaseProductVersion()};
 * Hibernate's own adapter keeps only major and minor, so the patch level is parsed here.
 */
final class ServerVersion {

  private ServerVersion() {
  }

  /** The version in {@code info}, or {@code fallback} when it reports none. */
  static DatabaseVersion of(DialectResolutionInfo info, DatabaseVersion fallback) {
    DatabaseVersion parsed = parse(info.getDatabaseVersion());
    return parsed != null ? parsed : info.makeCopyOrDefault(fallback);
  }

  /** {@code major.minor[.patch]}, or null when {@code text} does not start with a number. */
  static DatabaseVersion parse(String text) {
    if (text == null) {
      return null;
    }
    String[] parts = text.trim().split("[.\\s-]");
    Integer major = number(parts, 0);
    if (major == null) {
      return null;
    }
    Integer minor = number(parts, 1);
    Integer micro = number(parts, 2);
    return DatabaseVersion.make(major, minor == null ? 0 : minor, micro == null ? 0 : micro);
  }

  private static Integer number(String[] parts, int index) {
    if (index >= parts.length) {
      return null;
    }
    try {
      return Integer.valueOf(parts[index]);
    } catch (NumberFormatException notANumber) {
      return null;
    }
  }
}
