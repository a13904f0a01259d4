package dev.libsql4j.jdbc.meta;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * {@code getColumns}: the columns of every matching relation in one query, joining the relations
 * of {@link TableCatalog#RELATIONS} with {@code pragma_table_xinfo} (which, unlike
 * {@code table_info}, also reports generated columns).
 *
 * <p>Values follow sqlite-jdbc: types as {@link DeclaredType} reads them, {@code NULLABLE} from
 * {@code NOT NULL} only (so an {@code INTEGER PRIMARY KEY} is nullable, as SQLite reports it),
 * {@code IS_AUTOINCREMENT} for the first primary-key column of a table whose definition says
 * {@code AUTOINCREMENT}, {@code IS_GENERATEDCOLUMN} for virtual and stored generated columns.
 */
final class ColumnCatalog {

  private static final String SQL = "SELECT r.name, c.cid, c.name, c.type, c.\"notnull\", "
      + "c.dflt_value, c.pk, c.hidden, r.sql LIKE '%autoincrement%' "
      + "FROM (" + TableCatalog.RELATIONS + ") AS r JOIN pragma_table_xinfo(r.name) AS c "
      + "WHERE r.name LIKE ? ESCAPE '\\' AND c.name LIKE ? ESCAPE '\\' "
      + "ORDER BY r.name, c.cid";

  /** {@code pragma_table_xinfo.hidden} values of generated columns (virtual, stored). */
  private static final int GENERATED_VIRTUAL = 2;
  private static final int GENERATED_STORED = 3;

  private final Connection connection;

  ColumnCatalog(Connection connection) {
    this.connection = connection;
  }

  /** The columns matching both LIKE patterns (null or empty table pattern, null column: all). */
  ResultSet columns(String tablePattern, String columnPattern) throws SQLException {
    MetaRows rows = MetaShapes.COLUMNS.rows();
    SchemaQuery.forEachRow(connection, SQL, row -> {
      DeclaredType type = DeclaredType.of(row.getString(4));
      boolean nullable = row.getInt(5) == 0;
      boolean autoIncrement = row.getInt(7) == 1 && row.getInt(9) == 1;
      int hidden = row.getInt(8);
      boolean generated = hidden == GENERATED_VIRTUAL || hidden == GENERATED_STORED;
      rows.add(null, null, row.getString(1), row.getString(3), type.jdbcType(), type.typeName(),
          type.columnSize(), DeclaredType.UNBOUNDED, type.decimalDigits(), 10,
          nullable ? DatabaseMetaData.columnNullable : DatabaseMetaData.columnNoNulls, null,
          row.getString(6), 0, 0, DeclaredType.UNBOUNDED, row.getInt(2) + 1,
          nullable ? "YES" : "NO", null, null, null, null, autoIncrement ? "YES" : "NO",
          generated ? "YES" : "NO");
    }, tablePattern == null || tablePattern.isEmpty() ? "%" : tablePattern,
        columnPattern == null ? "%" : columnPattern);
    return rows.toResultSet();
  }
}
