package dev.libsql4j.liquibase.sqlgenerator;

import dev.libsql4j.liquibase.LibSqlDatabase;
import dev.libsql4j.liquibase.rebuild.CreateTableSql;
import liquibase.statement.core.DropForeignKeyConstraintStatement;

/** {@code dropForeignKeyConstraint}: a rebuild without the named constraint. */
public class DropForeignKeyConstraintGeneratorLibSql extends RebuildingGenerator<DropForeignKeyConstraintStatement> {

  @Override
  protected String tableName(DropForeignKeyConstraintStatement statement) {
    return statement.getBaseTableName();
  }

  @Override
  protected CreateTableSql edit(DropForeignKeyConstraintStatement statement, CreateTableSql definition,
                                LibSqlDatabase database) {
    return definition.withoutConstraint(statement.getConstraintName());
  }
}
