package dev.libsql4j.jdbc.meta;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Types;

/**
 * {@code getTypeInfo}: SQLite's five storage classes, as sqlite-jdbc lists them (ordered by JDBC
 * type). Needs no query.
 */
final class TypeInfo {

  private TypeInfo() {}

  static ResultSet all() {
    MetaRows rows = MetaShapes.TYPE_INFO.rows();
    // name, JDBC type, case sensitive, unsigned, auto increment
    add(rows, "NULL", Types.NULL, 0, 1, 0);
    add(rows, "INTEGER", Types.INTEGER, 0, 0, 1);
    add(rows, "REAL", Types.REAL, 0, 0, 0);
    add(rows, "TEXT", Types.VARCHAR, 1, 1, 0);
    add(rows, "BLOB", Types.BLOB, 0, 1, 0);
    return rows.toResultSet();
  }

  private static void add(MetaRows rows, String name, int jdbcType, int caseSensitive,
      int unsigned, int autoIncrement) {
    rows.add(name, jdbcType, 0, null, null, null, DatabaseMetaData.typeNullable, caseSensitive,
        DatabaseMetaData.typeSearchable, unsigned, 0, autoIncrement, null, 0, 0, 0, 0, 10);
  }
}
