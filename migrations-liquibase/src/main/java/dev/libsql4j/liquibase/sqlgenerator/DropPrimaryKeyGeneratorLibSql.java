package dev.libsql4j.liquibase.sqlgenerator;

import dev.libsql4j.liquibase.LibSqlDatabase;
import dev.libsql4j.liquibase.rebuild.CreateTableSql;
import liquibase.statement.core.DropPrimaryKeyStatement;

/** {@code dropPrimaryKey}: a rebuild without the primary key (table constraint or column clause). */
public class DropPrimaryKeyGeneratorLibSql extends RebuildingGenerator<DropPrimaryKeyStatement> {

  @Override
  protected String tableName(DropPrimaryKeyStatement statement) {
    return statement.getTableName();
  }

  @Override
  protected CreateTableSql edit(DropPrimaryKeyStatement statement, CreateTableSql definition, LibSqlDatabase database) {
    return definition.withoutPrimaryKey();
  }
}
