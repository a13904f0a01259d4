package dev.libsql4j.hrana.message;

import java.util.Arrays;
import java.util.Base64;

/**
 * A SQLite value as it travels in the Hrana protocol: one of the five storage classes.
 *
 * <p>Integers are 64-bit and travel as decimal strings; blobs travel as base64. Use the
 * factory methods ({@link #of(long)}, {@link #of(String)}, …) to build values and pattern matching on
 * the record types to read them.
 */
public sealed interface Value permits Value.NullValue, Value.IntegerValue, Value.FloatValue,
    Value.TextValue, Value.BlobValue {

  /** The SQL {@code NULL}. */
  NullValue NULL = new NullValue();

  /** Returns an integer value. */
  static IntegerValue of(long value) {
    return new IntegerValue(value);
  }

  /** Returns a float (REAL) value. */
  static FloatValue of(double value) {
    return new FloatValue(value);
  }

  /** Returns a text value, or {@link #NULL} for a null string. */
  static Value of(String value) {
    return value == null ? NULL : new TextValue(value);
  }

  /** Returns a blob value, or {@link #NULL} for a null array. The array is not copied. */
  static Value of(byte[] value) {
    return value == null ? NULL : new BlobValue(value);
  }

  /** The SQL {@code NULL}; use {@link Value#NULL}. */
  record NullValue() implements Value {
    @Override
    public String toString() {
      return "NULL";
    }
  }

  /** A 64-bit signed integer. */
  record IntegerValue(long value) implements Value {
    @Override
    public String toString() {
      return Long.toString(value);
    }
  }

  /** A double-precision float. */
  record FloatValue(double value) implements Value {
    @Override
    public String toString() {
      return Double.toString(value);
    }
  }

  /** UTF-8 text. */
  record TextValue(String value) implements Value {
    public TextValue {
      if (value == null) {
        throw new IllegalArgumentException("text value must not be null; use Value.NULL");
      }
    }

    @Override
    public String toString() {
      return "'" + value + "'";
    }
  }

  /** A blob. Compared by content. */
  record BlobValue(byte[] value) implements Value {
    public BlobValue {
      if (value == null) {
        throw new IllegalArgumentException("blob value must not be null; use Value.NULL");
      }
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof BlobValue blob && Arrays.equals(value, blob.value);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(value);
    }

    @Override
    public String toString() {
      return "x'" + Base64.getEncoder().encodeToString(value) + "'(base64)";
    }
  }
}
