package dev.libsql4j.liquibase.sqlgenerator;

import dev.libsql4j.liquibase.LibSqlDatabase;
import dev.libsql4j.liquibase.rebuild.CreateTableSql;
import liquibase.statement.core.SetNullableStatement;

/** {@code addNotNullConstraint} / {@code dropNotNullConstraint}: a rebuild with the column's NOT NULL changed. */
public class SetNullableGeneratorLibSql extends RebuildingGenerator<SetNullableStatement> {

  @Override
  protected String tableName(SetNullableStatement statement) {
    return statement.getTableName();
  }

  @Override
  protected CreateTableSql edit(SetNullableStatement statement, CreateTableSql definition, LibSqlDatabase database) {
    return definition.withNotNull(statement.getColumnName(), !statement.isNullable());
  }
}
