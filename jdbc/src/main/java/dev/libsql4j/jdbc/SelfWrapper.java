package dev.libsql4j.jdbc;

import dev.libsql4j.jdbc.error.SqlState;
import java.sql.SQLException;
import java.sql.Wrapper;

/**
 * The {@link Wrapper} behaviour of the driver's JDBC objects, written once: each wraps only itself.
 * Public because frameworks call {@code unwrap} reflectively on the object's class, which fails for
 * a method declared in a non-public interface.
 */
public interface SelfWrapper extends Wrapper {

  /**
   * This object as {@code iface}.
   *
   * @throws SQLException (SQLState 22023) when this object is not an {@code iface}
   */
  @Override
  default <T> T unwrap(Class<T> iface) throws SQLException {
    if (iface.isInstance(this)) {
      return iface.cast(this);
    }
    throw SqlState.INVALID_PARAMETER_VALUE.create("Not a wrapper for " + iface.getName());
  }

  /** Whether this object is an {@code iface}. */
  @Override
  default boolean isWrapperFor(Class<?> iface) {
    return iface.isInstance(this);
  }
}
