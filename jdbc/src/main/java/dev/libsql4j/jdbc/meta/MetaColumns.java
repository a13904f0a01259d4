package dev.libsql4j.jdbc.meta;

import dev.libsql4j.hrana.message.Col;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * The columns of one kind of metadata result set, written like a column list in DDL:
 * {@code "TABLE_CAT TEXT, TABLE_NAME TEXT, KEY_SEQ INTEGER"}. Labels and their order are
 * sqlite-jdbc's (or the JDBC specification's where sqlite-jdbc has none); the declared types say
 * what JDBC specifies for the column (a String or a number), so that the result's
 * {@link java.sql.ResultSetMetaData} does not depend on the rows.
 */
record MetaColumns(List<Col> cols) {

  MetaColumns {
    cols = List.copyOf(cols);
  }

  /** Parses {@code "NAME TYPE, NAME TYPE, …"}. */
  static MetaColumns of(String spec) {
    List<Col> cols = new ArrayList<>();
    for (String column : spec.split(",")) {
      String[] nameAndType = column.trim().split(" ");
      cols.add(new Col(nameAndType[0], nameAndType[1]));
    }
    return new MetaColumns(cols);
  }

  /** How many columns a row has. */
  int size() {
    return cols.size();
  }

  /** A result set with these columns and no rows, for what SQLite does not have. */
  ResultSet empty() {
    return rows().toResultSet();
  }

  /** Starts an empty set of rows over these columns. */
  MetaRows rows() {
    return new MetaRows(this);
  }
}
