package dev.libsql4j.jdbc;

import dev.libsql4j.hrana.message.Col;
import dev.libsql4j.hrana.message.Value;
import dev.libsql4j.jdbc.error.SqlState;
import dev.libsql4j.jdbc.exec.BufferedRows;
import dev.libsql4j.jdbc.exec.RowSource;
import dev.libsql4j.jdbc.types.ValueReader;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.MalformedURLException;
import java.net.URL;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Date;
import java.sql.NClob;
import java.sql.Ref;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLWarning;
import java.sql.SQLXML;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A forward-only, read-only result set over rows in memory or streamed from a cursor.
 *
 * <p>Getters convert values as sqlite-jdbc does (see {@link ValueReader}); columns are found by
 * label case-insensitively, the first match winning. Build in-memory result sets (for metadata)
 * with {@link #of(Statement, List, List)}.
 */
public class LibSqlResultSet implements ResultSet, SelfWrapper {

  private final Statement statement;
  private final RowSource rows;
  private final long maxRows;
  private final LibSqlResultSetMetaData metaData;
  private Map<String, Integer> columnIndexes;
  private List<Value> current;
  private long rowNumber;
  private boolean afterLast;
  private boolean wasNull;
  private boolean closed;
  private int fetchSize;

  /**
   * A result set over {@code rows}.
   *
   * @param statement the statement that produced it (may be null for metadata)
   * @param rows the rows
   * @param maxRows the most rows to return, 0 = all
   */
  LibSqlResultSet(Statement statement, RowSource rows, long maxRows) {
    this.statement = statement;
    this.rows = rows;
    this.maxRows = maxRows;
    this.metaData = new LibSqlResultSetMetaData(rows.columns(), this::typingRow);
  }

  /**
   * An in-memory result set, e.g. for {@code DatabaseMetaData}.
   *
   * @param statement what {@link #getStatement()} returns; may be null
   * @param columns the columns (name and declared type)
   * @param rows the rows, each as long as {@code columns}
   */
  public static LibSqlResultSet of(Statement statement, List<Col> columns, List<List<Value>> rows) {
    return new LibSqlResultSet(statement, new BufferedRows(columns, rows), 0);
  }

  /**
   * The row that types expression columns: the current one, or before {@code next()} the first
   * (sqlite-jdbc has stepped to it at execution); none after the last row.
   */
  private List<Value> typingRow() throws SQLException {
    if (current != null || closed || afterLast || rowNumber > 0) {
      return current;
    }
    return rows.peek();
  }

  // ---------------------------------------------------------------- cursor movement

  @Override
  public boolean next() throws SQLException {
    checkOpen();
    if (afterLast || (maxRows > 0 && rowNumber >= maxRows)) {
      return finishRows();
    }
    if (rows.next()) {
      current = rows.current();
      rowNumber++;
      return true;
    }
    return finishRows();
  }

  private boolean finishRows() throws SQLException {
    current = null;
    if (!afterLast) {
      afterLast = true;
      rowNumber++;
      // Releasing a finished cursor early frees the transaction's stream.
      rows.close();
    }
    return false;
  }

  @Override
  public void close() throws SQLException {
    if (!closed) {
      closed = true;
      current = null;
      rows.close();
      if (statement instanceof LibSqlStatement owner) {
        owner.resultSetClosed(this);
      }
    }
  }

  @Override
  public boolean isClosed() {
    return closed;
  }

  @Override
  public int getRow() throws SQLException {
    checkOpen();
    return current == null ? 0 : (int) rowNumber;
  }

  @Override
  public boolean isBeforeFirst() throws SQLException {
    checkOpen();
    return rowNumber == 0 && !afterLast;
  }

  @Override
  public boolean isAfterLast() throws SQLException {
    checkOpen();
    return afterLast && rowNumber > 1;
  }

  @Override
  public boolean isFirst() throws SQLException {
    checkOpen();
    return current != null && rowNumber == 1;
  }

  @Override
  public boolean isLast() throws SQLException {
    throw unsupported("isLast (a forward-only stream cannot look ahead)");
  }

  @Override
  public int getType() {
    return TYPE_FORWARD_ONLY;
  }

  @Override
  public int getConcurrency() {
    return CONCUR_READ_ONLY;
  }

  @Override
  public int getHoldability() {
    return HOLD_CURSORS_OVER_COMMIT;
  }

  @Override
  public int getFetchDirection() {
    return FETCH_FORWARD;
  }

  @Override
  public void setFetchDirection(int direction) throws SQLException {
    if (direction != FETCH_FORWARD) {
      throw unsupported("setFetchDirection other than FETCH_FORWARD");
    }
  }

  @Override
  public int getFetchSize() {
    return fetchSize;
  }

  @Override
  public void setFetchSize(int rows) throws SQLException {
    Arguments.requireNonNegative(rows, "Fetch size");
    fetchSize = rows;
  }

  @Override
  public Statement getStatement() {
    return statement;
  }

  @Override
  public ResultSetMetaData getMetaData() throws SQLException {
    checkOpen();
    return metaData;
  }

  @Override
  public int findColumn(String columnLabel) throws SQLException {
    checkOpen();
    if (columnIndexes == null) {
      Map<String, Integer> indexes = new HashMap<>();
      List<Col> columns = rows.columns();
      for (int i = columns.size() - 1; i >= 0; i--) {
        String name = columns.get(i).name();
        if (name != null) {
          indexes.put(name.toLowerCase(Locale.ROOT), i + 1);
        }
      }
      columnIndexes = indexes;
    }
    Integer index = columnIndexes.get(columnLabel.toLowerCase(Locale.ROOT));
    if (index == null) {
      throw SqlState.INVALID_PARAMETER_VALUE.create("No such column: '" + columnLabel + "'");
    }
    return index;
  }

  @Override
  public SQLWarning getWarnings() {
    return null;
  }

  @Override
  public void clearWarnings() {
    // No warnings are ever produced.
  }

  @Override
  public String getCursorName() throws SQLException {
    throw unsupported("getCursorName");
  }

  // ---------------------------------------------------------------- values

  private Value value(int columnIndex) throws SQLException {
    checkOpen();
    if (current == null) {
      throw SqlState.FUNCTION_SEQUENCE_ERROR.create("The result set has no current row");
    }
    if (columnIndex < 1 || columnIndex > current.size()) {
      throw SqlState.INVALID_PARAMETER_VALUE.create("Column index out of range: " + columnIndex);
    }
    Value value = current.get(columnIndex - 1);
    wasNull = value instanceof Value.NullValue;
    return value;
  }

  @Override
  public boolean wasNull() {
    return wasNull;
  }

  @Override
  public Object getObject(int columnIndex) throws SQLException {
    return ValueReader.toObject(value(columnIndex));
  }

  @Override
  public <T> T getObject(int columnIndex, Class<T> type) throws SQLException {
    if (type == null) {
      throw SqlState.INVALID_PARAMETER_VALUE.create("type must not be null");
    }
    return ValueReader.toObject(value(columnIndex), type, ZoneId.systemDefault());
  }

  @Override
  public Object getObject(int columnIndex, Map<String, Class<?>> map) throws SQLException {
    return getObject(columnIndex);
  }

  @Override
  public String getString(int columnIndex) throws SQLException {
    return ValueReader.toText(value(columnIndex));
  }

  @Override
  public String getNString(int columnIndex) throws SQLException {
    return getString(columnIndex);
  }

  @Override
  public boolean getBoolean(int columnIndex) throws SQLException {
    return ValueReader.toBoolean(value(columnIndex));
  }

  @Override
  public byte getByte(int columnIndex) throws SQLException {
    return (byte) ValueReader.toLong(value(columnIndex));
  }

  @Override
  public short getShort(int columnIndex) throws SQLException {
    return (short) ValueReader.toLong(value(columnIndex));
  }

  @Override
  public int getInt(int columnIndex) throws SQLException {
    return (int) ValueReader.toLong(value(columnIndex));
  }

  @Override
  public long getLong(int columnIndex) throws SQLException {
    return ValueReader.toLong(value(columnIndex));
  }

  @Override
  public float getFloat(int columnIndex) throws SQLException {
    return (float) ValueReader.toDouble(value(columnIndex));
  }

  @Override
  public double getDouble(int columnIndex) throws SQLException {
    return ValueReader.toDouble(value(columnIndex));
  }

  @Override
  public BigDecimal getBigDecimal(int columnIndex) throws SQLException {
    return ValueReader.toBigDecimal(value(columnIndex));
  }

  /** @deprecated as in {@link ResultSet}; the value is rounded half-up to {@code scale}. */
  @Override
  @Deprecated
  public BigDecimal getBigDecimal(int columnIndex, int scale) throws SQLException {
    BigDecimal decimal = getBigDecimal(columnIndex);
    try {
      return decimal == null ? null : decimal.setScale(scale, RoundingMode.HALF_UP);
    } catch (ArithmeticException e) {
      // a scale so far from the value's that BigDecimal cannot represent the result
      throw SqlState.NUMERIC_OUT_OF_RANGE.create("Cannot give " + decimal + " the scale " + scale, 0, e);
    }
  }

  @Override
  public byte[] getBytes(int columnIndex) throws SQLException {
    return ValueReader.toBytes(value(columnIndex));
  }

  @Override
  public Date getDate(int columnIndex) throws SQLException {
    return ValueReader.toDate(value(columnIndex), ZoneId.systemDefault());
  }

  @Override
  public Date getDate(int columnIndex, Calendar cal) throws SQLException {
    return ValueReader.toDate(value(columnIndex), zoneOf(cal));
  }

  @Override
  public Time getTime(int columnIndex) throws SQLException {
    return ValueReader.toTime(value(columnIndex), ZoneId.systemDefault());
  }

  @Override
  public Time getTime(int columnIndex, Calendar cal) throws SQLException {
    return ValueReader.toTime(value(columnIndex), zoneOf(cal));
  }

  @Override
  public Timestamp getTimestamp(int columnIndex) throws SQLException {
    return ValueReader.toTimestamp(value(columnIndex), ZoneId.systemDefault());
  }

  @Override
  public Timestamp getTimestamp(int columnIndex, Calendar cal) throws SQLException {
    return ValueReader.toTimestamp(value(columnIndex), zoneOf(cal));
  }

  private static ZoneId zoneOf(Calendar cal) {
    return cal == null ? ZoneId.systemDefault() : cal.getTimeZone().toZoneId();
  }

  @Override
  public InputStream getBinaryStream(int columnIndex) throws SQLException {
    byte[] bytes = getBytes(columnIndex);
    return bytes == null ? null : new ByteArrayInputStream(bytes);
  }

  @Override
  public InputStream getAsciiStream(int columnIndex) throws SQLException {
    return getBinaryStream(columnIndex);
  }

  /** @deprecated as in {@link ResultSet}; returns the UTF-8 bytes. */
  @Override
  @Deprecated
  public InputStream getUnicodeStream(int columnIndex) throws SQLException {
    return getBinaryStream(columnIndex);
  }

  @Override
  public Reader getCharacterStream(int columnIndex) throws SQLException {
    String text = getString(columnIndex);
    return text == null ? null : new StringReader(text);
  }

  @Override
  public Reader getNCharacterStream(int columnIndex) throws SQLException {
    return getCharacterStream(columnIndex);
  }

  @Override
  public URL getURL(int columnIndex) throws SQLException {
    String text = getString(columnIndex);
    try {
      return text == null ? null : new URL(text);
    } catch (MalformedURLException e) {
      throw SqlState.DATA_EXCEPTION.create("Not a URL: " + text, 0, e);
    }
  }

  // ---------------------------------------------------------------- by label

  @Override
  public Object getObject(String columnLabel) throws SQLException {
    return getObject(findColumn(columnLabel));
  }

  @Override
  public <T> T getObject(String columnLabel, Class<T> type) throws SQLException {
    return getObject(findColumn(columnLabel), type);
  }

  @Override
  public Object getObject(String columnLabel, Map<String, Class<?>> map) throws SQLException {
    return getObject(findColumn(columnLabel), map);
  }

  @Override
  public String getString(String columnLabel) throws SQLException {
    return getString(findColumn(columnLabel));
  }

  @Override
  public String getNString(String columnLabel) throws SQLException {
    return getNString(findColumn(columnLabel));
  }

  @Override
  public boolean getBoolean(String columnLabel) throws SQLException {
    return getBoolean(findColumn(columnLabel));
  }

  @Override
  public byte getByte(String columnLabel) throws SQLException {
    return getByte(findColumn(columnLabel));
  }

  @Override
  public short getShort(String columnLabel) throws SQLException {
    return getShort(findColumn(columnLabel));
  }

  @Override
  public int getInt(String columnLabel) throws SQLException {
    return getInt(findColumn(columnLabel));
  }

  @Override
  public long getLong(String columnLabel) throws SQLException {
    return getLong(findColumn(columnLabel));
  }

  @Override
  public float getFloat(String columnLabel) throws SQLException {
    return getFloat(findColumn(columnLabel));
  }

  @Override
  public double getDouble(String columnLabel) throws SQLException {
    return getDouble(findColumn(columnLabel));
  }

  @Override
  public BigDecimal getBigDecimal(String columnLabel) throws SQLException {
    return getBigDecimal(findColumn(columnLabel));
  }

  /** @deprecated as in {@link ResultSet}. */
  @Override
  @Deprecated
  public BigDecimal getBigDecimal(String columnLabel, int scale) throws SQLException {
    return getBigDecimal(findColumn(columnLabel), scale);
  }

  @Override
  public byte[] getBytes(String columnLabel) throws SQLException {
    return getBytes(findColumn(columnLabel));
  }

  @Override
  public Date getDate(String columnLabel) throws SQLException {
    return getDate(findColumn(columnLabel));
  }

  @Override
  public Date getDate(String columnLabel, Calendar cal) throws SQLException {
    return getDate(findColumn(columnLabel), cal);
  }

  @Override
  public Time getTime(String columnLabel) throws SQLException {
    return getTime(findColumn(columnLabel));
  }

  @Override
  public Time getTime(String columnLabel, Calendar cal) throws SQLException {
    return getTime(findColumn(columnLabel), cal);
  }

  @Override
  public Timestamp getTimestamp(String columnLabel) throws SQLException {
    return getTimestamp(findColumn(columnLabel));
  }

  @Override
  public Timestamp getTimestamp(String columnLabel, Calendar cal) throws SQLException {
    return getTimestamp(findColumn(columnLabel), cal);
  }

  @Override
  public InputStream getBinaryStream(String columnLabel) throws SQLException {
    return getBinaryStream(findColumn(columnLabel));
  }

  @Override
  public InputStream getAsciiStream(String columnLabel) throws SQLException {
    return getAsciiStream(findColumn(columnLabel));
  }

  /** @deprecated as in {@link ResultSet}. */
  @Override
  @Deprecated
  public InputStream getUnicodeStream(String columnLabel) throws SQLException {
    return getBinaryStream(findColumn(columnLabel));
  }

  @Override
  public Reader getCharacterStream(String columnLabel) throws SQLException {
    return getCharacterStream(findColumn(columnLabel));
  }

  @Override
  public Reader getNCharacterStream(String columnLabel) throws SQLException {
    return getNCharacterStream(findColumn(columnLabel));
  }

  @Override
  public URL getURL(String columnLabel) throws SQLException {
    return getURL(findColumn(columnLabel));
  }

  // ---------------------------------------------------------------- plumbing

  private void checkOpen() throws SQLException {
    if (closed) {
      throw SqlState.FUNCTION_SEQUENCE_ERROR.create("The result set is closed");
    }
  }

  private static SQLFeatureNotSupportedException unsupported(String what) {
    return new SQLFeatureNotSupportedException(
        what + " is not supported: result sets are forward-only and read-only", "0A000");
  }


  // ---------------------------------------------------------------- not supported

  @Override
  public void beforeFirst() throws SQLException {
    throw unsupported("beforeFirst");
  }

  @Override
  public void afterLast() throws SQLException {
    throw unsupported("afterLast");
  }

  @Override
  public boolean first() throws SQLException {
    throw unsupported("first");
  }

  @Override
  public boolean last() throws SQLException {
    throw unsupported("last");
  }

  @Override
  public boolean absolute(int row) throws SQLException {
    throw unsupported("absolute");
  }

  @Override
  public boolean relative(int rows) throws SQLException {
    throw unsupported("relative");
  }

  @Override
  public boolean previous() throws SQLException {
    throw unsupported("previous");
  }

  @Override
  public boolean rowUpdated() throws SQLException {
    throw unsupported("rowUpdated");
  }

  @Override
  public boolean rowInserted() throws SQLException {
    throw unsupported("rowInserted");
  }

  @Override
  public boolean rowDeleted() throws SQLException {
    throw unsupported("rowDeleted");
  }

  @Override
  public void updateNull(int columnIndex) throws SQLException {
    throw unsupported("updateNull");
  }

  @Override
  public void updateBoolean(int columnIndex, boolean x) throws SQLException {
    throw unsupported("updateBoolean");
  }

  @Override
  public void updateByte(int columnIndex, byte x) throws SQLException {
    throw unsupported("updateByte");
  }

  @Override
  public void updateShort(int columnIndex, short x) throws SQLException {
    throw unsupported("updateShort");
  }

  @Override
  public void updateInt(int columnIndex, int x) throws SQLException {
    throw unsupported("updateInt");
  }

  @Override
  public void updateLong(int columnIndex, long x) throws SQLException {
    throw unsupported("updateLong");
  }

  @Override
  public void updateFloat(int columnIndex, float x) throws SQLException {
    throw unsupported("updateFloat");
  }

  @Override
  public void updateDouble(int columnIndex, double x) throws SQLException {
    throw unsupported("updateDouble");
  }

  @Override
  public void updateBigDecimal(int columnIndex, BigDecimal x) throws SQLException {
    throw unsupported("updateBigDecimal");
  }

  @Override
  public void updateString(int columnIndex, String x) throws SQLException {
    throw unsupported("updateString");
  }

  @Override
  public void updateBytes(int columnIndex, byte[] x) throws SQLException {
    throw unsupported("updateBytes");
  }

  @Override
  public void updateDate(int columnIndex, java.sql.Date x) throws SQLException {
    throw unsupported("updateDate");
  }

  @Override
  public void updateTime(int columnIndex, java.sql.Time x) throws SQLException {
    throw unsupported("updateTime");
  }

  @Override
  public void updateTimestamp(int columnIndex, java.sql.Timestamp x) throws SQLException {
    throw unsupported("updateTimestamp");
  }

  @Override
  public void updateAsciiStream(int columnIndex, java.io.InputStream x, int length) throws SQLException {
    throw unsupported("updateAsciiStream");
  }

  @Override
  public void updateBinaryStream(int columnIndex, java.io.InputStream x, int length) throws SQLException {
    throw unsupported("updateBinaryStream");
  }

  @Override
  public void updateCharacterStream(int columnIndex, java.io.Reader x, int length) throws SQLException {
    throw unsupported("updateCharacterStream");
  }

  @Override
  public void updateObject(int columnIndex, Object x, int scaleOrLength) throws SQLException {
    throw unsupported("updateObject");
  }

  @Override
  public void updateObject(int columnIndex, Object x) throws SQLException {
    throw unsupported("updateObject");
  }

  @Override
  public void updateNull(String columnLabel) throws SQLException {
    throw unsupported("updateNull");
  }

  @Override
  public void updateBoolean(String columnLabel, boolean x) throws SQLException {
    throw unsupported("updateBoolean");
  }

  @Override
  public void updateByte(String columnLabel, byte x) throws SQLException {
    throw unsupported("updateByte");
  }

  @Override
  public void updateShort(String columnLabel, short x) throws SQLException {
    throw unsupported("updateShort");
  }

  @Override
  public void updateInt(String columnLabel, int x) throws SQLException {
    throw unsupported("updateInt");
  }

  @Override
  public void updateLong(String columnLabel, long x) throws SQLException {
    throw unsupported("updateLong");
  }

  @Override
  public void updateFloat(String columnLabel, float x) throws SQLException {
    throw unsupported("updateFloat");
  }

  @Override
  public void updateDouble(String columnLabel, double x) throws SQLException {
    throw unsupported("updateDouble");
  }

  @Override
  public void updateBigDecimal(String columnLabel, BigDecimal x) throws SQLException {
    throw unsupported("updateBigDecimal");
  }

  @Override
  public void updateString(String columnLabel, String x) throws SQLException {
    throw unsupported("updateString");
  }

  @Override
  public void updateBytes(String columnLabel, byte[] x) throws SQLException {
    throw unsupported("updateBytes");
  }

  @Override
  public void updateDate(String columnLabel, java.sql.Date x) throws SQLException {
    throw unsupported("updateDate");
  }

  @Override
  public void updateTime(String columnLabel, java.sql.Time x) throws SQLException {
    throw unsupported("updateTime");
  }

  @Override
  public void updateTimestamp(String columnLabel, java.sql.Timestamp x) throws SQLException {
    throw unsupported("updateTimestamp");
  }

  @Override
  public void updateAsciiStream(String columnLabel, java.io.InputStream x, int length) throws SQLException {
    throw unsupported("updateAsciiStream");
  }

  @Override
  public void updateBinaryStream(String columnLabel, java.io.InputStream x, int length) throws SQLException {
    throw unsupported("updateBinaryStream");
  }

  @Override
  public void updateCharacterStream(String columnLabel, java.io.Reader reader, int length) throws SQLException {
    throw unsupported("updateCharacterStream");
  }

  @Override
  public void updateObject(String columnLabel, Object x, int scaleOrLength) throws SQLException {
    throw unsupported("updateObject");
  }

  @Override
  public void updateObject(String columnLabel, Object x) throws SQLException {
    throw unsupported("updateObject");
  }

  @Override
  public void insertRow() throws SQLException {
    throw unsupported("insertRow");
  }

  @Override
  public void updateRow() throws SQLException {
    throw unsupported("updateRow");
  }

  @Override
  public void deleteRow() throws SQLException {
    throw unsupported("deleteRow");
  }

  @Override
  public void refreshRow() throws SQLException {
    throw unsupported("refreshRow");
  }

  @Override
  public void cancelRowUpdates() throws SQLException {
    throw unsupported("cancelRowUpdates");
  }

  @Override
  public void moveToInsertRow() throws SQLException {
    throw unsupported("moveToInsertRow");
  }

  @Override
  public void moveToCurrentRow() throws SQLException {
    throw unsupported("moveToCurrentRow");
  }

  @Override
  public Ref getRef(int columnIndex) throws SQLException {
    throw unsupported("getRef");
  }

  @Override
  public Blob getBlob(int columnIndex) throws SQLException {
    throw unsupported("getBlob");
  }

  @Override
  public Clob getClob(int columnIndex) throws SQLException {
    throw unsupported("getClob");
  }

  @Override
  public Array getArray(int columnIndex) throws SQLException {
    throw unsupported("getArray");
  }

  @Override
  public Ref getRef(String columnLabel) throws SQLException {
    throw unsupported("getRef");
  }

  @Override
  public Blob getBlob(String columnLabel) throws SQLException {
    throw unsupported("getBlob");
  }

  @Override
  public Clob getClob(String columnLabel) throws SQLException {
    throw unsupported("getClob");
  }

  @Override
  public Array getArray(String columnLabel) throws SQLException {
    throw unsupported("getArray");
  }

  @Override
  public void updateRef(int columnIndex, java.sql.Ref x) throws SQLException {
    throw unsupported("updateRef");
  }

  @Override
  public void updateRef(String columnLabel, java.sql.Ref x) throws SQLException {
    throw unsupported("updateRef");
  }

  @Override
  public void updateBlob(int columnIndex, java.sql.Blob x) throws SQLException {
    throw unsupported("updateBlob");
  }

  @Override
  public void updateBlob(String columnLabel, java.sql.Blob x) throws SQLException {
    throw unsupported("updateBlob");
  }

  @Override
  public void updateClob(int columnIndex, java.sql.Clob x) throws SQLException {
    throw unsupported("updateClob");
  }

  @Override
  public void updateClob(String columnLabel, java.sql.Clob x) throws SQLException {
    throw unsupported("updateClob");
  }

  @Override
  public void updateArray(int columnIndex, java.sql.Array x) throws SQLException {
    throw unsupported("updateArray");
  }

  @Override
  public void updateArray(String columnLabel, java.sql.Array x) throws SQLException {
    throw unsupported("updateArray");
  }

  @Override
  public RowId getRowId(int columnIndex) throws SQLException {
    throw unsupported("getRowId");
  }

  @Override
  public RowId getRowId(String columnLabel) throws SQLException {
    throw unsupported("getRowId");
  }

  @Override
  public void updateRowId(int columnIndex, RowId x) throws SQLException {
    throw unsupported("updateRowId");
  }

  @Override
  public void updateRowId(String columnLabel, RowId x) throws SQLException {
    throw unsupported("updateRowId");
  }

  @Override
  public void updateNString(int columnIndex, String nString) throws SQLException {
    throw unsupported("updateNString");
  }

  @Override
  public void updateNString(String columnLabel, String nString) throws SQLException {
    throw unsupported("updateNString");
  }

  @Override
  public void updateNClob(int columnIndex, NClob nClob) throws SQLException {
    throw unsupported("updateNClob");
  }

  @Override
  public void updateNClob(String columnLabel, NClob nClob) throws SQLException {
    throw unsupported("updateNClob");
  }

  @Override
  public NClob getNClob(int columnIndex) throws SQLException {
    throw unsupported("getNClob");
  }

  @Override
  public NClob getNClob(String columnLabel) throws SQLException {
    throw unsupported("getNClob");
  }

  @Override
  public SQLXML getSQLXML(int columnIndex) throws SQLException {
    throw unsupported("getSQLXML");
  }

  @Override
  public SQLXML getSQLXML(String columnLabel) throws SQLException {
    throw unsupported("getSQLXML");
  }

  @Override
  public void updateSQLXML(int columnIndex, SQLXML xmlObject) throws SQLException {
    throw unsupported("updateSQLXML");
  }

  @Override
  public void updateSQLXML(String columnLabel, SQLXML xmlObject) throws SQLException {
    throw unsupported("updateSQLXML");
  }

  @Override
  public void updateNCharacterStream(int columnIndex, java.io.Reader x, long length) throws SQLException {
    throw unsupported("updateNCharacterStream");
  }

  @Override
  public void updateNCharacterStream(String columnLabel, java.io.Reader reader, long length) throws SQLException {
    throw unsupported("updateNCharacterStream");
  }

  @Override
  public void updateAsciiStream(int columnIndex, java.io.InputStream x, long length) throws SQLException {
    throw unsupported("updateAsciiStream");
  }

  @Override
  public void updateBinaryStream(int columnIndex, java.io.InputStream x, long length) throws SQLException {
    throw unsupported("updateBinaryStream");
  }

  @Override
  public void updateCharacterStream(int columnIndex, java.io.Reader x, long length) throws SQLException {
    throw unsupported("updateCharacterStream");
  }

  @Override
  public void updateAsciiStream(String columnLabel, java.io.InputStream x, long length) throws SQLException {
    throw unsupported("updateAsciiStream");
  }

  @Override
  public void updateBinaryStream(String columnLabel, java.io.InputStream x, long length) throws SQLException {
    throw unsupported("updateBinaryStream");
  }

  @Override
  public void updateCharacterStream(String columnLabel, java.io.Reader reader, long length) throws SQLException {
    throw unsupported("updateCharacterStream");
  }

  @Override
  public void updateBlob(int columnIndex, InputStream inputStream, long length) throws SQLException {
    throw unsupported("updateBlob");
  }

  @Override
  public void updateBlob(String columnLabel, InputStream inputStream, long length) throws SQLException {
    throw unsupported("updateBlob");
  }

  @Override
  public void updateClob(int columnIndex, Reader reader, long length) throws SQLException {
    throw unsupported("updateClob");
  }

  @Override
  public void updateClob(String columnLabel, Reader reader, long length) throws SQLException {
    throw unsupported("updateClob");
  }

  @Override
  public void updateNClob(int columnIndex, Reader reader, long length) throws SQLException {
    throw unsupported("updateNClob");
  }

  @Override
  public void updateNClob(String columnLabel, Reader reader, long length) throws SQLException {
    throw unsupported("updateNClob");
  }

  @Override
  public void updateNCharacterStream(int columnIndex, java.io.Reader x) throws SQLException {
    throw unsupported("updateNCharacterStream");
  }

  @Override
  public void updateNCharacterStream(String columnLabel, java.io.Reader reader) throws SQLException {
    throw unsupported("updateNCharacterStream");
  }

  @Override
  public void updateAsciiStream(int columnIndex, java.io.InputStream x) throws SQLException {
    throw unsupported("updateAsciiStream");
  }

  @Override
  public void updateBinaryStream(int columnIndex, java.io.InputStream x) throws SQLException {
    throw unsupported("updateBinaryStream");
  }

  @Override
  public void updateCharacterStream(int columnIndex, java.io.Reader x) throws SQLException {
    throw unsupported("updateCharacterStream");
  }

  @Override
  public void updateAsciiStream(String columnLabel, java.io.InputStream x) throws SQLException {
    throw unsupported("updateAsciiStream");
  }

  @Override
  public void updateBinaryStream(String columnLabel, java.io.InputStream x) throws SQLException {
    throw unsupported("updateBinaryStream");
  }

  @Override
  public void updateCharacterStream(String columnLabel, java.io.Reader reader) throws SQLException {
    throw unsupported("updateCharacterStream");
  }

  @Override
  public void updateBlob(int columnIndex, InputStream inputStream) throws SQLException {
    throw unsupported("updateBlob");
  }

  @Override
  public void updateBlob(String columnLabel, InputStream inputStream) throws SQLException {
    throw unsupported("updateBlob");
  }

  @Override
  public void updateClob(int columnIndex, Reader reader) throws SQLException {
    throw unsupported("updateClob");
  }

  @Override
  public void updateClob(String columnLabel, Reader reader) throws SQLException {
    throw unsupported("updateClob");
  }

  @Override
  public void updateNClob(int columnIndex, Reader reader) throws SQLException {
    throw unsupported("updateNClob");
  }

  @Override
  public void updateNClob(String columnLabel, Reader reader) throws SQLException {
    throw unsupported("updateNClob");
  }
}
