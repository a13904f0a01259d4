package dev.libsql4j.jdbc.meta;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * {@code getPrimaryKeys}: one query joining the table's {@code sqlite_schema} row with
 * {@code pragma_table_info}, whose {@code pk} column is the key sequence. The constraint name comes
 * from the stored definition ({@link TableDefinition}).
 *
 * <p>As in sqlite-jdbc, the table is found ignoring case, {@code TABLE_NAME} repeats the argument
 * and rows are ordered by column name. A table that does not exist has no primary key (sqlite-jdbc
 * throws "Table not found").
 */
final class PrimaryKeyCatalog {

  private static final String SQL = "SELECT s.sql, p.name, p.pk FROM sqlite_schema AS s "
      + "JOIN pragma_table_info(s.name) AS p "
      + "WHERE lower(s.name) = lower(?) AND s.type IN ('table', 'view') AND p.pk > 0 "
      + "ORDER BY p.name";

  private final Connection connection;

  PrimaryKeyCatalog(Connection connection) {
    this.connection = connection;
  }

  /** The primary-key columns of {@code table}; null or blank is an error, as in sqlite-jdbc. */
  ResultSet primaryKeys(String table) throws SQLException {
    TableArgument.require(table);
    MetaRows rows = MetaShapes.PRIMARY_KEYS.rows();
    SchemaQuery.forEachRow(connection, SQL, row -> rows.add(null, null, table,
        row.getString(2), row.getInt(3), TableDefinition.parse(row.getString(1)).primaryKeyName()),
        table);
    return rows.toResultSet();
  }
}
