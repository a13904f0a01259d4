package dev.libsql4j.devserver.sql;

/**
 * The counters of an executed statement, as sqld reports them.
 *
 * @param affectedRowCount {@code sqlite3_changes()} for INSERT/UPDATE/DELETE, else 0
 * @param lastInsertRowid {@code sqlite3_last_insert_rowid()} for INSERT, else null
 * @param rowsRead rows the statement returned (SQLite's scan counters are not reachable here)
 * @param rowsWritten rows the statement changed
 * @param durationMs execution time in milliseconds
 */
public record StepOutcome(long affectedRowCount, Long lastInsertRowid, long rowsRead,
                          long rowsWritten, double durationMs) {}
