package dev.libsql4j.jdbc;

import dev.libsql4j.hrana.message.Col;
import dev.libsql4j.hrana.message.Stmt;
import dev.libsql4j.hrana.message.Value;
import dev.libsql4j.jdbc.error.SqlState;
import dev.libsql4j.jdbc.sql.ParameterBinder;
import dev.libsql4j.jdbc.sql.ParsedSql;
import dev.libsql4j.jdbc.types.ValueWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.net.URL;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Date;
import java.sql.NClob;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.Ref;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLXML;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;

/**
 * A statement with parameters. {@code setX(i, …)} works for {@code ?}, {@code ?NNN} and named
 * parameters ({@code :x}, {@code @x}, {@code $x}), numbered as SQLite numbers them; the driver
 * sends what sqld accepts (see {@link ParameterBinder}).
 *
 * <p>Nothing is sent at prepare time. {@link #executeBatch()} sends all parameter sets in one
 * request, the SQL text once ({@code store_sql}).
 */
public class LibSqlPreparedStatement extends LibSqlStatement implements PreparedStatement {

  private final ParsedSql parsed;
  private final GeneratedKeys keys;
  private final ValueWriter writer;
  private Value[] values;
  private final List<Value[]> batch = new ArrayList<>();
  /** The result columns, asked of the server once ({@code describe}) and kept. */
  private LibSqlResultSetMetaData describedColumns;

  LibSqlPreparedStatement(LibSqlConnection connection, ParsedSql parsed, GeneratedKeys keys) {
    super(connection);
    this.parsed = parsed;
    this.keys = keys;
    this.writer = new ValueWriter(session.database().config().dateTimeFormat());
    this.values = new Value[parsed.parameterCount()];
  }

  // ---------------------------------------------------------------- execution

  @Override
  public boolean execute() throws SQLException {
    return run(parsed, values, keys);
  }

  @Override
  public ResultSet executeQuery() throws SQLException {
    return queryResult(execute());
  }

  @Override
  public int executeUpdate() throws SQLException {
    return (int) executeLargeUpdate();
  }

  @Override
  public long executeLargeUpdate() throws SQLException {
    execute();
    return updateCountOrZero();
  }

  @Override
  public void addBatch() throws SQLException {
    checkOpen();
    batch.add(values.clone());
  }

  @Override
  public void clearBatch() throws SQLException {
    checkOpen();
    batch.clear();
  }

  @Override
  public long[] executeLargeBatch() throws SQLException {
    checkOpen();
    String clause = keys.clause(parsed);
    List<Stmt> stmts = new ArrayList<>(batch.size());
    for (Value[] set : batch) {
      stmts.add(ParameterBinder.bind(parsed, clause, set));
    }
    batch.clear();
    String sharedSql = stmts.isEmpty() ? null : stmts.get(0).sql();
    return runBatch(stmts, sharedSql, keys.wanted() ? keys.new Collector(parsed) : null);
  }

  @Override
  public void clearParameters() throws SQLException {
    checkOpen();
    Arrays.fill(values, null);
  }

  @Override
  public ParameterMetaData getParameterMetaData() throws SQLException {
    checkOpen();
    return new LibSqlParameterMetaData(parsed.parameterCount());
  }

  /**
   * The columns the statement would return, before it is executed: one {@code describe} request
   * the first time, none afterwards. Names and declared types come from the server; a column
   * without a declared type is NUMERIC, as there is no row to type it (as in sqlite-jdbc). A
   * statement without rows has no columns; SQL with several statements has no metadata (null).
   */
  @Override
  public ResultSetMetaData getMetaData() throws SQLException {
    checkOpen();
    if (describedColumns == null && parsed.statementCount() == 1) {
      List<Col> columns = session.describe(parsed.sql(), timeout()).cols();
      describedColumns = new LibSqlResultSetMetaData(columns, () -> null);
    }
    return describedColumns;
  }

  // ---------------------------------------------------------------- binding

  private void set(int index, Value value) throws SQLException {
    checkOpen();
    if (index < 1 || index > values.length) {
      throw SqlState.INVALID_PARAMETER_VALUE.create("Parameter index out of range: " + index
          + " (the statement has " + values.length + " parameters)");
    }
    values[index - 1] = value;
  }

  private void setJava(int index, Object value) throws SQLException {
    set(index, writer.toValue(value, ZoneId.systemDefault()));
  }

  private void setJava(int index, Object value, Calendar cal) throws SQLException {
    set(index, writer.toValue(value, cal == null ? ZoneId.systemDefault() : cal.getTimeZone().toZoneId()));
  }

  @Override
  public void setNull(int parameterIndex, int sqlType) throws SQLException {
    set(parameterIndex, Value.NULL);
  }

  @Override
  public void setNull(int parameterIndex, int sqlType, String typeName) throws SQLException {
    set(parameterIndex, Value.NULL);
  }

  @Override
  public void setBoolean(int parameterIndex, boolean x) throws SQLException {
    set(parameterIndex, Value.of(x ? 1L : 0L));
  }

  @Override
  public void setByte(int parameterIndex, byte x) throws SQLException {
    set(parameterIndex, Value.of(x));
  }

  @Override
  public void setShort(int parameterIndex, short x) throws SQLException {
    set(parameterIndex, Value.of(x));
  }

  @Override
  public void setInt(int parameterIndex, int x) throws SQLException {
    set(parameterIndex, Value.of(x));
  }

  @Override
  public void setLong(int parameterIndex, long x) throws SQLException {
    set(parameterIndex, Value.of(x));
  }

  @Override
  public void setFloat(int parameterIndex, float x) throws SQLException {
    setJava(parameterIndex, x);
  }

  @Override
  public void setDouble(int parameterIndex, double x) throws SQLException {
    setJava(parameterIndex, x);
  }

  @Override
  public void setBigDecimal(int parameterIndex, BigDecimal x) throws SQLException {
    setJava(parameterIndex, x);
  }

  @Override
  public void setString(int parameterIndex, String x) throws SQLException {
    set(parameterIndex, Value.of(x));
  }

  @Override
  public void setNString(int parameterIndex, String value) throws SQLException {
    setString(parameterIndex, value);
  }

  @Override
  public void setBytes(int parameterIndex, byte[] x) throws SQLException {
    setJava(parameterIndex, x);
  }

  @Override
  public void setDate(int parameterIndex, Date x) throws SQLException {
    setJava(parameterIndex, x);
  }

  @Override
  public void setDate(int parameterIndex, Date x, Calendar cal) throws SQLException {
    setJava(parameterIndex, x, cal);
  }

  @Override
  public void setTime(int parameterIndex, Time x) throws SQLException {
    setJava(parameterIndex, x);
  }

  @Override
  public void setTime(int parameterIndex, Time x, Calendar cal) throws SQLException {
    setJava(parameterIndex, x, cal);
  }

  @Override
  public void setTimestamp(int parameterIndex, Timestamp x) throws SQLException {
    setJava(parameterIndex, x);
  }

  @Override
  public void setTimestamp(int parameterIndex, Timestamp x, Calendar cal) throws SQLException {
    setJava(parameterIndex, x, cal);
  }

  @Override
  public void setObject(int parameterIndex, Object x) throws SQLException {
    setJava(parameterIndex, x);
  }

  /** The target type is not needed: SQLite stores what it is given, by column affinity. */
  @Override
  public void setObject(int parameterIndex, Object x, int targetSqlType) throws SQLException {
    setJava(parameterIndex, x);
  }

  @Override
  public void setObject(int parameterIndex, Object x, int targetSqlType, int scaleOrLength) throws SQLException {
    setJava(parameterIndex, x);
  }

  @Override
  public void setURL(int parameterIndex, URL x) throws SQLException {
    set(parameterIndex, x == null ? Value.NULL : Value.of(x.toString()));
  }

  // Streams and readers are read fully: a Hrana value travels whole in the request.

  @Override
  public void setBinaryStream(int parameterIndex, InputStream x) throws SQLException {
    set(parameterIndex, x == null ? Value.NULL : Value.of(readAll(x, Long.MAX_VALUE)));
  }

  @Override
  public void setBinaryStream(int parameterIndex, InputStream x, int length) throws SQLException {
    setBinaryStream(parameterIndex, x, (long) length);
  }

  @Override
  public void setBinaryStream(int parameterIndex, InputStream x, long length) throws SQLException {
    set(parameterIndex, x == null ? Value.NULL : Value.of(readAll(x, length)));
  }

  @Override
  public void setAsciiStream(int parameterIndex, InputStream x) throws SQLException {
    setAsciiStream(parameterIndex, x, Long.MAX_VALUE);
  }

  @Override
  public void setAsciiStream(int parameterIndex, InputStream x, int length) throws SQLException {
    setAsciiStream(parameterIndex, x, (long) length);
  }

  @Override
  public void setAsciiStream(int parameterIndex, InputStream x, long length) throws SQLException {
    set(parameterIndex, x == null ? Value.NULL
        : Value.of(new String(readAll(x, length), java.nio.charset.StandardCharsets.US_ASCII)));
  }

  /** @deprecated as in {@link PreparedStatement}; the stream is read as UTF-8. */
  @Override
  @Deprecated
  public void setUnicodeStream(int parameterIndex, InputStream x, int length) throws SQLException {
    set(parameterIndex, x == null ? Value.NULL
        : Value.of(new String(readAll(x, length), java.nio.charset.StandardCharsets.UTF_8)));
  }

  @Override
  public void setCharacterStream(int parameterIndex, Reader reader) throws SQLException {
    setCharacterStream(parameterIndex, reader, Long.MAX_VALUE);
  }

  @Override
  public void setCharacterStream(int parameterIndex, Reader reader, int length) throws SQLException {
    setCharacterStream(parameterIndex, reader, (long) length);
  }

  @Override
  public void setCharacterStream(int parameterIndex, Reader reader, long length) throws SQLException {
    set(parameterIndex, reader == null ? Value.NULL : Value.of(readAll(reader, length)));
  }

  @Override
  public void setNCharacterStream(int parameterIndex, Reader value) throws SQLException {
    setCharacterStream(parameterIndex, value);
  }

  @Override
  public void setNCharacterStream(int parameterIndex, Reader value, long length) throws SQLException {
    setCharacterStream(parameterIndex, value, length);
  }

  @Override
  public void setClob(int parameterIndex, Reader reader) throws SQLException {
    setCharacterStream(parameterIndex, reader);
  }

  @Override
  public void setClob(int parameterIndex, Reader reader, long length) throws SQLException {
    setCharacterStream(parameterIndex, reader, length);
  }

  @Override
  public void setNClob(int parameterIndex, Reader reader) throws SQLException {
    setCharacterStream(parameterIndex, reader);
  }

  @Override
  public void setNClob(int parameterIndex, Reader reader, long length) throws SQLException {
    setCharacterStream(parameterIndex, reader, length);
  }

  @Override
  public void setBlob(int parameterIndex, InputStream inputStream) throws SQLException {
    setBinaryStream(parameterIndex, inputStream);
  }

  @Override
  public void setBlob(int parameterIndex, InputStream inputStream, long length) throws SQLException {
    setBinaryStream(parameterIndex, inputStream, length);
  }

  @Override
  public void setBlob(int parameterIndex, Blob x) throws SQLException {
    setBinaryStream(parameterIndex, x == null ? null : x.getBinaryStream());
  }

  @Override
  public void setClob(int parameterIndex, Clob x) throws SQLException {
    setCharacterStream(parameterIndex, x == null ? null : x.getCharacterStream());
  }

  @Override
  public void setNClob(int parameterIndex, NClob value) throws SQLException {
    setClob(parameterIndex, value);
  }

  private static byte[] readAll(InputStream in, long length) throws SQLException {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      long remaining = length;
      int n;
      while (remaining > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, remaining))) > 0) {
        out.write(buffer, 0, n);
        remaining -= n;
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw SqlState.DATA_EXCEPTION.create("Reading the parameter stream failed: " + e.getMessage(), 0, e);
    }
  }

  private static String readAll(Reader reader, long length) throws SQLException {
    try {
      StringWriter out = new StringWriter();
      char[] buffer = new char[8192];
      long remaining = length;
      int n;
      while (remaining > 0 && (n = reader.read(buffer, 0, (int) Math.min(buffer.length, remaining))) > 0) {
        out.write(buffer, 0, n);
        remaining -= n;
      }
      return out.toString();
    } catch (IOException e) {
      throw SqlState.DATA_EXCEPTION.create("Reading the parameter reader failed: " + e.getMessage(), 0, e);
    }
  }

  // ---------------------------------------------------------------- SQL-text methods are refused

  private static SQLException textNotAllowed() {
    return SqlState.FUNCTION_SEQUENCE_ERROR.create(
        "A PreparedStatement executes its own SQL; the SQL-text methods of Statement may not be used");
  }

  @Override
  ParsedSql parseText(String sql) throws SQLException {
    throw textNotAllowed();
  }

  // ---------------------------------------------------------------- not supported

  @Override
  public void setRef(int parameterIndex, Ref x) throws SQLException {
    throw unsupported("setRef");
  }

  @Override
  public void setArray(int parameterIndex, Array x) throws SQLException {
    throw unsupported("setArray");
  }

  @Override
  public void setRowId(int parameterIndex, RowId x) throws SQLException {
    throw unsupported("setRowId");
  }

  @Override
  public void setSQLXML(int parameterIndex, SQLXML xmlObject) throws SQLException {
    throw unsupported("setSQLXML");
  }

  private static SQLFeatureNotSupportedException unsupported(String what) {
    return new SQLFeatureNotSupportedException(what + " is not supported", "0A000");
  }
}
