package dev.libsql4j.hrana.http;

/**
 * A failure of a whole HTTP exchange with a libSQL server (as opposed to a per-request
 * {@link dev.libsql4j.hrana.message.HranaError}, which arrives inside a successful response).
 *
 * <p>{@link #kind()} says what went wrong, {@link #httpStatus()} and {@link #code()} carry what the
 * server said, and {@link #certainlyNotExecuted()} tells a caller whether resending is safe. Messages
 * never contain the auth token.
 */
public class HranaException extends Exception {

  /** What kind of failure this is; the JDBC layer maps it to SQLState classes. */
  public enum Kind {
    /** HTTP 400 protocol error (bad baton, malformed request, SQL text not found …): a client bug. */
    PROTOCOL,
    /** HTTP 400 {@code STREAM_EXPIRED} or an invalid baton: the stream and its transaction are gone. */
    STREAM_EXPIRED,
    /** HTTP 401: missing, invalid or expired token. */
    UNAUTHORIZED,
    /** HTTP 403: the token lacks the permission. */
    FORBIDDEN,
    /** HTTP 404: unknown namespace or endpoint. */
    NOT_FOUND,
    /** HTTP 429 or 503-like overload: the request was not executed. */
    OVERLOADED,
    /** Any other 5xx. */
    SERVER,
    /** Connection failure before or during the exchange (refused, reset, TLS). */
    TRANSPORT,
    /** No answer within the configured timeout. */
    TIMEOUT,
    /** The answer could not be decoded. */
    DECODE
  }

  private final Kind kind;
  private final int httpStatus;
  private final String code;
  private final boolean certainlyNotExecuted;

  /**
   * @param kind the failure kind
   * @param message a message for humans (no secrets)
   * @param httpStatus the HTTP status, or 0 when no response arrived
   * @param code the server's error code (e.g. {@code STREAM_EXPIRED}), or null
   * @param certainlyNotExecuted true only when the server certainly did not run the request
   * @param cause the underlying exception, or null
   */
  public HranaException(Kind kind, String message, int httpStatus, String code,
                        boolean certainlyNotExecuted, Throwable cause) {
    super(message, cause);
    this.kind = kind;
    this.httpStatus = httpStatus;
    this.code = code;
    this.certainlyNotExecuted = certainlyNotExecuted;
  }

  /** The kind of failure. */
  public Kind kind() {
    return kind;
  }

  /** The HTTP status, or 0 when no response arrived. */
  public int httpStatus() {
    return httpStatus;
  }

  /** The server's error code, or null. */
  public String code() {
    return code;
  }

  /** True only when the server certainly did not execute the request, so resending is safe. */
  public boolean certainlyNotExecuted() {
    return certainlyNotExecuted;
  }
}
