package dev.libsql4j.liquibase.sqlgenerator;

import liquibase.statement.core.SetNullableStatement;

/** {@code addNotNullConstraint} / {@code dropNotNullConstraint}: a rebuild with the column's NOT NULL changed. */
public class SetNullableGeneratorLibSql extends RebuildingGenerator<SetNullableStatement> {

  public SetNullableGeneratorLibSql() {
    super(SetNullableStatement::getTableName,
        (statement, definition, database) -> definition.withNotNull(statement.getColumnName(), !statement.isNullable()));
  }
}
