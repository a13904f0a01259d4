package dev.libsql4j.liquibase;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Small JDBC helpers for the tests: run SQL, read rows as text, dump the schema. */
final class Db {

  private Db() {
  }

  static void run(Connection connection, String... statements) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    }
  }

  /** Every row of the query, each as {@code "v1|v2|…"}. */
  static List<String> rows(Connection connection, String query) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(query)) {
      ResultSetMetaData meta = result.getMetaData();
      while (result.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          row.append(i > 1 ? "|" : "").append(result.getString(i));
        }
        rows.add(row.toString());
      }
    }
    return rows;
  }

  /** The user schema: type, name, table and SQL of every object, by name. */
  static List<String> schema(Connection connection) throws SQLException {
    return rows(connection, "SELECT type, name, tbl_name, sql FROM sqlite_schema "
        + "WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name");
  }

  /** The schema and every row of the given tables, to compare a database before and after. */
  static List<String> snapshot(Connection connection, String... tables) throws SQLException {
    List<String> snapshot = new ArrayList<>(schema(connection));
    for (String table : tables) {
      snapshot.add("-- " + table);
      snapshot.addAll(rows(connection, "SELECT * FROM " + table + " ORDER BY rowid"));
    }
    return snapshot;
  }
}
