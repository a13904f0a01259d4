package dev.libsql4j.devserver.stream;

import dev.libsql4j.devserver.auth.Access;
import dev.libsql4j.devserver.error.ProtocolException;
import dev.libsql4j.devserver.sql.SqlText;
import dev.libsql4j.devserver.sql.StatementKind;
import java.util.List;

/**
 * Refuses statements the request's credentials do not allow, before they run: sqld answers a
 * read-only token's write with HTTP 403 for the whole request.
 *
 * @param access what the credentials allow
 * @param namespace the namespace the request works on, named in the refusal
 */
public record StatementGuard(Access access, String namespace) {

  /** Checks statements that are about to run; null entries (unparsable steps) are skipped. */
  public void check(List<SqlText.Statement> statements) throws ProtocolException {
    if (access.canWrite()) {
      return;
    }
    for (SqlText.Statement statement : statements) {
      if (statement != null && StatementKind.mayWrite(statement)) {
        throw new ProtocolException(403, "AUTH_FORBIDDEN",
            // sqld's wording, typo included, so that clients matching on it keep working.
            "Authorization forbidden: Current session doesn't not have Write permission to namespace "
                + namespace);
      }
    }
  }
}
