package dev.libsql4j.liquibase.change;

import dev.libsql4j.liquibase.LibSqlDatabase;
import java.util.ArrayList;
import java.util.List;
import liquibase.change.ChangeMetaData;
import liquibase.change.ColumnConfig;
import liquibase.change.DatabaseChange;
import liquibase.change.core.DropColumnChange;
import liquibase.database.Database;
import liquibase.statement.SqlStatement;
import liquibase.statement.core.DropColumnStatement;

/**
 * {@code dropColumn} that, on libSQL, leaves the work to {@code DropColumnGeneratorLibSql} (native
 * {@code DROP COLUMN} or a rebuild that keeps foreign-key actions, triggers and views) instead of
 * Liquibase's SQLite snapshot copy. Other databases get Liquibase's behaviour.
 */
@DatabaseChange(name = "dropColumn", description = "Drop existing column(s).",
    priority = ChangeMetaData.PRIORITY_DATABASE, appliesTo = "column")
public class LibSqlDropColumnChange extends DropColumnChange {

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
    if (getColumns() == null || getColumns().isEmpty()) {
      return new SqlStatement[] {new DropColumnStatement(getCatalogName(), getSchemaName(), getTableName(), getColumnName())};
    }
    List<DropColumnStatement> columns = new ArrayList<>();
    for (ColumnConfig column : getColumns()) {
      columns.add(new DropColumnStatement(getCatalogName(), getSchemaName(), getTableName(), column.getName()));
    }
    return new SqlStatement[] {columns.size() == 1 ? columns.get(0) : new DropColumnStatement(columns)};
  }
}
