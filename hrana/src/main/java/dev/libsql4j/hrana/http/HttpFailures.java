package dev.libsql4j.hrana.http;

import dev.libsql4j.hrana.http.HranaException.Kind;
import dev.libsql4j.hrana.json.HranaJsonException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;

/**
 * Turns what went wrong in an HTTP exchange into a {@link HranaException} of the right
 * {@link Kind}. Messages name the request ({@code POST http://host:port/v3/pipeline}) and what the
 * server said, never the token or the URL's query.
 */
final class HttpFailures {

  private HttpFailures() {}

  /** A response with a non-2xx status. */
  static HranaException status(int status, String contentType, byte[] body, String request) {
    ErrorBody error = ErrorBody.parse(contentType, body);
    StringBuilder message = new StringBuilder("HTTP ").append(status);
    if (error.code() != null) {
      message.append(' ').append(error.code());
    }
    message.append(" from ").append(request).append(": ")
        .append(error.message().isEmpty() ? "(empty body)" : error.message());
    // 429 is sqld refusing to start the request (too many concurrent requests, no connection slot).
    return new HranaException(kind(status, error), message.toString(), status, error.code(),
        status == 429, null);
  }

  private static Kind kind(int status, ErrorBody error) {
    // Other sqld versions send STREAM_EXPIRED with status 500; the code is what counts.
    if ("STREAM_EXPIRED".equals(error.code())) {
      return Kind.STREAM_EXPIRED;
    }
    if (status == 400) {
      return streamGone(error) ? Kind.STREAM_EXPIRED : Kind.PROTOCOL;
    }
    if (status >= 500) {
      return Kind.SERVER;
    }
    return switch (status) {
      case 401 -> Kind.UNAUTHORIZED;
      case 403 -> Kind.FORBIDDEN;
      case 404 -> Kind.NOT_FOUND;
      case 429 -> Kind.OVERLOADED;
      default -> Kind.PROTOCOL;
    };
  }

  /**
   * Whether a 400 says the stream no longer exists: a baton the server does not know (after its
   * restart or after the expiry tombstone), as sqld's text or the devserver's code. A reused baton
   * or a closed stream is a client bug instead, hence PROTOCOL.
   */
  private static boolean streamGone(ErrorBody error) {
    return "PROTO_BATON_INVALID".equals(error.code()) || error.message().contains("invalid baton");
  }

  /** An exchange that produced no response (the cause comes from the JDK HTTP client). */
  static HranaException transport(Throwable failure, String request) {
    String reason = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    if (failure instanceof HttpConnectTimeoutException) {
      return new HranaException(Kind.TIMEOUT, "Timed out connecting for " + request, 0, null, true, failure);
    }
    if (failure instanceof HttpTimeoutException) {
      return new HranaException(Kind.TIMEOUT, "Timed out waiting for the response to " + request, 0,
          null, false, failure);
    }
    if (hasConnectCause(failure)) {
      return new HranaException(Kind.TRANSPORT, "Cannot connect for " + request + ": " + reason, 0,
          null, true, failure);
    }
    return new HranaException(Kind.TRANSPORT, request + " failed: " + reason, 0, null, false, failure);
  }

  /**
   * An exchange aborted by {@link HranaStream#cancel()} or an interrupt. Reported as
   * {@link Kind#TIMEOUT}: like a timeout, the caller gave up and the server may have executed it.
   */
  static HranaException cancelled(String request, Throwable cause) {
    return new HranaException(Kind.TIMEOUT, request + " was cancelled", 0, null, false, cause);
  }

  /** A 2xx response whose body is not the expected Hrana JSON. */
  static HranaException decode(HranaJsonException e, int status, String request) {
    return new HranaException(Kind.DECODE, "Cannot decode the response to " + request + ": "
        + e.getMessage(), status, null, false, e);
  }

  private static boolean hasConnectCause(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ConnectException) {
        return true;
      }
    }
    return false;
  }
}
