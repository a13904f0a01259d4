package dev.libsql4j.jdbc.meta;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * {@code getImportedKeys}, {@code getExportedKeys} and {@code getCrossReference}: one query each
 * over {@code pragma_foreign_key_list}, joined with {@code pragma_table_info} of the referenced
 * table to resolve {@code REFERENCES t} without a column list to t's primary key. Constraint names
 * and deferrability come from the stored definitions ({@link TableDefinition}).
 *
 * <p>Shapes and orders are sqlite-jdbc's: imported keys ordered by referenced table and key
 * sequence, with {@code FKTABLE_NAME} repeating the argument; exported keys and cross references
 * ordered by referencing table and key sequence; catalog and schema columns repeat the arguments;
 * {@code PK_NAME} and {@code FK_NAME} are empty strings when unnamed. Where sqlite-jdbc is wrong
 * this is not: cross references are answered (sqlite-jdbc returns nothing), exported keys resolve
 * implicit referenced columns and do not require the referenced table to have a primary key, and
 * {@code DEFERRABILITY} follows the declaration (sqlite-jdbc always says initially deferred).
 */
final class ForeignKeyCatalog {

  private static final String IMPORTED = "SELECT f.\"table\", coalesce(f.\"to\", p.name, ''), "
      + "f.\"from\", f.seq + 1, f.on_update, f.on_delete, f.id, "
      + "(SELECT sql FROM sqlite_schema WHERE lower(name) = lower(?) AND type = 'table'), r.sql "
      + "FROM pragma_foreign_key_list(?) AS f "
      + "LEFT JOIN sqlite_schema AS r ON lower(r.name) = lower(f.\"table\") AND r.type = 'table' "
      + "LEFT JOIN pragma_table_info(f.\"table\") AS p ON f.\"to\" IS NULL AND p.pk = f.seq + 1 "
      + "ORDER BY f.\"table\", f.seq, f.id";

  private static final String EXPORTED = "SELECT t.name, coalesce(f.\"to\", p.name, ''), "
      + "s.name, f.\"from\", f.seq + 1, f.on_update, f.on_delete, f.id, s.sql, t.sql, "
      + "EXISTS (SELECT 1 FROM pragma_table_info(t.name) AS k "
      + "WHERE k.pk > 0 AND lower(k.name) = lower(coalesce(f.\"to\", p.name))) "
      + "FROM sqlite_schema AS t JOIN sqlite_schema AS s ON s.type = 'table' "
      + "JOIN pragma_foreign_key_list(s.name) AS f ON lower(f.\"table\") = lower(t.name) "
      + "LEFT JOIN pragma_table_info(t.name) AS p ON f.\"to\" IS NULL AND p.pk = f.seq + 1 "
      + "WHERE t.type = 'table' AND (? IS NULL OR lower(t.name) = lower(?)) "
      + "AND (? IS NULL OR lower(s.name) = lower(?)) "
      + "ORDER BY s.name, f.seq, f.id";

  private final Connection connection;

  ForeignKeyCatalog(Connection connection) {
    this.connection = connection;
  }

  /** The keys of {@code table} that reference other tables. */
  ResultSet importedKeys(String catalog, String schema, String table) throws SQLException {
    TableArgument.require(table);
    MetaRows rows = MetaShapes.FOREIGN_KEYS.rows();
    SchemaQuery.forEachRow(connection, IMPORTED, row -> {
      TableDefinition.ForeignKey key =
          TableDefinition.parse(row.getString(8)).foreignKey(row.getInt(7));
      String pkName = TableDefinition.parse(row.getString(9)).primaryKeyName();
      rows.add(catalog, schema, row.getString(1), row.getString(2), catalog, schema, table,
          row.getString(3), row.getInt(4), rule(row.getString(5)), rule(row.getString(6)),
          nameOf(key), pkName == null ? "" : pkName, deferrability(key));
    }, table, table);
    return rows.toResultSet();
  }

  /** The keys of other tables that reference {@code table}. */
  ResultSet exportedKeys(String catalog, String schema, String table) throws SQLException {
    TableArgument.require(table);
    return crossReference(catalog, schema, table, null);
  }

  /**
   * The keys of {@code foreignTable} that reference {@code primaryTable}; a null table stands for
   * any table.
   */
  ResultSet crossReference(String catalog, String schema, String primaryTable,
      String foreignTable) throws SQLException {
    MetaRows rows = MetaShapes.FOREIGN_KEYS.rows();
    SchemaQuery.forEachRow(connection, EXPORTED, row -> {
      TableDefinition.ForeignKey key =
          TableDefinition.parse(row.getString(9)).foreignKey(row.getInt(8));
      String pkName = TableDefinition.parse(row.getString(10)).primaryKeyName();
      boolean keyIsPrimary = row.getInt(11) == 1;
      rows.add(catalog, schema, row.getString(1), row.getString(2), catalog, schema,
          row.getString(3), row.getString(4), row.getInt(5), rule(row.getString(6)),
          rule(row.getString(7)), nameOf(key), keyIsPrimary && pkName != null ? pkName : "",
          deferrability(key));
    }, primaryTable, primaryTable, foreignTable, foreignTable);
    return rows.toResultSet();
  }

  /** The JDBC constant for an action as {@code pragma_foreign_key_list} spells it. */
  static int rule(String action) {
    return switch (action) {
      case "CASCADE" -> DatabaseMetaData.importedKeyCascade;
      case "RESTRICT" -> DatabaseMetaData.importedKeyRestrict;
      case "SET NULL" -> DatabaseMetaData.importedKeySetNull;
      case "SET DEFAULT" -> DatabaseMetaData.importedKeySetDefault;
      default -> DatabaseMetaData.importedKeyNoAction;
    };
  }

  private static String nameOf(TableDefinition.ForeignKey key) {
    return key == null || key.name() == null ? "" : key.name();
  }

  private static int deferrability(TableDefinition.ForeignKey key) {
    return key == null ? DatabaseMetaData.importedKeyNotDeferrable : key.deferrability();
  }
}
