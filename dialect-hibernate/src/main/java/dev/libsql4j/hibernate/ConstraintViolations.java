package dev.libsql4j.hibernate;

import java.sql.SQLException;
import java.util.Locale;
import org.hibernate.JDBCException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.ConstraintViolationException.ConstraintKind;
import org.hibernate.exception.spi.SQLExceptionConversionDelegate;
import org.hibernate.exception.spi.ViolatedConstraintNameExtractor;
import org.hibernate.internal.util.JdbcExceptionHelper;

/**
 * Turns the driver's constraint errors into Hibernate's {@link ConstraintViolationException} with
 * the right {@link ConstraintKind} and the constraint's name.
 *
 * <p>The libsql4j driver gives each kind its SQLState (23505 unique or primary key, 23502 not null,
 * 23503 foreign key, 23514 check) and keeps SQLite's message, e.g. {@code [SQLITE_CONSTRAINT]
 * SQLite error: UNIQUE constraint failed: person.email}. SQLite names what failed after
 * {@code constraint failed: }: the {@code table.column} list of a unique, primary key or not-null
 * constraint, the name of a named {@code CHECK} (else its expression). It never names a failed
 * foreign key, so that name is null.
 */
final class ConstraintViolations implements SQLExceptionConversionDelegate, ViolatedConstraintNameExtractor {

  static final ConstraintViolations INSTANCE = new ConstraintViolations();

  private static final String MARKER = "constraint failed: ";

  private ConstraintViolations() {
  }

  @Override
  public JDBCException convert(SQLException sqlException, String message, String sql) {
    ConstraintKind kind = kindOf(JdbcExceptionHelper.extractSqlState(sqlException));
    if (kind == null) {
      return null;
    }
    return new ConstraintViolationException(message, sqlException, sql, kind, extractConstraintName(sqlException));
  }

  /**
   * The name SQLite gives: {@code person.email} (or {@code t.a, t.b}) for unique, primary key and
   * not-null constraints, the name or expression of a check constraint, null for a foreign key.
   */
  @Override
  public String extractConstraintName(SQLException sqle) {
    String message = sqle.getMessage();
    if (message == null) {
      return null;
    }
    int start = message.indexOf(MARKER);
    if (start < 0) {
      return null;
    }
    String name = message.substring(start + MARKER.length());
    int end = name.indexOf('\n');
    return (end < 0 ? name : name.substring(0, end)).trim();
  }

  private static ConstraintKind kindOf(String sqlState) {
    if (sqlState == null || !sqlState.startsWith("23")) {
      return null;
    }
    return switch (sqlState.toUpperCase(Locale.ROOT)) {
      case "23505" -> ConstraintKind.UNIQUE;
      case "23502" -> ConstraintKind.NOT_NULL;
      case "23503" -> ConstraintKind.FOREIGN_KEY;
      case "23514" -> ConstraintKind.CHECK;
      default -> ConstraintKind.OTHER;
    };
  }
}
