package dev.libsql4j.devserver.error;

/**
 * A request the server refuses as a whole (a client bug, an expired stream, missing credentials):
 * answered with an HTTP status and a JSON {@code {"message","code"}} body, and the stream is dropped.
 * Per-request SQL failures are {@link StatementException}s instead and keep the pipeline going.
 */
public final class ProtocolException extends Exception {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;

  /**
   * @param status the HTTP status to answer with
   * @param code the machine-readable code, e.g. {@code PROTO_BATON_INVALID}
   * @param message the human-readable message, worded like sqld's where sqld has one
   */
  public ProtocolException(int status, String code, String message) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
  }

  /** A 400 Bad Request. */
  public static ProtocolException badRequest(String code, String message) {
    return new ProtocolException(400, code, message);
  }

  /** The HTTP status. */
  public int status() {
    return status;
  }

  /** The machine-readable code. */
  public String code() {
    return code;
  }
}
