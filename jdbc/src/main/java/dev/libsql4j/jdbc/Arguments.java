package dev.libsql4j.jdbc;

import dev.libsql4j.jdbc.error.SqlState;
import java.sql.SQLException;

/** Checks of the arguments callers pass to the driver's setters. */
final class Arguments {

  private Arguments() {}

  /**
   * @param what the setting, capitalised, e.g. {@code "Fetch size"}
   * @throws SQLException INVALID_PARAMETER_VALUE ("… must not be negative") when {@code value < 0}
   */
  static void requireNonNegative(long value, String what) throws SQLException {
    if (value < 0) {
      throw SqlState.INVALID_PARAMETER_VALUE.create(what + " must not be negative");
    }
  }
}
