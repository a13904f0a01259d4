package dev.libsql4j.liquibase.sqlgenerator;

import dev.libsql4j.liquibase.rebuild.Identifiers;
import liquibase.database.Database;
import liquibase.exception.ValidationErrors;
import liquibase.sql.Sql;
import liquibase.sql.UnparsedSql;
import liquibase.sqlgenerator.SqlGeneratorChain;
import liquibase.statement.core.AddUniqueConstraintStatement;
import liquibase.structure.core.Index;
import liquibase.structure.core.Table;

/**
 * {@code addUniqueConstraint}: a unique index named after the constraint, which enforces the same
 * rule without a rebuild ({@code dropUniqueConstraint} drops it again).
 */
public class AddUniqueConstraintGeneratorLibSql extends LibSqlGenerator<AddUniqueConstraintStatement> {

  @Override
  public ValidationErrors validate(AddUniqueConstraintStatement statement, Database database,
                                   SqlGeneratorChain<AddUniqueConstraintStatement> chain) {
    ValidationErrors errors = new ValidationErrors();
    errors.checkRequiredField("tableName", statement.getTableName());
    errors.checkRequiredField("columnNames", statement.getColumnNames());
    errors.checkRequiredField("constraintName", statement.getConstraintName());
    return errors;
  }

  @Override
  public Sql[] generateSql(AddUniqueConstraintStatement statement, Database database,
                           SqlGeneratorChain<AddUniqueConstraintStatement> chain) {
    String sql = "CREATE UNIQUE INDEX " + Identifiers.quote(statement.getConstraintName()) + " ON "
        + Identifiers.quote(statement.getTableName()) + " (" + RebuildingGenerator.quotedList(statement.getColumnNames()) + ")";
    return new Sql[] {new UnparsedSql(sql, new Index().setName(statement.getConstraintName())
        .setRelation(new Table().setName(statement.getTableName())))};
  }
}
