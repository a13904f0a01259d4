package dev.libsql4j.tenancy;

/** A provisioning request failed; the message says what the server answered (never a token). */
public class TenantDatabasesException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** A failure described by {@code message}. */
  public TenantDatabasesException(String message) {
    super(message);
  }

  /** A failure described by {@code message}, caused by {@code cause}. */
  public TenantDatabasesException(String message, Throwable cause) {
    super(message, cause);
  }
}
