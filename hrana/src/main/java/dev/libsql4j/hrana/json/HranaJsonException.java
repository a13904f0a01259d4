package dev.libsql4j.hrana.json;

import java.io.IOException;

/**
 * Malformed or unrepresentable Hrana JSON: a syntax error, a missing required field, a value of the
 * wrong shape, or an unknown message type. The message names the offending field as a JSON pointer
 * (for example {@code /requests/0/stmt/args/2/value}).
 *
 * <p>It extends {@link IOException} so that decoders reading from a stream declare one exception type;
 * callers that need to tell bad input (a client bug, HTTP 400 on a server) from a failing stream catch
 * this type first.
 */
public class HranaJsonException extends IOException {

  /**
   * @param message what is wrong and where
   * @param cause the underlying parser exception, or null
   */
  public HranaJsonException(String message, Throwable cause) {
    super(message, cause);
  }
}
