package dev.libsql4j.liquibase.sqlgenerator;

import dev.libsql4j.liquibase.rebuild.Identifiers;
import liquibase.database.Database;
import liquibase.exception.ValidationErrors;
import liquibase.sql.Sql;
import liquibase.sql.UnparsedSql;
import liquibase.sqlgenerator.SqlGeneratorChain;
import liquibase.statement.core.DropUniqueConstraintStatement;
import liquibase.structure.core.Index;

/** {@code dropUniqueConstraint}: drops the unique index that {@link AddUniqueConstraintGeneratorLibSql} made. */
public class DropUniqueConstraintGeneratorLibSql extends LibSqlGenerator<DropUniqueConstraintStatement> {

  @Override
  public ValidationErrors validate(DropUniqueConstraintStatement statement, Database database,
                                   SqlGeneratorChain<DropUniqueConstraintStatement> chain) {
    return new ValidationErrors().checkRequiredField("constraintName", statement.getConstraintName());
  }

  @Override
  public Sql[] generateSql(DropUniqueConstraintStatement statement, Database database,
                           SqlGeneratorChain<DropUniqueConstraintStatement> chain) {
    return new Sql[] {new UnparsedSql("DROP INDEX " + Identifiers.quote(statement.getConstraintName()),
        new Index().setName(statement.getConstraintName()))};
  }
}
