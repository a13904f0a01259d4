package dev.libsql4j.jdbc.meta;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code getTables} and {@code getTableTypes}: the relations of the database with sqlite-jdbc's
 * table types, in one query over {@code sqlite_schema} and {@code sqlite_temp_schema}.
 *
 * <p>Types: user tables and views are {@code TABLE} and {@code VIEW}; {@code sqlite_schema} itself
 * and the {@code sqlite_}-prefixed tables SQLite keeps (e.g. {@code sqlite_sequence}) are
 * {@code SYSTEM TABLE}; tables and views of the temp schema are {@code GLOBAL TEMPORARY}. Unlike
 * sqlite-jdbc, automatic indexes ({@code sqlite_autoindex_…}) are not listed as system tables:
 * they are indexes.
 */
final class TableCatalog {

  /**
   * Every relation as {@code (name, type, sql)}; {@link ColumnCatalog} reads the columns of the
   * same relations, so both agree on what a table pattern matches.
   */
  static final String RELATIONS = "SELECT 'sqlite_schema' AS name, 'SYSTEM TABLE' AS type, "
      + "NULL AS sql"
      + " UNION ALL SELECT name, upper(type), sql FROM sqlite_schema"
      + " WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
      + " UNION ALL SELECT name, 'GLOBAL TEMPORARY', sql FROM sqlite_temp_schema"
      + " WHERE type IN ('table', 'view')"
      + " UNION ALL SELECT name, 'SYSTEM TABLE', sql FROM sqlite_schema"
      + " WHERE type = 'table' AND name LIKE 'sqlite\\_%' ESCAPE '\\'";

  private static final String[] TYPES = {"GLOBAL TEMPORARY", "SYSTEM TABLE", "TABLE", "VIEW"};

  private final Connection connection;

  TableCatalog(Connection connection) {
    this.connection = connection;
  }

  /**
   * The relations whose name matches {@code pattern} (LIKE syntax, escape {@code \}; null or
   * empty means all) and whose type is one of {@code types} (any case; null or empty means all),
   * ordered by type and name.
   */
  ResultSet tables(String pattern, String[] types) throws SQLException {
    List<Object> args = new ArrayList<>();
    args.add(pattern == null || pattern.isEmpty() ? "%" : pattern);
    StringBuilder sql = new StringBuilder("SELECT name, type FROM (").append(RELATIONS)
        .append(") WHERE name LIKE ? ESCAPE '\\'");
    if (types != null && types.length > 0) {
      sql.append(" AND type IN (");
      for (int i = 0; i < types.length; i++) {
        sql.append(i == 0 ? "?" : ", ?");
        args.add(types[i] == null ? null : types[i].toUpperCase(Locale.ROOT));
      }
      sql.append(')');
    }
    sql.append(" ORDER BY type, name");
    MetaRows rows = MetaShapes.TABLES.rows();
    SchemaQuery.forEachRow(connection, sql.toString(),
        row -> rows.add(null, null, row.getString(1), row.getString(2), null, null, null, null,
            null, null),
        args.toArray());
    return rows.toResultSet();
  }

  /** The four table types, sorted; needs no query. */
  static ResultSet tableTypes() {
    MetaRows rows = MetaShapes.TABLE_TYPES.rows();
    for (String type : TYPES) {
      rows.add(type);
    }
    return rows.toResultSet();
  }
}
