package dev.libsql4j.liquibase.sqlgenerator;

import dev.libsql4j.liquibase.LibSqlDatabase;
import dev.libsql4j.liquibase.rebuild.CreateTableSql;
import dev.libsql4j.liquibase.rebuild.Identifiers;
import dev.libsql4j.liquibase.rebuild.RebuildException;
import liquibase.statement.core.AddPrimaryKeyStatement;

/** {@code addPrimaryKey}: a rebuild with a {@code PRIMARY KEY} table constraint. */
public class AddPrimaryKeyGeneratorLibSql extends RebuildingGenerator<AddPrimaryKeyStatement> {

  @Override
  protected String tableName(AddPrimaryKeyStatement statement) {
    return statement.getTableName();
  }

  @Override
  protected CreateTableSql edit(AddPrimaryKeyStatement statement, CreateTableSql definition, LibSqlDatabase database) {
    if (definition.hasPrimaryKey()) {
      throw new RebuildException("the table already has a primary key: drop it first (dropPrimaryKey)");
    }
    String name = statement.getConstraintName() == null ? ""
        : "CONSTRAINT " + Identifiers.quote(statement.getConstraintName()) + " ";
    return definition.withTableConstraint(name + "PRIMARY KEY (" + quotedList(statement.getColumnNames()) + ")");
  }
}
