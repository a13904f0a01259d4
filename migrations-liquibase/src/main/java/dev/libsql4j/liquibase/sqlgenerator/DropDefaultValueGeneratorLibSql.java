package dev.libsql4j.liquibase.sqlgenerator;

import dev.libsql4j.liquibase.LibSqlDatabase;
import dev.libsql4j.liquibase.rebuild.CreateTableSql;
import liquibase.statement.core.DropDefaultValueStatement;

/** {@code dropDefaultValue}: a rebuild without the column's DEFAULT. */
public class DropDefaultValueGeneratorLibSql extends RebuildingGenerator<DropDefaultValueStatement> {

  @Override
  protected String tableName(DropDefaultValueStatement statement) {
    return statement.getTableName();
  }

  @Override
  protected CreateTableSql edit(DropDefaultValueStatement statement, CreateTableSql definition, LibSqlDatabase database) {
    return definition.withDefault(statement.getColumnName(), null);
  }
}
