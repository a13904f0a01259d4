package dev.libsql4j.hibernate;

import java.math.BigDecimal;
import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.hibernate.type.descriptor.ValueBinder;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.descriptor.jdbc.BasicBinder;
import org.hibernate.type.descriptor.jdbc.DecimalJdbcType;

/**
 * {@code DECIMAL}/{@code NUMERIC} values that refuse to lose digits.
 *
 * <p>A {@code decimal(p,s)} column has SQLite's NUMERIC affinity: an integral value that fits 64
 * bits is stored as an exact INTEGER, anything else as a REAL (an IEEE double), which keeps 15
 * significant digits. That keeps numeric comparison, ordering and arithmetic in SQL correct, but a
 * value with more digits would come back changed. Such a value is refused here with an exception
 * that says what to do, instead of being stored wrong.
 */
final class LosslessDecimalJdbcType extends DecimalJdbcType {

  /** Significant digits a REAL keeps exactly through a decimal round trip. */
  static final int REAL_DIGITS = 15;

  private final int typeCode;

  LosslessDecimalJdbcType(int typeCode) {
    this.typeCode = typeCode;
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
