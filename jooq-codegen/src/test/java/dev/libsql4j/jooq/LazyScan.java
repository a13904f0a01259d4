package dev.libsql4j.jooq;

import static dev.libsql4j.jooq.shop.Tables.EVENT_LOG;

import dev.libsql4j.jdbc.LibSqlDataSource;
import dev.libsql4j.jooq.shop.tables.records.EventLogRecord;
import org.jooq.Cursor;
import org.jooq.DSLContext;

/**
 * Reads every row of {@code event_log} with the generated code, for {@link LazyFetchTest} to run in
 * a JVM with a small heap: {@code lazy} streams with {@code fetchLazy()}, {@code eager} reads the
 * whole result with {@code fetch()}. Prints {@code rows=N sum=S}.
 */
public final class LazyScan {

  private LazyScan() {
  }

  /** Arguments: the JDBC URL, then {@code lazy} or {@code eager}. */
  public static void main(String[] args) {
    try (LibSqlDataSource dataSource = new LibSqlDataSource(args[0])) {
      DSLContext db = LibSqlJooq.using(dataSource);
      long rows = 0;
      long sum = 0;
      if (args[1].equals("lazy")) {
        try (Cursor<EventLogRecord> events = db.selectFrom(EVENT_LOG).orderBy(EVENT_LOG.ID)
            .fetchSize(LibSqlJooq.STREAMING_FETCH_SIZE).fetchLazy()) {
          for (EventLogRecord event : events) {
            rows++;
            sum += event.getRecordedAt();
          }
        }
      } else {
        for (EventLogRecord event : db.selectFrom(EVENT_LOG).orderBy(EVENT_LOG.ID).fetch()) {
          rows++;
          sum += event.getRecordedAt();
        }
      }
      System.out.println("rows=" + rows + " sum=" + sum + " maxHeap=" + Runtime.getRuntime().maxMemory());
    }
  }
}
