package dev.libsql4j.jdbc.sql;

import dev.libsql4j.jdbc.routing.SqlHints;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A SQL text with what the driver needs to know about it: its parameters in SQLite's numbering,
 * what kind of statement it is, whether it already has a {@code RETURNING} clause, and how many
 * statements it holds. Produced by {@link SqlScanner#scan(String)}; immutable.
 *
 * @param sql the original text
 * @param parameterCount SQLite's parameter count: the largest parameter index
 * @param parameterNames for each index 1..count (list position index-1): the parameter's full name
 *     with its sigil ({@code :x}, {@code @x}, {@code $x}), or null for {@code ?} and {@code ?NNN}
 * @param usedIndexes for each index 1..count: whether the SQL refers to it (a {@code ?5} leaves
 *     1..4 unused)
 * @param positionalSql the text with every named parameter rewritten as {@code ?NNN}; equals
 *     {@code sql} when there are no named parameters
 * @param hasPositional whether there is a {@code ?} or {@code ?NNN} parameter
 * @param kind what the (first) statement does
 * @param hasReturning whether a top-level {@code RETURNING} keyword is present
 * @param statementCount the number of non-empty {@code ;}-separated statements
 * @param end the offset just after the last significant character, before any trailing
 *     {@code ;}, whitespace or comments; where a clause may be appended
 * @param primaryComment whether a comment before the first statement's first token reads
 *     {@value SqlHints#PRIMARY} ({@link SqlHints}): the statement goes to the primary
 */
public record ParsedSql(String sql, int parameterCount, List<String> parameterNames,
                        List<Boolean> usedIndexes, String positionalSql, boolean hasPositional,
                        StatementKind kind, boolean hasReturning, int statementCount, int end,
                        boolean primaryComment) {

  public ParsedSql {
    parameterNames = Collections.unmodifiableList(new ArrayList<>(parameterNames));
    usedIndexes = List.copyOf(usedIndexes);
  }

  /** Whether any parameter is named ({@code :x}, {@code @x}, {@code $x}). */
  public boolean hasNamed() {
    return parameterNames.stream().anyMatch(Objects::nonNull);
  }

  /** Whether this is {@code ROLLBACK TO [SAVEPOINT] name} rather than the end of a transaction. */
  public boolean isRollbackToSavepoint() {
    return kind == StatementKind.ROLLBACK
        && sql.toUpperCase(Locale.ROOT).matches("(?s).*\\bROLLBACK(\\s+TRANSACTION)?\\s+TO\\b.*");
  }

  /**
   * Returns the text to send: the original or, when {@code positional}, the one with named
   * parameters rewritten as {@code ?NNN}; with {@code clause} (if not null) appended after the last
   * significant character, so that a trailing {@code ;} or {@code -- comment} cannot swallow it.
   */
  public String text(boolean positional, String clause) {
    String base = positional ? positionalSql : sql;
    if (clause == null) {
      return base;
    }
    // Parameters only occur before the end, so the rewrite shifts the end by the length difference.
    int shiftedEnd = end + base.length() - sql.length();
    return base.substring(0, shiftedEnd) + " " + clause;
  }
}
