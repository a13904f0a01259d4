package dev.libsql4j.devserver.error;

import dev.libsql4j.hrana.message.HranaError;

/**
 * A statement failed: reported to the client as the {@code error} result of its request or batch
 * step, with sqld's code and message. The rest of the pipeline still runs.
 */
public final class StatementException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient HranaError error;

  /** @param error the error as the client will see it */
  public StatementException(HranaError error) {
    super(error.toString(), null, false, false);
    this.error = error;
  }

  /** A failure with a code and message. */
  public static StatementException of(String code, String message) {
    return new StatementException(new HranaError(message, code));
  }

  /** The error as the client will see it. */
  public HranaError error() {
    return error;
  }
}
