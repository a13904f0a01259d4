package dev.libsql4j.jdbc;

import dev.libsql4j.hrana.message.Value;
import dev.libsql4j.jdbc.error.SqlState;
import dev.libsql4j.jdbc.sql.ParsedSql;
import dev.libsql4j.jdbc.types.SqlTypes;
import java.sql.ParameterMetaData;
import java.sql.SQLException;
import java.sql.Types;

/**
 * Parameter information known without a round trip: the count (SQLite numbering) and, for
 * parameters already set, the storage class of the value. SQLite parameters have no declared
 * type, so unset parameters report {@link Types#OTHER}.
 */
public final class LibSqlParameterMetaData implements ParameterMetaData {

  private final ParsedSql parsed;
  private final Value[] values;

  LibSqlParameterMetaData(ParsedSql parsed, Value[] values) {
    this.parsed = parsed;
    this.values = values;
  }

  private Value value(int param) throws SQLException {
    if (param < 1 || param > values.length) {
      throw SqlState.INVALID_PARAMETER_VALUE.create("Parameter index out of range: " + param);
    }
    return values[param - 1];
  }

  @Override
  public int getParameterCount() {
    return parsed.parameterCount();
  }

  @Override
  public int isNullable(int param) throws SQLException {
    value(param);
    return parameterNullableUnknown;
  }

  @Override
  public boolean isSigned(int param) throws SQLException {
    Value value = value(param);
    return value instanceof Value.IntegerValue || value instanceof Value.FloatValue;
  }

  @Override
  public int getPrecision(int param) throws SQLException {
    value(param);
    return 0;
  }

  @Override
  public int getScale(int param) throws SQLException {
    value(param);
    return 0;
  }

  @Override
  public int getParameterType(int param) throws SQLException {
    Value value = value(param);
    return value == null ? Types.OTHER : SqlTypes.jdbcType(null, value);
  }

  @Override
  public String getParameterTypeName(int param) throws SQLException {
    Value value = value(param);
    return value == null ? "OTHER" : SqlTypes.typeName(null, value);
  }

  @Override
  public String getParameterClassName(int param) throws SQLException {
    Value value = value(param);
    return value == null ? Object.class.getName() : SqlTypes.className(getParameterType(param));
  }

  @Override
  public int getParameterMode(int param) throws SQLException {
    value(param);
    return parameterModeIn;
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    if (iface.isInstance(this)) {
      return iface.cast(this);
    }
    throw SqlState.INVALID_PARAMETER_VALUE.create("Not a wrapper for " + iface.getName());
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return iface.isInstance(this);
  }
}
