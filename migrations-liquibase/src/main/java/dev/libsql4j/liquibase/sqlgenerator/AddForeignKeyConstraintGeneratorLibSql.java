package dev.libsql4j.liquibase.sqlgenerator;

import dev.libsql4j.liquibase.rebuild.CreateTableSql;
import dev.libsql4j.liquibase.rebuild.Identifiers;
import liquibase.statement.core.AddForeignKeyConstraintStatement;

/** {@code addForeignKeyConstraint}: a rebuild with the constraint (and its ON DELETE/UPDATE actions) added. */
public class AddForeignKeyConstraintGeneratorLibSql extends RebuildingGenerator<AddForeignKeyConstraintStatement> {

  public AddForeignKeyConstraintGeneratorLibSql() {
    super(AddForeignKeyConstraintStatement::getBaseTableName,
        (statement, definition, database) -> withForeignKey(statement, definition));
  }

  private static CreateTableSql withForeignKey(AddForeignKeyConstraintStatement statement, CreateTableSql definition) {
    StringBuilder constraint = new StringBuilder();
    if (statement.getConstraintName() != null) {
      constraint.append("CONSTRAINT ").append(Identifiers.quote(statement.getConstraintName())).append(' ');
    }
    constraint.append("FOREIGN KEY (").append(quotedList(statement.getBaseColumnNames())).append(") REFERENCES ")
        .append(Identifiers.quote(statement.getReferencedTableName()))
        .append(" (").append(quotedList(statement.getReferencedColumnNames())).append(')');
    if (statement.getOnDelete() != null) {
      constraint.append(" ON DELETE ").append(statement.getOnDelete());
    }
    if (statement.getOnUpdate() != null) {
      constraint.append(" ON UPDATE ").append(statement.getOnUpdate());
    }
    if (statement.isDeferrable()) {
      constraint.append(" DEFERRABLE INITIALLY ").append(statement.isInitiallyDeferred() ? "DEFERRED" : "IMMEDIATE");
    }
    return definition.withTableConstraint(constraint.toString());
  }
}
