package dev.libsql4j.liquibase;

import java.util.List;

/** Rows that a change set left with a foreign key pointing nowhere; the change set is rolled back. */
public final class ForeignKeyViolationException extends Exception {

  private static final long serialVersionUID = 1L;

  ForeignKeyViolationException(List<String> violations) {
    super("PRAGMA foreign_key_check found rows whose foreign key points nowhere (child table rowid -> parent table): "
        + String.join(", ", violations) + ". The change set was rolled back; fix or delete those rows first.");
  }
}
