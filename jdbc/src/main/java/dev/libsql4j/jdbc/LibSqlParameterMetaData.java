package dev.libsql4j.jdbc;

import dev.libsql4j.jdbc.error.SqlState;
import java.sql.ParameterMetaData;
import java.sql.SQLException;
import java.sql.Types;

/**
 * Parameter information, known without a round trip. SQLite parameters have no type: any value
 * may be bound, and SQLite converts it by the affinity of where it goes. So every parameter
 * answers as sqlite-jdbc's do (nullable, signed, {@code java.lang.String}, mode IN, precision and
 * scale 0), except that {@link #getParameterType} and {@link #getParameterTypeName} answer
 * {@link Types#OTHER} where sqlite-jdbc throws: Spring's {@code StatementCreatorUtils} asks for the
 * type before {@code setNull}, and {@code setNull} binds NULL whatever type it is given.
 */
public final class LibSqlParameterMetaData implements ParameterMetaData, SelfWrapper {

  private final int count;

  /** @param count the number of parameters, as SQLite numbers them */
  LibSqlParameterMetaData(int count) {
    this.count = count;
  }

  private void check(int param) throws SQLException {
    if (param < 1 || param > count) {
      throw SqlState.INVALID_PARAMETER_VALUE.create("Parameter index out of range: " + param);
    }
  }

  @Override
  public int getParameterCount() {
    return count;
  }

  @Override
  public int isNullable(int param) throws SQLException {
    check(param);
    return parameterNullable;
  }

  @Override
  public boolean isSigned(int param) throws SQLException {
    check(param);
    return true;
  }

  @Override
  public int getPrecision(int param) throws SQLException {
    check(param);
    return 0;
  }

  @Override
  public int getScale(int param) throws SQLException {
    check(param);
    return 0;
  }

  @Override
  public int getParameterType(int param) throws SQLException {
    check(param);
    return Types.OTHER;
  }

  @Override
  public String getParameterTypeName(int param) throws SQLException {
    check(param);
    return "OTHER";
  }

  /** Text is what sqlite-jdbc names: SQLite converts it to whatever the target's affinity wants. */
  @Override
  public String getParameterClassName(int param) throws SQLException {
    check(param);
    return String.class.getName();
  }

  @Override
  public int getParameterMode(int param) throws SQLException {
    check(param);
    return parameterModeIn;
  }

}
