package dev.libsql4j.jooq;

import dev.libsql4j.lint.Finding;
import dev.libsql4j.lint.FindingFormatter;
import java.util.List;

/**
 * The schema a {@link LibSqlDatabase} was asked to read contains SQL that SQLite / libSQL does
 * not support (or that is newer than the configured {@code targetVersion}). The message lists
 * every error as {@code file:line:col: error[rule]: message} with a suggested fix; switch a rule
 * off with the {@code lintDisable} property or a {@code -- libsql4j-lint: ignore rule} comment.
 */
public final class SchemaLintException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<Finding> findings;

  SchemaLintException(List<Finding> findings) {
    super("The schema has " + findings.size() + " SQL error(s) for SQLite / libSQL; code generation stopped:"
        + System.lineSeparator() + FindingFormatter.format(findings));
    this.findings = List.copyOf(findings);
  }

  /** The errors, in the order they were found. */
  public List<Finding> findings() {
    return findings;
  }
}
