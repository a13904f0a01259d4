package dev.libsql4j.hibernate;

import dev.libsql4j.jdbc.routing.SqlHints;

/**
 * Per-query hints of the libSQL dialect. With replicas ({@code jdbc:libsql:…?replicas=…}) the
 * driver reads from a replica; {@link #PRIMARY} reads one query from the primary instead:
 *
 * <pre>{@code
 * session.createSelectionQuery("from Account where id = :id", Account.class)
 *     .setHint(HibernateHints.HINT_QUERY_DATABASE, LibSqlHints.PRIMARY)   // Query: addQueryHint(PRIMARY)
 *     .setParameter("id", id).getSingleResult();
 *
 * @QueryHints(@QueryHint(name = HibernateHints.HINT_QUERY_DATABASE, value = LibSqlHints.PRIMARY)) // Spring Data
 * Optional<Account> findFreshById(Long id);
 * }</pre>
 *
 * It needs no {@code hibernate.use_sql_comments}: the dialect puts the driver's comment
 * {@link SqlHints#PRIMARY_COMMENT} in front of the SQL.
 */
public final class LibSqlHints {

  /** The database hint ({@code hibernate.query.database}) that reads a query from the primary. */
  public static final String PRIMARY = SqlHints.PRIMARY;

  private LibSqlHints() {
  }
}
