package dev.libsql4j.jdbc.sql;

import dev.libsql4j.hrana.message.NamedArg;
import dev.libsql4j.hrana.message.Stmt;
import dev.libsql4j.hrana.message.Value;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns a {@link ParsedSql} and the values set by JDBC index into a Hrana {@link Stmt} that sqld
 * accepts.
 *
 * <p>sqld binds {@code ?} and {@code ?NNN} only from {@code args} and named parameters only from
 * {@code named_args}, and refuses a statement that has both. So: SQL with only positional
 * parameters sends {@code args}; SQL with only named parameters sends {@code named_args} with the
 * full names (sigil included); SQL mixing both is sent with its named parameters rewritten as
 * {@code ?NNN} and {@code args}. Indexes the SQL skips (a lone {@code ?3}) are sent as NULL, as
 * SQLite leaves unbound parameters NULL.
 */
public final class ParameterBinder {

  private ParameterBinder() {
  }

  /**
   * Builds the statement.
   *
   * @param parsed the scanned SQL
   * @param clause a clause to append (e.g. {@code RETURNING …}), or null
   * @param values values by JDBC index - 1; null entries are unset parameters
   * @throws SQLException (07001) when a parameter the SQL uses has no value
   */
  public static Stmt bind(ParsedSql parsed, String clause, Value[] values) throws SQLException {
    int count = parsed.parameterCount();
    Value[] args = Arrays.copyOf(values, count);
    for (int i = 0; i < count; i++) {
      if (args[i] == null) {
        if (parsed.usedIndexes().get(i)) {
          throw new SQLException("No value specified for parameter " + (i + 1), "07001");
        }
        args[i] = Value.NULL;
      }
    }
    boolean named = parsed.hasNamed();
    if (named && !parsed.hasPositional()) {
      List<NamedArg> namedArgs = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        String name = parsed.parameterNames().get(i);
        if (name != null) {
          namedArgs.add(new NamedArg(name, args[i]));
        }
      }
      return new Stmt(parsed.text(false, clause), null, List.of(), namedArgs, null, null);
    }
    return new Stmt(parsed.text(named, clause), null, Arrays.asList(args), List.of(), null, null);
  }
}
