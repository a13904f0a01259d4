package dev.libsql4j.jdbc.error;

import java.sql.SQLException;

/**
 * The server refused to return a result because it exceeds its response-size limit (sqld:
 * {@code RESPONSE_TOO_LARGE}, 10 MB by default). The statement layer answers a query that fails
 * this way by streaming it through a cursor instead.
 */
public final class ResponseTooLargeException extends SQLException {

  private static final long serialVersionUID = 1L;

  /** @param message the message, with the server's code */
  ResponseTooLargeException(String message) {
    super(message, SqlState.PROGRAM_LIMIT_EXCEEDED.code());
  }
}
