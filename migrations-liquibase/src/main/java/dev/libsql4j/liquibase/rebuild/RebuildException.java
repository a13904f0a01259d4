package dev.libsql4j.liquibase.rebuild;

/**
 * A table rebuild that cannot be done as asked (no such column or constraint, a constraint that
 * still needs the dropped column, …). Raised while the SQL is generated, before anything runs.
 */
public final class RebuildException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** @param message what is wrong and what to do about it */
  public RebuildException(String message) {
    super(message);
  }
}
