package dev.libsql4j.liquibase.sqlgenerator;

import dev.libsql4j.liquibase.LibSqlDatabase;
import dev.libsql4j.liquibase.rebuild.CreateTableSql;
import dev.libsql4j.liquibase.rebuild.Identifiers;
import dev.libsql4j.lint.SqliteVersion;
import java.util.List;
import liquibase.exception.DatabaseException;
import liquibase.sql.Sql;
import liquibase.statement.core.DropColumnStatement;

/** {@code dropColumn}: {@code ALTER TABLE … DROP COLUMN} from SQLite 3.35 on, a rebuild before. */
public class DropColumnGeneratorLibSql extends RebuildingGenerator<DropColumnStatement> {

  private static final SqliteVersion NATIVE_DROP_COLUMN = SqliteVersion.parse("3.35.0");

  public DropColumnGeneratorLibSql() {
    super(DropColumnGeneratorLibSql::table, (statement, definition, database) -> {
      CreateTableSql edited = definition;
      for (DropColumnStatement column : columns(statement)) {
        edited = edited.withoutColumn(column.getColumnName());
      }
      return edited;
    });
  }

  @Override
  protected boolean rebuilds(DropColumnStatement statement, LibSqlDatabase database) throws DatabaseException {
    return !database.serverVersion().atLeast(NATIVE_DROP_COLUMN);
  }

  @Override
  protected Sql[] nativeSql(DropColumnStatement statement, LibSqlDatabase database) {
    return alterTable(statement, columns(statement).stream()
        .map(column -> "DROP COLUMN " + Identifiers.quote(column.getColumnName())).toList());
  }

  private static String table(DropColumnStatement statement) {
    return statement.isMultiple() ? statement.getColumns().get(0).getTableName() : statement.getTableName();
  }

  private static List<DropColumnStatement> columns(DropColumnStatement statement) {
    return statement.isMultiple() ? statement.getColumns() : List.of(statement);
  }
}
