package dev.libsql4j.jdbc;

import dev.libsql4j.hrana.message.Col;
import dev.libsql4j.hrana.message.Value;
import dev.libsql4j.jdbc.error.SqlState;
import dev.libsql4j.jdbc.types.SqlTypes;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

/**
 * Column information of a result: names from the server, types from each column's declared type,
 * or, for expressions (no declared type), from the storage class of the current row's value (the
 * first row before {@code next()}; NUMERIC when there is none), as sqlite-jdbc does. The class
 * name is that of the current value's {@code getObject}, as in sqlite-jdbc. The server does not
 * say which table a column comes from, so table names are empty and nullability is unknown.
 */
public final class LibSqlResultSetMetaData implements ResultSetMetaData, SelfWrapper {

  /** The row whose values type the columns; null when there is none. */
  @FunctionalInterface
  interface TypingRow {
    List<Value> get() throws SQLException;
  }

  private final List<Col> columns;
  private final TypingRow typingRow;

  /**
   * @param columns the result columns
   * @param typingRow the row that types the columns (see {@link TypingRow})
   */
  LibSqlResultSetMetaData(List<Col> columns, TypingRow typingRow) {
    this.columns = columns;
    this.typingRow = typingRow;
  }

  private Col column(int column) throws SQLException {
    if (column < 1 || column > columns.size()) {
      throw SqlState.INVALID_PARAMETER_VALUE.create("Column index out of range: " + column);
    }
    return columns.get(column - 1);
  }

  private Value currentValue(int column) throws SQLException {
    List<Value> row = typingRow.get();
    return row == null ? Value.NULL : row.get(column - 1);
  }

  @Override
  public int getColumnCount() {
    return columns.size();
  }

  @Override
  public String getColumnLabel(int column) throws SQLException {
    String name = column(column).name();
    return name == null ? "" : name;
  }

  @Override
  public String getColumnName(int column) throws SQLException {
    return getColumnLabel(column);
  }

  @Override
  public int getColumnType(int column) throws SQLException {
    return SqlTypes.jdbcType(column(column).decltype(), currentValue(column));
  }

  @Override
  public String getColumnTypeName(int column) throws SQLException {
    return SqlTypes.typeName(column(column).decltype(), currentValue(column));
  }

  @Override
  public String getColumnClassName(int column) throws SQLException {
    column(column);
    return SqlTypes.className(currentValue(column));
  }

  @Override
  public int getPrecision(int column) throws SQLException {
    return SqlTypes.sizes(column(column).decltype())[0];
  }

  @Override
  public int getScale(int column) throws SQLException {
    return SqlTypes.sizes(column(column).decltype())[1];
  }

  @Override
  public int getColumnDisplaySize(int column) throws SQLException {
    int precision = getPrecision(column);
    return precision > 0 ? precision : Integer.MAX_VALUE;
  }

  @Override
  public int isNullable(int column) throws SQLException {
    column(column);
    return columnNullableUnknown;
  }

  @Override
  public boolean isAutoIncrement(int column) throws SQLException {
    column(column);
    return false;
  }

  @Override
  public boolean isCaseSensitive(int column) throws SQLException {
    int type = getColumnType(column);
    return type == Types.VARCHAR || type == Types.CHAR || type == Types.CLOB;
  }

  @Override
  public boolean isSearchable(int column) throws SQLException {
    column(column);
    return true;
  }

  @Override
  public boolean isCurrency(int column) throws SQLException {
    column(column);
    return false;
  }

  @Override
  public boolean isSigned(int column) throws SQLException {
    return switch (getColumnType(column)) {
      case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT, Types.REAL, Types.FLOAT,
          Types.DOUBLE, Types.NUMERIC, Types.DECIMAL -> true;
      default -> false;
    };
  }

  @Override
  public String getSchemaName(int column) throws SQLException {
    column(column);
    return "";
  }

  @Override
  public String getTableName(int column) throws SQLException {
    column(column);
    return "";
  }

  @Override
  public String getCatalogName(int column) throws SQLException {
    column(column);
    return "";
  }

  @Override
  public boolean isReadOnly(int column) throws SQLException {
    column(column);
    return true;
  }

  @Override
  public boolean isWritable(int column) throws SQLException {
    column(column);
    return false;
  }

  @Override
  public boolean isDefinitelyWritable(int column) throws SQLException {
    column(column);
    return false;
  }

}
