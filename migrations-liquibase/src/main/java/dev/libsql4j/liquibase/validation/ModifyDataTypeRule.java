package dev.libsql4j.liquibase.validation;

import dev.libsql4j.liquibase.LibSqlDatabase;
import dev.libsql4j.liquibase.rebuild.CreateTableSql;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import liquibase.change.Change;
import liquibase.change.core.ModifyDataTypeChange;
import liquibase.datatype.DataTypeFactory;
import liquibase.exception.UnexpectedLiquibaseException;

/**
 * {@code modifyDataType} against the table as it is in the database: SQLite cannot honour a new
 * type for the {@code INTEGER PRIMARY KEY} (it is the rowid; any other type makes it an ordinary
 * column that is no longer filled in), nor a type a {@code STRICT} table does not allow. Tables the
 * changelog has not created yet are not checked.
 */
final class ModifyDataTypeRule implements ChangeRule {

  private static final Set<String> STRICT_TYPES = Set.of("INT", "INTEGER", "REAL", "TEXT", "BLOB", "ANY");

  private final LibSqlDatabase database;

  ModifyDataTypeRule(LibSqlDatabase database) {
    this.database = database;
  }

  @Override
  public Optional<Problem> check(Change change) {
    if (!(change instanceof ModifyDataTypeChange modify) || modify.getNewDataType() == null) {
      return Optional.empty();
    }
    String sql = tableSql(modify.getTableName());
    if (sql == null) {
      return Optional.empty();
    }
    CreateTableSql table = CreateTableSql.parse(sql);
    if (!table.columnNames().stream().anyMatch(c -> c.equalsIgnoreCase(modify.getColumnName()))) {
      return Optional.empty(); // Liquibase's own checks and the rebuild say so
    }
    String type = DataTypeFactory.getInstance().fromDescription(modify.getNewDataType(), database)
        .toDatabaseDataType(database).toSql();
    String baseType = type.replaceAll("\\(.*", "").strip().toUpperCase(Locale.ROOT);
    if (table.isRowidAlias(modify.getColumnName()) && !baseType.equals("INTEGER")) {
      return Optional.of(new Problem("rowid-alias-type", "column " + modify.getColumnName()
          + " is the table's INTEGER PRIMARY KEY (the rowid); as " + type + " it would stop being filled in with ids",
          "keep it INTEGER; store the other representation in a new column"));
    }
    if (table.isStrict() && !STRICT_TYPES.contains(baseType)) {
      return Optional.of(new Problem("strict-table-type", "table " + modify.getTableName() + " is STRICT, which does not allow "
          + type, "use INT, INTEGER, REAL, TEXT, BLOB or ANY"));
    }
    return Optional.empty();
  }

  private String tableSql(String table) {
    try (PreparedStatement statement = database.jdbcConnection().prepareStatement(
        "SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ? COLLATE NOCASE")) {
      statement.setString(1, table);
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() ? rows.getString(1) : null;
      }
    } catch (SQLException e) {
      throw new UnexpectedLiquibaseException("cannot read the definition of table " + table, e);
    }
  }
}
