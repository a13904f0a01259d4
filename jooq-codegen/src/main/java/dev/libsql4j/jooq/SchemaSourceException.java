package dev.libsql4j.jooq;

/**
 * The schema could not be read: a migration that SQLite refused (the message names the file, line
 * and column, and what SQLite said), a changelog Liquibase could not run, or a live database that
 * could not be reached or refused the token (the message never holds the token).
 */
public final class SchemaSourceException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  SchemaSourceException(String message, Throwable cause) {
    super(message, cause);
  }
}
