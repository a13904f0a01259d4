package dev.libsql4j.jdbc.routing;

/**
 * The SQL comment the driver routes by, for code that can change a query's text but not the thread's
 * {@link RoutingHint} (a jOOQ listener, a Hibernate dialect): a query led by
 * {@value #PRIMARY_COMMENT} is read from the primary. Other leading comments may come before it;
 * after the query's first word it has no effect.
 */
public final class SqlHints {

  /** The comment's text: {@value}. */
  public static final String PRIMARY = "libsql:primary";

  /** The comment as SQL: {@value}. */
  public static final String PRIMARY_COMMENT = "/* " + PRIMARY + " */";

  private SqlHints() {
  }

  /** {@code sql} led by {@link #PRIMARY_COMMENT}. */
  public static String onPrimary(String sql) {
    return PRIMARY_COMMENT + " " + sql;
  }
}
