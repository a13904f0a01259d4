package dev.libsql4j.jdbc.config;

/** How a read-write transaction begins; see {@link ConnectionProperty#TRANSACTION_MODE}. */
public enum TransactionMode {
  /** {@code BEGIN IMMEDIATE}: the write lock is taken up front, so a writer never fails to upgrade. */
  IMMEDIATE("BEGIN IMMEDIATE"),
  /** {@code BEGIN DEFERRED}: the lock is taken by the first statement that needs it. */
  DEFERRED("BEGIN DEFERRED");

  private final String beginSql;

  TransactionMode(String beginSql) {
    this.beginSql = beginSql;
  }

  /** The statement that opens a read-write transaction in this mode. */
  public String beginSql() {
    return beginSql;
  }
}
