package dev.libsql4j.devserver.sql;

import java.util.List;
import java.util.Locale;

/**
 * What a statement is, as far as the server cares: which counters it reports (sqld gives
 * {@code affected_row_count} only for INSERT/UPDATE/DELETE and {@code last_insert_rowid} only for
 * INSERT), whether it controls the transaction, and whether it is known not to write.
 */
public enum StatementKind {
  SELECT, INSERT, UPDATE, DELETE, BEGIN_DEFERRED, BEGIN_IMMEDIATE, BEGIN_READONLY, COMMIT, ROLLBACK,
  SAVEPOINT, RELEASE, EXPLAIN, PRAGMA, OTHER;

  /** Classifies a statement by its leading keywords (after a {@code WITH} clause, by its body). */
  public static StatementKind of(SqlText.Statement statement) {
    String first = statement.keyword(0);
    StatementKind dml = dml(first);
    if (dml != null) {
      return dml;
    }
    switch (first) {
      case "WITH":
        return afterWith(statement.tokens());
      case "BEGIN":
        return begin(statement);
      case "COMMIT", "END":
        return COMMIT;
      case "ROLLBACK":
        // ROLLBACK [TRANSACTION] TO [SAVEPOINT] x only rewinds; the transaction stays open.
        return statement.tokens().stream().anyMatch(t -> t.is("TO")) ? SAVEPOINT : ROLLBACK;
      case "SAVEPOINT":
        return SAVEPOINT;
      case "RELEASE":
        return RELEASE;
      case "EXPLAIN":
        return EXPLAIN;
      case "PRAGMA":
        return PRAGMA;
      default:
        return OTHER;
    }
  }

  /**
   * Whether the statement may write, so that its stream must hold the write gate and a read-only
   * token may not run it. Transaction control does not write by itself ({@code BEGIN IMMEDIATE} takes
   * the write lock, so it counts as writing); a {@code PRAGMA} writes only in its assignment form.
   */
  public static boolean mayWrite(SqlText.Statement statement) {
    return switch (of(statement)) {
      case SELECT, EXPLAIN, BEGIN_DEFERRED, BEGIN_READONLY, COMMIT, ROLLBACK, SAVEPOINT, RELEASE -> false;
      case PRAGMA -> statement.tokens().stream().anyMatch(t -> t.text().equals("="));
      default -> true;
    };
  }

  /** Whether the statement changes counters sqld reports as {@code affected_row_count}. */
  public boolean countsChanges() {
    return this == INSERT || this == UPDATE || this == DELETE;
  }

  /** Whether the statement starts, ends or rewinds a transaction. */
  public boolean isTransactionControl() {
    return switch (this) {
      case BEGIN_DEFERRED, BEGIN_IMMEDIATE, BEGIN_READONLY, COMMIT, ROLLBACK, SAVEPOINT, RELEASE -> true;
      default -> false;
    };
  }

  /** BEGIN [DEFERRED|IMMEDIATE|EXCLUSIVE] [TRANSACTION [READONLY | name]] and libSQL's BEGIN READONLY. */
  private static StatementKind begin(SqlText.Statement statement) {
    String mode = statement.keyword(1);
    if (mode.equals("IMMEDIATE") || mode.equals("EXCLUSIVE")) {
      return BEGIN_IMMEDIATE;
    }
    if (mode.equals("READONLY")
        || (mode.equals("TRANSACTION") && statement.keyword(2).equals("READONLY"))) {
      return BEGIN_READONLY;
    }
    return BEGIN_DEFERRED;
  }

  /** The statement a CTE list introduces: the first of its keywords outside parentheses. */
  private static StatementKind afterWith(List<SqlText.Token> tokens) {
    int depth = 0;
    for (SqlText.Token token : tokens) {
      if (token.text().equals("(")) {
        depth++;
      } else if (token.text().equals(")")) {
        depth--;
      } else if (depth == 0 && token.kind() == SqlText.Kind.WORD) {
        StatementKind dml = dml(token.text().toUpperCase(Locale.ROOT));
        if (dml != null) {
          return dml;
        }
      }
    }
    return OTHER;
  }

  /** The kind a query or DML keyword starts (also after a CTE list), or null for any other keyword. */
  private static StatementKind dml(String keyword) {
    return switch (keyword) {
      case "SELECT", "VALUES" -> SELECT;
      case "INSERT", "REPLACE" -> INSERT;
      case "UPDATE" -> UPDATE;
      case "DELETE" -> DELETE;
      default -> null;
    };
  }
}
