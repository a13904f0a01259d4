package dev.libsql4j.liquibase.sqlgenerator;

import liquibase.statement.core.DropForeignKeyConstraintStatement;

/** {@code dropForeignKeyConstraint}: a rebuild without the named constraint. */
public class DropForeignKeyConstraintGeneratorLibSql extends RebuildingGenerator<DropForeignKeyConstraintStatement> {

  public DropForeignKeyConstraintGeneratorLibSql() {
    super(DropForeignKeyConstraintStatement::getBaseTableName,
        (statement, definition, database) -> definition.withoutConstraint(statement.getConstraintName()));
  }
}
