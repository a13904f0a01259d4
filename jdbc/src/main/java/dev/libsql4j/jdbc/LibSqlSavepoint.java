package dev.libsql4j.jdbc;

import dev.libsql4j.jdbc.error.SqlState;
import java.sql.SQLException;
import java.sql.Savepoint;

/** A savepoint of a transaction: SQLite's {@code SAVEPOINT "name"}. */
final class LibSqlSavepoint implements Savepoint {

  private final int id;
  private final String name;

  /** A named savepoint ({@code id} is 0) or an unnamed one ({@code name} is generated). */
  LibSqlSavepoint(int id, String name) {
    this.id = id;
    this.name = name;
  }

  @Override
  public int getSavepointId() throws SQLException {
    if (id == 0) {
      throw SqlState.FUNCTION_SEQUENCE_ERROR.create("A named savepoint has no id");
    }
    return id;
  }

  @Override
  public String getSavepointName() throws SQLException {
    if (id != 0) {
      throw SqlState.FUNCTION_SEQUENCE_ERROR.create("An unnamed savepoint has no name");
    }
    return name;
  }

  /** The savepoint as a quoted SQL identifier. */
  String identifier() {
    return '"' + name.replace("\"", "\"\"") + '"';
  }

  @Override
  public String toString() {
    return "Savepoint[" + name + "]";
  }
}
