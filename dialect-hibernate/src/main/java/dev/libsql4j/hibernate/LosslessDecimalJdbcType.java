package dev.libsql4j.hibernate;

import java.math.BigDecimal;
import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import org.hibernate.type.descriptor.ValueBinder;
import org.hibernate.type.descriptor.ValueExtractor;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.descriptor.jdbc.AdjustableJdbcType;
import org.hibernate.type.descriptor.jdbc.BasicBinder;
import org.hibernate.type.descriptor.jdbc.BasicExtractor;
import org.hibernate.type.descriptor.jdbc.DecimalJdbcType;
import org.hibernate.type.descriptor.jdbc.JdbcType;
import org.hibernate.type.descriptor.jdbc.JdbcTypeIndicators;

/**
 * {@code DECIMAL}/{@code NUMERIC} values that refuse to lose digits.
 *
 * <p>A {@code decimal(p,s)} column has SQLite's NUMERIC affinity: an integral value that fits 64
 * bits is stored as an exact INTEGER, anything else as a REAL (an IEEE double), which keeps 15
 * significant digits. That keeps numeric comparison, ordering and arithmetic in SQL correct, but a
 * value with more digits would come back changed. Such a value is refused here with an exception
 * that says what to do, instead of being stored wrong.
 *
 * <p>Neither storage class keeps a scale ({@code 12.30} is stored as the REAL {@code 12.3}), so a
 * mapped attribute gets its column's scale back when read: Hibernate hands each attribute's column
 * to {@link #resolveIndicatedType}, which returns an instance that knows the scale. A stored value
 * with more fractional digits than that scale (written by someone else) is returned unrounded.
 */
final class LosslessDecimalJdbcType extends DecimalJdbcType implements AdjustableJdbcType {

  /** Significant digits a REAL keeps exactly through a decimal round trip. */
  static final int REAL_DIGITS = 15;

  /** Marks the instance used where no column is known (native queries): values keep their own scale. */
  private static final int ANY_SCALE = Integer.MIN_VALUE;

  private final int typeCode;
  private final int scale;

  LosslessDecimalJdbcType(int typeCode) {
    this(typeCode, ANY_SCALE);
  }

  private LosslessDecimalJdbcType(int typeCode, int scale) {
    this.typeCode = typeCode;
    this.scale = scale;
  }

  /** The same type, reading values with the scale of the attribute's column (Hibernate's default when unset). */
  @Override
  public JdbcType resolveIndicatedType(JdbcTypeIndicators indicators, JavaType<?> javaType) {
    int columnScale = indicators.getColumnScale();
    if (columnScale == JdbcTypeIndicators.NO_COLUMN_SCALE) {
      // the same default the DDL gets: numeric(38,2) for a BigDecimal, scale 0 for a BigInteger
      columnScale = javaType.getDefaultSqlScale(indicators.getDialect(), this);
    }
    return columnScale == scale ? this : new LosslessDecimalJdbcType(typeCode, columnScale);
  }

  @Override
  public int getJdbcTypeCode() {
    return typeCode;
  }

  @Override
  public <X> ValueBinder<X> getBinder(JavaType<X> javaType) {
    return new BasicBinder<>(javaType, this) {
      @Override
      protected void doBind(PreparedStatement st, X value, int index, WrapperOptions options) throws SQLException {
        st.setBigDecimal(index, storable(javaType.unwrap(value, BigDecimal.class, options)));
      }

      @Override
      protected void doBind(CallableStatement st, X value, String name, WrapperOptions options) throws SQLException {
        st.setBigDecimal(name, storable(javaType.unwrap(value, BigDecimal.class, options)));
      }
    };
  }

  @Override
  public <X> ValueExtractor<X> getExtractor(JavaType<X> javaType) {
    return new BasicExtractor<>(javaType, this) {
      @Override
      protected X doExtract(ResultSet rs, int paramIndex, WrapperOptions options) throws SQLException {
        return javaType.wrap(withScale(rs.getBigDecimal(paramIndex)), options);
      }

      @Override
      protected X doExtract(CallableStatement statement, int index, WrapperOptions options) throws SQLException {
        return javaType.wrap(withScale(statement.getBigDecimal(index)), options);
      }

      @Override
      protected X doExtract(CallableStatement statement, String name, WrapperOptions options) throws SQLException {
        return javaType.wrap(withScale(statement.getBigDecimal(name)), options);
      }
    };
  }

  /** {@code value} with this column's scale when that keeps every digit; else unchanged. */
  BigDecimal withScale(BigDecimal value) {
    if (value == null || scale == ANY_SCALE || value.scale() == scale) {
      return value;
    }
    BigDecimal normalized = value.stripTrailingZeros();
    return normalized.scale() <= scale ? normalized.setScale(scale) : value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof LosslessDecimalJdbcType that && typeCode == that.typeCode && scale == that.scale;
  }

  @Override
  public int hashCode() {
    return Objects.hash(typeCode, scale);
  }

  /** {@code value} when SQLite stores it exactly; else an {@link IllegalArgumentException}. */
  static BigDecimal storable(BigDecimal value) {
    BigDecimal normalized = value.stripTrailingZeros();
    boolean exactInteger = normalized.scale() <= 0 && normalized.precision() - normalized.scale() <= 18;
    if (exactInteger || normalized.precision() <= REAL_DIGITS) {
      return value;
    }
    throw new IllegalArgumentException("libSQL stores DECIMAL/NUMERIC columns as 64-bit integers or doubles, which "
        + "keep " + REAL_DIGITS + " significant digits; " + value + " has " + normalized.precision()
        + ": map the attribute with @JdbcTypeCode(SqlTypes.VARCHAR) to store it exactly as text");
  }
}
