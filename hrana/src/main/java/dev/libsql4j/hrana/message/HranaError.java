package dev.libsql4j.hrana.message;

/**
 * An error reported by the server for one request or batch step.
 *
 * @param message human-readable message, e.g. {@code SQLite error: UNIQUE constraint failed: t.a}
 * @param code machine-readable code such as {@code SQLITE_CONSTRAINT} or {@code SQL_INPUT_ERROR}; may be null
 */
public record HranaError(String message, String code) {
  @Override
  public String toString() {
    return code == null ? message : code + ": " + message;
  }
}
