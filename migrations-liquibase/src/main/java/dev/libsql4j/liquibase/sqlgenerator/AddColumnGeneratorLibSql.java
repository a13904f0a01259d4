package dev.libsql4j.liquibase.sqlgenerator;

import dev.libsql4j.liquibase.LibSqlDatabase;
import dev.libsql4j.liquibase.rebuild.CreateTableSql;
import dev.libsql4j.liquibase.rebuild.Identifiers;
import java.util.List;
import liquibase.datatype.DataTypeFactory;
import liquibase.sql.Sql;
import liquibase.statement.ColumnConstraint;
import liquibase.statement.DatabaseFunction;
import liquibase.statement.ForeignKeyConstraint;
import liquibase.statement.core.AddColumnStatement;

/**
 * {@code addColumn}: SQLite's {@code ALTER TABLE … ADD COLUMN} when it can take the column, a rebuild
 * when it cannot (a PRIMARY KEY or UNIQUE column, NOT NULL without a default, a default that is an
 * expression).
 */
public class AddColumnGeneratorLibSql extends RebuildingGenerator<AddColumnStatement> {

  public AddColumnGeneratorLibSql() {
    super(AddColumnGeneratorLibSql::table, (statement, definition, database) -> {
      CreateTableSql edited = definition;
      for (AddColumnStatement column : columns(statement)) {
        edited = edited.withColumn(definition(column, database));
      }
      return edited;
    });
  }

  @Override
  protected boolean rebuilds(AddColumnStatement statement, LibSqlDatabase database) {
    return columns(statement).stream().anyMatch(column -> column.isPrimaryKey() || column.isUnique()
        || column.isAutoIncrement() || !column.isNullable() && column.getDefaultValue() == null
        || column.getDefaultValue() instanceof DatabaseFunction);
  }

  @Override
  protected Sql[] nativeSql(AddColumnStatement statement, LibSqlDatabase database) {
    return alterTable(statement, columns(statement).stream()
        .map(column -> "ADD COLUMN " + definition(column, database)).toList());
  }

  private static String table(AddColumnStatement statement) {
    return statement.isMultiple() ? statement.getColumns().get(0).getTableName() : statement.getTableName();
  }

  /** The column definition, as in CREATE TABLE. */
  private static String definition(AddColumnStatement column, LibSqlDatabase database) {
    StringBuilder sql = new StringBuilder(Identifiers.quote(column.getColumnName())).append(' ')
        .append(DataTypeFactory.getInstance().fromDescription(column.getColumnType(), database)
            .toDatabaseDataType(database).toSql());
    if (column.isPrimaryKey()) {
      sql.append(" PRIMARY KEY").append(column.isAutoIncrement() ? " AUTOINCREMENT" : "");
    }
    if (!column.isNullable() && !column.isPrimaryKey()) {
      sql.append(" NOT NULL");
    }
    if (column.isUnique()) {
      sql.append(" UNIQUE");
    }
    if (column.getDefaultValue() != null) {
      sql.append(" DEFAULT ").append(AddDefaultValueGeneratorLibSql.defaultSql(column.getDefaultValue(), database));
    }
    for (ColumnConstraint constraint : column.getConstraints()) {
      if (constraint instanceof ForeignKeyConstraint foreignKey) {
        sql.append(" REFERENCES ").append(references(foreignKey));
        if (foreignKey.isDeleteCascade()) {
          sql.append(" ON DELETE CASCADE");
        }
      }
    }
    return sql.toString();
  }

  /** {@code table (column)} from either form Liquibase accepts: {@code references="t(c)"} or table and column names. */
  private static String references(ForeignKeyConstraint foreignKey) {
    if (foreignKey.getReferencedTableName() != null) {
      return Identifiers.quote(foreignKey.getReferencedTableName()) + " (" + quotedList(foreignKey.getReferencedColumnNames()) + ")";
    }
    return foreignKey.getReferences();
  }

  private static List<AddColumnStatement> columns(AddColumnStatement statement) {
    return statement.isMultiple() ? statement.getColumns() : List.of(statement);
  }
}
