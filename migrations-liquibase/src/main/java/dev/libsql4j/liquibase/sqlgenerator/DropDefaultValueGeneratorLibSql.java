package dev.libsql4j.liquibase.sqlgenerator;

import liquibase.statement.core.DropDefaultValueStatement;

/** {@code dropDefaultValue}: a rebuild without the column's DEFAULT. */
public class DropDefaultValueGeneratorLibSql extends RebuildingGenerator<DropDefaultValueStatement> {

  public DropDefaultValueGeneratorLibSql() {
    super(DropDefaultValueStatement::getTableName,
        (statement, definition, database) -> definition.withDefault(statement.getColumnName(), null));
  }
}
