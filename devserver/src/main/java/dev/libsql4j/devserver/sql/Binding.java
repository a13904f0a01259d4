package dev.libsql4j.devserver.sql;

import dev.libsql4j.devserver.error.StatementException;
import dev.libsql4j.hrana.message.NamedArg;
import dev.libsql4j.hrana.message.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * sqld's argument binding: for each SQL parameter 1..N, {@code ?NNN} takes {@code args[NNN-1]}, an
 * anonymous {@code ?} takes {@code args[index-1]}, and a named parameter is looked up in
 * {@code named_args} by its full name, then without its sigil. Positional and named arguments cannot be
 * mixed, a missing value or more values than parameters (positional or named) is {@code ARGS_INVALID} ({@code EXPLAIN} tolerates
 * missing values, bound as NULL).
 */
final class Binding {

  private static final String PREFIX = "Arguments do not match SQL parameters: ";

  private Binding() {}

  static List<Value> resolve(SqlText.Statement statement, List<Value> args, List<NamedArg> namedArgs,
                             boolean lenient) throws StatementException {
    if (!args.isEmpty() && !namedArgs.isEmpty()) {
      throw StatementException.of("ARGS_BOTH_POSITIONAL_AND_NAMED",
          "Specifying both positional and named arguments is not supported");
    }
    List<String> names = SqlText.parameters(statement);
    int given = Math.max(args.size(), namedArgs.size());
    if (given > names.size()) {
      throw StatementException.of("ARGS_INVALID", PREFIX + "too many parameters, expected "
          + names.size() + " found " + given);
    }
    List<Value> values = new ArrayList<>(names.size());
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      Value value = name == null || name.startsWith("?")
          ? (i < args.size() ? args.get(i) : null)
          : named(namedArgs, name);
      if (value == null) {
        if (!lenient) {
          String which = name == null || name.startsWith("?") ? Integer.toString(i + 1) : name;
          throw StatementException.of("ARGS_INVALID", PREFIX + "value for parameter " + which
              + " not found");
        }
        value = Value.NULL;
      }
      values.add(value);
    }
    return values;
  }

  private static Value named(List<NamedArg> namedArgs, String name) {
    String bare = name.substring(1);
    Value withoutSigil = null;
    for (NamedArg arg : namedArgs) {
      if (arg.name().equals(name)) {
        return arg.value();
      }
      if (withoutSigil == null && arg.name().equals(bare)) {
        withoutSigil = arg.value();
      }
    }
    return withoutSigil;
  }
}
