package dev.libsql4j.spring.autoconfigure;

/**
 * The application cannot start because its libSQL database is not configured or not reachable as
 * configured. The message is one sentence saying what is wrong; {@link #getAction()} says what to
 * set. {@link LibSqlFailureAnalyzer} prints both instead of a stack trace. Neither holds the token.
 */
public class LibSqlStartupException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String action;

  /**
   * @param description one sentence: what is wrong
   * @param action what the user should set or do
   * @param cause the driver's exception, or null
   */
  public LibSqlStartupException(String description, String action, Throwable cause) {
    super(description, cause);
    this.action = action;
  }

  /** What the user should set or do to fix it. */
  public String getAction() {
    return action;
  }
}
