package dev.libsql4j.hibernate;

/**
 * Where Hibernate's community {@code SQLiteDialect} on sqlite-jdbc gives a different result than
 * {@link LibSqlDialect} on sqld for the same test. {@link JpaModelContract} asserts that the gap
 * really shows on the backends that declare it, so a gap that closes (or opens) fails the test.
 */
enum CommunityGap {
  TIMESTAMPS_IN_MILLISECONDS("sqlite-jdbc stores timestamps as epoch milliseconds: the micro- and nanoseconds "
      + "of an Instant or a LocalDateTime are cut"),
  CONSTRAINT_KIND_UNKNOWN("SQLiteDialect leaves constraint errors as GenericJDBCException: sqlite-jdbc sets no "
      + "SQLState and SQLiteDialect maps only the extended result codes it knows"),
  NO_FOREIGN_KEYS("SQLiteDialect creates no foreign keys (SQLite cannot ALTER TABLE … ADD CONSTRAINT), so a "
      + "referenced row can be deleted and its id reused by the next insert"),
  DECIMAL_DIGITS_LOST_SILENTLY("a decimal with more than 15 significant digits becomes a double and comes back "
      + "changed, without an error"),
  DECIMAL_SCALE_LOST("sqlite-jdbc returns a decimal with the scale of the stored INTEGER or REAL, not the "
      + "column's: 12.30 comes back as 12.3, 5 as 5");

  final String description;

  CommunityGap(String description) {
    this.description = description;
  }
}
