package dev.libsql4j.devserver.auth;

/** What a request may do, as decided from its credentials. */
public enum Access {
  /** Reads only: statements that may write are refused with HTTP 403 (JWT claim {@code a: "ro"}). */
  READ_ONLY,
  /** Everything (JWT claim {@code a: "rw"} or none, or auth disabled). */
  READ_WRITE;

  /** Whether writes are allowed. */
  public boolean canWrite() {
    return this == READ_WRITE;
  }
}
