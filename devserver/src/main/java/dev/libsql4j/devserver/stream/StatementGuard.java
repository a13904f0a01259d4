package dev.libsql4j.devserver.stream;

import dev.libsql4j.devserver.auth.Access;
import dev.libsql4j.devserver.error.ProtocolException;
import dev.libsql4j.devserver.sql.SqlText;
import dev.libsql4j.devserver.sql.StatementKind;
import java.util.List;

/**
 * Refuses statements the request's credentials do not allow, before they run: sqld answers a
 * read-only token's write with HTTP 403 for the whole request.
 */
public record StatementGuard(Access access) {

  /** Checks statements that are about to run; null entries (unparsable steps) are skipped. */
  public void check(List<SqlText.Statement> statements) throws ProtocolException {
    if (access.canWrite()) {
      return;
    }
    for (SqlText.Statement statement : statements) {
      if (statement != null && StatementKind.mayWrite(statement)) {
        throw new ProtocolException(403, "AUTH_FORBIDDEN",
            "Authorization forbidden: Current session is not authorized to write");
      }
    }
  }
}
