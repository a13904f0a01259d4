package dev.libsql4j.tenancy.fanout;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Turns the current row of a result set into a value.
 *
 * @param <R> the row type
 */
@FunctionalInterface
public interface RowMapper<R> {

  /** Maps the row the result set is on; does not move the cursor. */
  R map(ResultSet row) throws SQLException;
}
