package dev.libsql4j.jdbc.error;

import static org.assertj.core.api.Assertions.assertThat;

import dev.libsql4j.hrana.http.HranaException;
import dev.libsql4j.hrana.message.HranaError;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLInvalidAuthorizationSpecException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class SqlExceptionsTest {

  @Test
  void aConstraintViolationIsClass23WithSqlitesCode() {
    SQLException e = SqlExceptions.of(new HranaError("SQLite error: UNIQUE constraint failed: t.a", "SQLITE_CONSTRAINT"));
    assertThat((Throwable) e).isInstanceOf(SQLIntegrityConstraintViolationException.class);
    assertThat(e.getSQLState()).isEqualTo("23505");
    assertThat(e.getErrorCode()).isEqualTo(19);
    assertThat(e.getMessage()).isEqualTo("[SQLITE_CONSTRAINT] SQLite error: UNIQUE constraint failed: t.a");
  }

  @Test
  void constraintKindsGetTheirOwnStates() {
    assertThat(SqlExceptions.of(new HranaError("NOT NULL constraint failed: t.a", "SQLITE_CONSTRAINT")).getSQLState())
        .isEqualTo("23502");
    assertThat(SqlExceptions.of(new HranaError("FOREIGN KEY constraint failed", "SQLITE_CONSTRAINT")).getSQLState())
        .isEqualTo("23503");
    assertThat(SqlExceptions.of(new HranaError("CHECK constraint failed: c", "SQLITE_CONSTRAINT")).getSQLState())
        .isEqualTo("23514");
  }

  @Test
  void anSqlErrorIsClass42() {
    SQLException e = SqlExceptions.of(new HranaError("SQL input error: no such table: x (at offset 14)", "SQL_INPUT_ERROR"));
    assertThat((Throwable) e).isInstanceOf(SQLSyntaxErrorException.class);
    assertThat(e.getSQLState()).isEqualTo("42000");
    assertThat(e.getErrorCode()).isEqualTo(1);
  }

  @Test
  void aWriteLockTimeoutIsARollback() {
    SQLException e = SqlExceptions.of(new HranaError("transaction timed out", "TRANSACTION_TIMEOUT"));
    assertThat((Throwable) e).isInstanceOf(SQLTransactionRollbackException.class);
    assertThat(e.getSQLState()).isEqualTo("40000");
  }

  @Test
  void unknownCodesAreGeneralErrorsThatKeepTheCode() {
    SQLException e = SqlExceptions.of(new HranaError("something new", "SHINY_NEW_CODE"));
    assertThat(e.getSQLState()).isEqualTo("HY000");
    assertThat(e.getMessage()).contains("SHINY_NEW_CODE");
  }

  private static HranaException transport(HranaException.Kind kind, int status, boolean notExecuted) {
    return new HranaException(kind, "what happened", status, null, notExecuted, null);
  }

  @Test
  void authFailuresAreClass28() {
    SQLException e = SqlExceptions.of(transport(HranaException.Kind.UNAUTHORIZED, 401, true), false);
    assertThat((Throwable) e).isInstanceOf(SQLInvalidAuthorizationSpecException.class);
    assertThat(e.getSQLState()).isEqualTo("28000");
    assertThat(e.getMessage()).contains("HTTP 401");
  }

  @Test
  void networkFailuresAreClass08() {
    SQLException refused = SqlExceptions.of(transport(HranaException.Kind.TRANSPORT, 0, true), false);
    assertThat((Throwable) refused).isInstanceOf(SQLTransientConnectionException.class);
    assertThat(refused.getSQLState()).isEqualTo("08001");
    assertThat(SqlExceptions.of(transport(HranaException.Kind.SERVER, 500, false), false).getSQLState())
        .isEqualTo("08006");
  }

  @Test
  void anExpiredStreamInATransactionIsARollback() {
    SQLException e = SqlExceptions.of(new HranaException(HranaException.Kind.STREAM_EXPIRED,
        "The stream has expired due to inactivity", 400, "STREAM_EXPIRED", false, null), true);
    assertThat((Throwable) e).isInstanceOf(SQLTransactionRollbackException.class);
    assertThat(e.getSQLState()).isEqualTo("40000");
    assertThat(e.getMessage()).contains("STREAM_EXPIRED").contains("rolled back");
  }

  @Test
  void aTimeoutIsHyt00() {
    assertThat((Throwable) SqlExceptions.of(transport(HranaException.Kind.TIMEOUT, 0, false), false))
        .isInstanceOf(SQLTimeoutException.class);
  }
}
