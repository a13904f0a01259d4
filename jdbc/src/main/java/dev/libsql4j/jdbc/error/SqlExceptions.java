package dev.libsql4j.jdbc.error;

import dev.libsql4j.hrana.http.HranaException;
import dev.libsql4j.hrana.message.HranaError;
import java.sql.SQLException;
import java.util.Map;

/**
 * Maps what the server reported to JDBC exceptions: a per-statement {@link HranaError} by its code
 * (protocol doc section 8.1), a failed HTTP exchange ({@link HranaException}) by its kind (8.2).
 *
 * <p>Messages carry the server's code and message, e.g.
 * {@code [SQLITE_CONSTRAINT] SQLite error: UNIQUE constraint failed: t.a}. The vendor code is the
 * SQLite primary result code where the server's code names one (19 for a constraint), as
 * sqlite-jdbc reports it; Hibernate's SQLite dialect reads it.
 */
public final class SqlExceptions {

  private static final Map<String, Integer> SQLITE_RESULT_CODES = Map.ofEntries(
      Map.entry("SQLITE_ERROR", 1), Map.entry("SQLITE_UNKNOWN", 1), Map.entry("SQL_INPUT_ERROR", 1),
      Map.entry("SQL_PARSE_ERROR", 1), Map.entry("SQLITE_INTERNAL", 2), Map.entry("SQLITE_PERM", 3),
      Map.entry("SQLITE_ABORT", 4), Map.entry("SQLITE_BUSY", 5), Map.entry("SQLITE_LOCKED", 6),
      Map.entry("SQLITE_NOMEM", 7), Map.entry("SQLITE_READONLY", 8), Map.entry("SQLITE_INTERRUPT", 9),
      Map.entry("SQLITE_IOERR", 10), Map.entry("SQLITE_CORRUPT", 11), Map.entry("SQLITE_NOTFOUND", 12),
      Map.entry("SQLITE_FULL", 13), Map.entry("SQLITE_CANTOPEN", 14), Map.entry("SQLITE_PROTOCOL", 15),
      Map.entry("SQLITE_SCHEMA", 17), Map.entry("SQLITE_TOOBIG", 18), Map.entry("SQLITE_CONSTRAINT", 19),
      Map.entry("SQLITE_MISMATCH", 20), Map.entry("SQLITE_MISUSE", 21), Map.entry("SQLITE_NOLFS", 22),
      Map.entry("SQLITE_AUTH", 23), Map.entry("SQLITE_RANGE", 25), Map.entry("SQLITE_NOTADB", 26));

  private SqlExceptions() {
  }

  /** The exception for an error the server reported for one statement or batch step. */
  public static SQLException of(HranaError error) {
    String code = error.code() == null ? "UNKNOWN" : error.code();
    String message = "[" + code + "] " + error.message();
    if (code.equals("RESPONSE_TOO_LARGE")) {
      return new ResponseTooLargeException(message);
    }
    return stateOf(code, error.message()).create(message, SQLITE_RESULT_CODES.getOrDefault(code, 0), null);
  }

  /** The SQLSTATE for a server error code (unknown codes: HY000). */
  static SqlState stateOf(String code, String message) {
    return switch (code) {
      case "SQLITE_CONSTRAINT" -> constraintState(message);
      case "SQL_INPUT_ERROR", "SQL_PARSE_ERROR", "SQL_NO_STATEMENT", "SQL_MANY_STATEMENTS" ->
          SqlState.SYNTAX_ERROR;
      case "ARGS_INVALID" -> SqlState.WRONG_PARAMETER_COUNT;
      case "ARGS_BOTH_POSITIONAL_AND_NAMED" -> SqlState.INVALID_PARAMETER_VALUE;
      case "SQLITE_BUSY", "SQLITE_LOCKED", "TRANSACTION_BUSY" -> SqlState.SERIALIZATION_FAILURE;
      case "TRANSACTION_TIMEOUT", "STREAM_EXPIRED" -> SqlState.TRANSACTION_ROLLBACK;
      case "SQLITE_READONLY" -> SqlState.READ_ONLY_SQL_TRANSACTION;
      case "SQLITE_PERM", "SQLITE_AUTH" -> SqlState.INSUFFICIENT_PRIVILEGE;
      case "SQLITE_FULL" -> SqlState.DISK_FULL;
      case "SQLITE_NOMEM" -> SqlState.OUT_OF_MEMORY;
      case "SQLITE_TOOBIG", "RESPONSE_TOO_LARGE", "SQL_STORE_TOO_MANY", "SQL_STORE_TOO_LARGE" ->
          SqlState.PROGRAM_LIMIT_EXCEEDED;
      case "SQLITE_MISMATCH" -> SqlState.DATA_EXCEPTION;
      case "SQLITE_RANGE" -> SqlState.NUMERIC_OUT_OF_RANGE;
      case "SQLITE_CORRUPT", "SQLITE_NOTADB", "SQLITE_IOERR", "SQLITE_CANTOPEN" -> SqlState.SYSTEM_ERROR;
      case "SQLITE_INTERRUPT" -> SqlState.QUERY_CANCELED;
      case "BLOCKED" -> SqlState.INVALID_TRANSACTION_STATE;
      case "PROXY_ERROR" -> SqlState.CONNECTION_FAILURE;
      default -> SqlState.GENERAL_ERROR;
    };
  }

  /** SQLite sends only the primary code; the constraint kind is in the message. */
  private static SqlState constraintState(String message) {
    String text = message == null ? "" : message;
    if (text.contains("UNIQUE constraint") || text.contains("PRIMARY KEY")) {
      return SqlState.UNIQUE_VIOLATION;
    }
    if (text.contains("NOT NULL constraint")) {
      return SqlState.NOT_NULL_VIOLATION;
    }
    if (text.contains("FOREIGN KEY constraint")) {
      return SqlState.FOREIGN_KEY_VIOLATION;
    }
    if (text.contains("CHECK constraint")) {
      return SqlState.CHECK_VIOLATION;
    }
    return SqlState.INTEGRITY_CONSTRAINT_VIOLATION;
  }

  /**
   * The exception for a failed HTTP exchange.
   *
   * @param e the transport failure (its message never holds the token)
   * @param transactionLost whether an open transaction died with the stream; then a lost stream is
   *     reported as a rollback (40000) and every message says the transaction was rolled back
   */
  public static SQLException of(HranaException e, boolean transactionLost) {
    SqlState state = switch (e.kind()) {
      case STREAM_EXPIRED -> transactionLost ? SqlState.TRANSACTION_ROLLBACK : SqlState.CONNECTION_FAILURE;
      case UNAUTHORIZED -> SqlState.INVALID_AUTHORIZATION;
      case FORBIDDEN -> SqlState.INSUFFICIENT_PRIVILEGE;
      case NOT_FOUND -> SqlState.CONNECTION_REJECTED;
      case OVERLOADED -> SqlState.UNABLE_TO_CONNECT;
      case TRANSPORT -> e.certainlyNotExecuted() ? SqlState.UNABLE_TO_CONNECT : SqlState.CONNECTION_FAILURE;
      case SERVER -> SqlState.CONNECTION_FAILURE;
      case TIMEOUT -> SqlState.TIMEOUT;
      case PROTOCOL, DECODE -> SqlState.PROTOCOL_VIOLATION;
    };
    StringBuilder message = new StringBuilder();
    if (e.code() != null) {
      message.append('[').append(e.code()).append("] ");
    }
    message.append(e.getMessage());
    if (e.httpStatus() != 0) {
      message.append(" (HTTP ").append(e.httpStatus()).append(')');
    }
    if (transactionLost) {
      message.append("; the transaction was rolled back");
    }
    return state.create(message.toString(), 0, e);
  }
}
