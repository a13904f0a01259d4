package dev.libsql4j.jooq;

/**
 * A migration could not be applied to the throwaway SQLite database code is generated from, or the
 * schema could not be read: the message names the file (and line) and what SQLite said.
 */
public final class SchemaMigrationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  SchemaMigrationException(String message, Throwable cause) {
    super(message, cause);
  }
}
