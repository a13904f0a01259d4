package dev.libsql4j.jdbc.error;

import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLInvalidAuthorizationSpecException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;

/**
 * The SQLSTATE values this driver reports, each with the {@link SQLException} subclass JDBC
 * prescribes for its class (08 connection, 22 data, 23 integrity, 28 authorization, 40 rollback,
 * 42 syntax/access, 0A unsupported, HYT00 timeout).
 */
public enum SqlState {
  /** 07001: a parameter has no value, or too many were given. */
  WRONG_PARAMETER_COUNT("07001", Family.GENERIC),
  /** 08001: the request never reached a server (refused, overloaded); retrying may succeed. */
  UNABLE_TO_CONNECT("08001", Family.TRANSIENT_CONNECTION),
  /** 08003: the connection is closed. */
  CONNECTION_DOES_NOT_EXIST("08003", Family.CONNECTION),
  /** 08004: the server refused the database (unknown namespace). */
  CONNECTION_REJECTED("08004", Family.CONNECTION),
  /** 08006: the connection failed during an exchange or the server failed (5xx). */
  CONNECTION_FAILURE("08006", Family.TRANSIENT_CONNECTION),
  /** 08P01: the server and the driver did not understand each other. */
  PROTOCOL_VIOLATION("08P01", Family.CONNECTION),
  /** 0A000: a JDBC feature this driver does not implement. */
  FEATURE_NOT_SUPPORTED("0A000", Family.UNSUPPORTED),
  /** 22000: a value could not be converted. */
  DATA_EXCEPTION("22000", Family.DATA),
  /** 22003: a number is out of range. */
  NUMERIC_OUT_OF_RANGE("22003", Family.DATA),
  /** 22008: a date/time outside the range of the Java type asked for. */
  DATETIME_FIELD_OVERFLOW("22008", Family.DATA),
  /** 22023: an invalid argument value. */
  INVALID_PARAMETER_VALUE("22023", Family.DATA),
  /** 23000: a constraint was violated (kind unknown). */
  INTEGRITY_CONSTRAINT_VIOLATION("23000", Family.INTEGRITY),
  /** 23502: NOT NULL constraint. */
  NOT_NULL_VIOLATION("23502", Family.INTEGRITY),
  /** 23503: FOREIGN KEY constraint. */
  FOREIGN_KEY_VIOLATION("23503", Family.INTEGRITY),
  /** 23505: UNIQUE or PRIMARY KEY constraint. */
  UNIQUE_VIOLATION("23505", Family.INTEGRITY),
  /** 23514: CHECK constraint. */
  CHECK_VIOLATION("23514", Family.INTEGRITY),
  /** 25000: an operation not allowed in the current transaction state (e.g. blocked namespace). */
  INVALID_TRANSACTION_STATE("25000", Family.GENERIC),
  /** 25006: a write in a read-only context. */
  READ_ONLY_SQL_TRANSACTION("25006", Family.GENERIC),
  /** 28000: missing, invalid or expired credentials. */
  INVALID_AUTHORIZATION("28000", Family.AUTHORIZATION),
  /** 40000: the transaction was rolled back (stream expired, write lock timed out). */
  TRANSACTION_ROLLBACK("40000", Family.ROLLBACK),
  /** 40001: lock contention (SQLITE_BUSY/LOCKED); retrying may succeed. */
  SERIALIZATION_FAILURE("40001", Family.ROLLBACK),
  /** 42000: a SQL syntax error or unknown table/column. */
  SYNTAX_ERROR("42000", Family.SYNTAX),
  /** 42501: the token lacks the permission. */
  INSUFFICIENT_PRIVILEGE("42501", Family.SYNTAX),
  /** 53100: the database is full. */
  DISK_FULL("53100", Family.GENERIC),
  /** 53200: the server ran out of memory. */
  OUT_OF_MEMORY("53200", Family.GENERIC),
  /** 54000: a limit was exceeded (response size, stored SQL, value size). */
  PROGRAM_LIMIT_EXCEEDED("54000", Family.GENERIC),
  /** 57014: the statement was cancelled. */
  QUERY_CANCELED("57014", Family.GENERIC),
  /** 58000: an I/O or corruption error on the server. */
  SYSTEM_ERROR("58000", Family.GENERIC),
  /** HY000: anything else; the server's code stays in the message. */
  GENERAL_ERROR("HY000", Family.GENERIC),
  /** HY010: a call made in the wrong state (e.g. on a closed object). */
  FUNCTION_SEQUENCE_ERROR("HY010", Family.GENERIC),
  /** HYT00: the request timed out. */
  TIMEOUT("HYT00", Family.TIMEOUT);

  /** The SQLException subclass of a state. */
  private enum Family {
    GENERIC, CONNECTION, TRANSIENT_CONNECTION, UNSUPPORTED, DATA, INTEGRITY, AUTHORIZATION,
    ROLLBACK, SYNTAX, TIMEOUT
  }

  private final String code;
  private final Family family;

  SqlState(String code, Family family) {
    this.code = code;
    this.family = family;
  }

  /** The five-character SQLSTATE. */
  public String code() {
    return code;
  }

  /**
   * Creates the exception JDBC prescribes for this state.
   *
   * @param message the message (never containing secrets)
   * @param vendorCode the SQLite primary result code, or 0
   * @param cause the cause, or null
   */
  public SQLException create(String message, int vendorCode, Throwable cause) {
    return switch (family) {
      case GENERIC -> new SQLException(message, code, vendorCode, cause);
      case CONNECTION -> new SQLNonTransientConnectionException(message, code, vendorCode, cause);
      case TRANSIENT_CONNECTION -> new SQLTransientConnectionException(message, code, vendorCode, cause);
      case UNSUPPORTED -> new SQLFeatureNotSupportedException(message, code, vendorCode, cause);
      case DATA -> new SQLDataException(message, code, vendorCode, cause);
      case INTEGRITY -> new SQLIntegrityConstraintViolationException(message, code, vendorCode, cause);
      case AUTHORIZATION -> new SQLInvalidAuthorizationSpecException(message, code, vendorCode, cause);
      case ROLLBACK -> new SQLTransactionRollbackException(message, code, vendorCode, cause);
      case SYNTAX -> new SQLSyntaxErrorException(message, code, vendorCode, cause);
      case TIMEOUT -> new SQLTimeoutException(message, code, vendorCode, cause);
    };
  }

  /** Creates the exception for this state without vendor code or cause. */
  public SQLException create(String message) {
    return create(message, 0, null);
  }
}
