package dev.libsql4j.jdbc.meta;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * {@code getIndexInfo}: one query joining {@code pragma_index_list} with
 * {@code pragma_index_xinfo} (key columns only; an expression column has no name).
 *
 * <p>Shape and values as in sqlite-jdbc ({@code NON_UNIQUE} as 0/1, {@code TYPE} always
 * {@link DatabaseMetaData#tableIndexOther}, no cardinality or filter, {@code TABLE_NAME}
 * repeating the argument), with three corrections: {@code unique = true} returns unique indexes
 * only (sqlite-jdbc ignores it), rows are ordered by {@code NON_UNIQUE}, {@code INDEX_NAME},
 * {@code ORDINAL_POSITION} as JDBC specifies, and {@code ASC_OR_DESC} says {@code "A"} or
 * {@code "D"} (sqlite-jdbc: null).
 */
final class IndexCatalog {

  private static final String SQL = "SELECT i.\"unique\", i.name, x.seqno + 1, x.name, x.\"desc\" "
      + "FROM pragma_index_list(?) AS i JOIN pragma_index_xinfo(i.name) AS x ON x.key = 1 "
      + "WHERE i.\"unique\" = 1 OR ? = 0 "
      + "ORDER BY i.\"unique\" DESC, i.name, x.seqno";

  private final Connection connection;

  IndexCatalog(Connection connection) {
    this.connection = connection;
  }

  /** The key columns of the indexes of {@code table}; only unique ones when {@code unique}. */
  ResultSet indexInfo(String table, boolean unique) throws SQLException {
    MetaRows rows = MetaShapes.INDEX_INFO.rows();
    SchemaQuery.forEachRow(connection, SQL,
        row -> rows.add(null, null, table, 1 - row.getInt(1), null, row.getString(2),
            (int) DatabaseMetaData.tableIndexOther, row.getInt(3), row.getString(4),
            row.getInt(5) == 1 ? "D" : "A", 0, 0, null),
        table, unique ? 1 : 0);
    return rows.toResultSet();
  }
}
