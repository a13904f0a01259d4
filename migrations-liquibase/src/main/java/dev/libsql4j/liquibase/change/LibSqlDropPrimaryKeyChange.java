package dev.libsql4j.liquibase.change;

import dev.libsql4j.liquibase.LibSqlDatabase;
import liquibase.change.ChangeMetaData;
import liquibase.change.DatabaseChange;
import liquibase.change.core.DropPrimaryKeyChange;
import liquibase.database.Database;
import liquibase.statement.SqlStatement;
import liquibase.statement.core.DropPrimaryKeyStatement;

/**
 * {@code dropPrimaryKey} that, on libSQL, leaves the work to {@code DropPrimaryKeyGeneratorLibSql}
 * (a rebuild that keeps the rest of the table as written) instead of Liquibase's SQLite snapshot copy.
 */
@DatabaseChange(name = "dropPrimaryKey", description = "Drops an existing primary key",
    priority = ChangeMetaData.PRIORITY_DATABASE, appliesTo = "primaryKey")
public class LibSqlDropPrimaryKeyChange extends DropPrimaryKeyChange {

  /** Same as Liquibase's; declared here because ChangeFactory warns about plugins that inherit it. */
  @Override
  public boolean supports(Database database) {
    return super.supports(database);
  }

  @Override
  public SqlStatement[] generateStatements(Database database) {
    if (!(database instanceof LibSqlDatabase)) {
      return super.generateStatements(database);
    }
    return new SqlStatement[] {
        new DropPrimaryKeyStatement(getCatalogName(), getSchemaName(), getTableName(), getConstraintName())};
  }
}
