package dev.libsql4j.jdbc;

import dev.libsql4j.jdbc.error.SqlState;
import java.sql.SQLException;

/** The {@link java.sql.Wrapper} behaviour shared by the driver's objects: each wraps only itself. */
final class Wrappers {

  private Wrappers() {}

  /** {@code self} as {@code iface}, or the driver's "not a wrapper" error when it is not one. */
  static <T> T unwrap(Object self, Class<T> iface) throws SQLException {
    if (iface.isInstance(self)) {
      return iface.cast(self);
    }
    throw SqlState.INVALID_PARAMETER_VALUE.create("Not a wrapper for " + iface.getName());
  }
}
