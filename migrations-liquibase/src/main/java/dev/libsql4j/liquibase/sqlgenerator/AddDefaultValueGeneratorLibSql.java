package dev.libsql4j.liquibase.sqlgenerator;

import dev.libsql4j.liquibase.LibSqlDatabase;
import java.util.Locale;
import java.util.Set;
import liquibase.datatype.DataTypeFactory;
import liquibase.statement.DatabaseFunction;
import liquibase.statement.core.AddDefaultValueStatement;

/** {@code addDefaultValue}: a rebuild with the column's DEFAULT replaced. */
public class AddDefaultValueGeneratorLibSql extends RebuildingGenerator<AddDefaultValueStatement> {

  /** The only function defaults SQLite takes without parentheses. */
  private static final Set<String> BARE_DEFAULTS = Set.of("CURRENT_TIMESTAMP", "CURRENT_DATE", "CURRENT_TIME");

  public AddDefaultValueGeneratorLibSql() {
    super(AddDefaultValueStatement::getTableName, (statement, definition, database) ->
        definition.withDefault(statement.getColumnName(), defaultSql(statement.getDefaultValue(), database)));
  }

  /** A DEFAULT clause's value: a literal, or an expression in parentheses as SQLite requires. */
  static String defaultSql(Object value, LibSqlDatabase database) {
    if (value instanceof DatabaseFunction function) {
      String text = function.getValue().strip();
      return BARE_DEFAULTS.contains(text.toUpperCase(Locale.ROOT)) || text.startsWith("(") ? text : "(" + text + ")";
    }
    return DataTypeFactory.getInstance().fromObject(value, database).objectToSql(value, database);
  }
}
