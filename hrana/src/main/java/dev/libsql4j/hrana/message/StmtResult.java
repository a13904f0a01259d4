package dev.libsql4j.hrana.message;

import java.util.List;

/**
 * The result of one executed statement.
 *
 * @param cols result columns
 * @param rows result rows, each as long as {@code cols}
 * @param affectedRowCount rows changed by INSERT/UPDATE/DELETE (0 for anything else on sqld)
 * @param lastInsertRowid rowid of the last insert (sqld: only for INSERT statements), else null
 * @param replicationIndex sqld extension: replication frame after the statement, or null
 * @param rowsRead sqld extension: rows read
 * @param rowsWritten sqld extension: rows written
 * @param queryDurationMs sqld extension: execution time in milliseconds
 */
public record StmtResult(List<Col> cols, List<List<Value>> rows, long affectedRowCount,
                         Long lastInsertRowid, Long replicationIndex, long rowsRead,
                         long rowsWritten, double queryDurationMs) {
  public StmtResult {
    cols = cols == null ? List.of() : cols;
    rows = rows == null ? List.of() : rows;
  }
}
