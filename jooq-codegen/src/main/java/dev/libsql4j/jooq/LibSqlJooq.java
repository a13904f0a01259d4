package dev.libsql4j.jooq;

import dev.libsql4j.jdbc.routing.SqlHints;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.SQLDialect;
import org.jooq.conf.FetchTriggerValuesAfterReturning;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * jOOQ over the libsql4j driver with as few HTTP requests as the protocol allows.
 *
 * <pre>{@code
 * DSLContext db = LibSqlJooq.using(new LibSqlDataSource("jdbc:libsql://db-org.turso.io?authToken=" + token));
 * CustomerRecord c = db.insertInto(CUSTOMER).set(CUSTOMER.EMAIL, "a@example.com").returning().fetchOne(); // 1 request
 * try (Cursor<EventLogRecord> events = db.selectFrom(EVENT_LOG).fetchSize(LibSqlJooq.STREAMING_FETCH_SIZE).fetchLazy()) {
 *   for (EventLogRecord e : events) { ... }                                                              // streamed
 * }
 * Account fresh = LibSqlJooq.onPrimary(db).selectFrom(ACCOUNT).where(ACCOUNT.ID.eq(id)).fetchOne(); // primary
 * }</pre>
 *
 * <p>The dialect is {@link SQLDialect#SQLITE}. What the settings change, and why, is in
 * {@link #settings()}; the module README lists the requests of each operation.
 */
public final class LibSqlJooq {

  /**
   * A fetch size for {@code fetchLazy()} / {@code fetchStream()}: with any positive fetch size the
   * driver streams the rows through Hrana's {@code /v3/cursor} instead of reading the whole result
   * in one response (which sqld caps at 10 MB).
   */
  public static final int STREAMING_FETCH_SIZE = 500;

  private LibSqlJooq() {
  }

  /** A {@code DSLContext} in the SQLite dialect with {@link #settings()}, taking connections from {@code dataSource}. */
  public static DSLContext using(DataSource dataSource) {
    return DSL.using(dataSource, SQLDialect.SQLITE, settings());
  }

  /**
   * jOOQ's settings for libSQL:
   * <ul>
   *   <li>{@code fetchTriggerValuesAfterReturning = NEVER}: {@code INSERT … RETURNING} is sent as
   *   such (SQLite has had it since 3.35). jOOQ OSS otherwise runs the INSERT and then a second
   *   {@code SELECT … WHERE rowid = last_insert_rowid()}, which costs a request and, over HTTP in
   *   autocommit, runs on a different server connection, where {@code last_insert_rowid()} is 0.</li>
   *   <li>{@code returnAllOnUpdatableRecord = true}: {@code record.store()} reads back defaults and
   *   generated values in the same {@code RETURNING}, so the record matches the row.</li>
   * </ul>
   * Batches need no setting: {@code batchInsert}/{@code batchStore} and {@code batch(…)} become
   * one JDBC {@code executeBatch}, which the driver sends as one request.
   */
  public static Settings settings() {
    return new Settings()
        .withFetchTriggerValuesAfterReturning(FetchTriggerValuesAfterReturning.NEVER)
        .withReturnAllOnUpdatableRecord(true);
  }

  /**
   * A {@code DSLContext} like {@code dsl} (same connections, settings and listeners) whose queries
   * are read from the primary when the data source has replicas: it puts the driver's comment
   * {@link SqlHints#PRIMARY_COMMENT} in front of each query's SQL. Cheap enough to call per query:
   * {@code LibSqlJooq.onPrimary(db).fetch(query)} reads one already built query from the primary.
   */
  public static DSLContext onPrimary(DSLContext dsl) {
    return DSL.using(dsl.configuration().derive().setAppending(PRIMARY_COMMENT));
  }

  /** Leads each rendered SQL with the driver's primary comment. */
  private static final ExecuteListener PRIMARY_COMMENT = new ExecuteListener() {
    private static final long serialVersionUID = 1L;

    @Override
    public void renderEnd(ExecuteContext ctx) {
      if (ctx.sql() != null) {
        ctx.sql(SqlHints.onPrimary(ctx.sql()));
      }
    }
  };
}
