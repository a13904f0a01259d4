package dev.libsql4j.hibernate;

import org.hibernate.dialect.DatabaseVersion;

/**
 * What the server's SQLite can do, by version: the one place where {@link LibSqlDialect} asks
 * "does this server have X?" instead of comparing versions all over the dialect.
 *
 * @param version the server's {@code sqlite_version()}
 */
record SqliteFeatures(DatabaseVersion version) {

  /** {@code INSERT … RETURNING} (and UPDATE/DELETE): SQLite 3.35. */
  boolean returning() {
    return version.isSameOrAfter(3, 35);
  }

  /** {@code INSERT … ON CONFLICT … DO UPDATE}: SQLite 3.24. */
  boolean upsert() {
    return version.isSameOrAfter(3, 24);
  }

  /** {@code OVER (…)} window functions: SQLite 3.25. */
  boolean windowFunctions() {
    return version.isSameOrAfter(3, 25);
  }

  /** {@code ALTER TABLE … DROP COLUMN}: SQLite 3.35. */
  boolean dropColumn() {
    return version.isSameOrAfter(3, 35);
  }

  /** {@code NULLS FIRST/LAST} in {@code ORDER BY}: SQLite 3.30. */
  boolean nullsOrdering() {
    return version.isSameOrAfter(3, 30);
  }

  /** {@code FILTER (WHERE …)} on aggregates: SQLite 3.30. */
  boolean aggregateFilter() {
    return version.isSameOrAfter(3, 30);
  }
}
