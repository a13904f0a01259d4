package dev.libsql4j.liquibase.rebuild;

/**
 * One row of {@code sqlite_schema}.
 *
 * @param type    {@code table}, {@code index}, {@code trigger} or {@code view}
 * @param name    the object's name
 * @param table   the table it belongs to ({@code tbl_name})
 * @param sql     the statement that created it; null for indexes SQLite made for UNIQUE/PRIMARY KEY
 */
record SchemaObject(String type, String name, String table, String sql) {

  boolean is(String kind) {
    return type.equals(kind);
  }

  boolean belongsTo(String tableName) {
    return table.equalsIgnoreCase(tableName);
  }
}
