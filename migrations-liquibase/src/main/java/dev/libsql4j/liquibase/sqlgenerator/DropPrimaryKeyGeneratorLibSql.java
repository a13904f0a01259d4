package dev.libsql4j.liquibase.sqlgenerator;

import liquibase.statement.core.DropPrimaryKeyStatement;

/** {@code dropPrimaryKey}: a rebuild without the primary key (table constraint or column clause). */
public class DropPrimaryKeyGeneratorLibSql extends RebuildingGenerator<DropPrimaryKeyStatement> {

  public DropPrimaryKeyGeneratorLibSql() {
    super(DropPrimaryKeyStatement::getTableName,
        (statement, definition, database) -> definition.withoutPrimaryKey());
  }
}
