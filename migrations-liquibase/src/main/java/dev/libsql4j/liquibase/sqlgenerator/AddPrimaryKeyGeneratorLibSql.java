package dev.libsql4j.liquibase.sqlgenerator;

import dev.libsql4j.liquibase.rebuild.CreateTableSql;
import dev.libsql4j.liquibase.rebuild.Identifiers;
import dev.libsql4j.liquibase.rebuild.RebuildException;
import liquibase.statement.core.AddPrimaryKeyStatement;

/** {@code addPrimaryKey}: a rebuild with a {@code PRIMARY KEY} table constraint. */
public class AddPrimaryKeyGeneratorLibSql extends RebuildingGenerator<AddPrimaryKeyStatement> {

  public AddPrimaryKeyGeneratorLibSql() {
    super(AddPrimaryKeyStatement::getTableName, (statement, definition, database) -> withPrimaryKey(statement, definition));
  }

  private static CreateTableSql withPrimaryKey(AddPrimaryKeyStatement statement, CreateTableSql definition) {
    if (definition.hasPrimaryKey()) {
      throw new RebuildException("the table already has a primary key: drop it first (dropPrimaryKey)");
    }
    String name = statement.getConstraintName() == null ? ""
        : "CONSTRAINT " + Identifiers.quote(statement.getConstraintName()) + " ";
    return definition.withTableConstraint(name + "PRIMARY KEY (" + quotedList(statement.getColumnNames()) + ")");
  }
}
