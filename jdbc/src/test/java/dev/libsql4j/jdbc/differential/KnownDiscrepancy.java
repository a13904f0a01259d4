package dev.libsql4j.jdbc.differential;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Open bugs: places where libsql4j differs from sqlite-jdbc without a documented reason. Unlike a
 * {@link Deviation}, each of these is to be fixed in the driver core.
 *
 * <p>Listing a case here keeps the build green while the fix is routed: the kit then asserts that
 * the case still differs and prints the difference. Once a fix lands, that assertion fails with a
 * message naming the entry, which must then be removed (so this list cannot silently outlive the
 * bugs). Delete an entry to turn its cases back into plain failing tests.
 */
enum KnownDiscrepancy {

  /**
   * getString/getBytes/getBigDecimal of a REAL: sqlite-jdbc returns SQLite's own text
   * ({@code %!.15g}, or {@code %!.17g} when 15 digits do not round-trip: 9007199254740992.0,
   * -9.2233720368547758e+18); libsql4j formats otherwise (9.007199254740992e+15,
   * -9.223372036854776e+18).
   */
  REAL_AS_TEXT("reading 9007199254740993", "reading -9223372036854775808", "setLong(MAX)"),

  /**
   * getBoolean of an integer (or REAL) whose low 32 bits are zero, e.g. 2^40, -2^63, 2^53 as
   * REAL: sqlite-jdbc says false (it tests {@code getInt() != 0}), libsql4j true.
   */
  BOOLEAN_OF_WIDE_INTEGER("reading 9007199254740993", "reading -9223372036854775808",
      "setObject(Long)"),

  /**
   * getDate/getTime/getTimestamp of INTEGER -9223372036854775808 throws
   * java.lang.ArithmeticException (a RuntimeException) where sqlite-jdbc returns 9055-12-02.
   */
  DATE_OF_MIN_LONG("reading -9223372036854775808"),

  /**
   * getDate/getTime/getTimestamp of a REAL far outside the julian-day range (1e300, 1.7e12,
   * 9.2e18): sqlite-jdbc's arithmetic wraps (4544-06-23 08:52:30.647, 244544-06-23…), libsql4j
   * clamps (292278994-08-17 07:12:55.807).
   */
  DATE_OF_HUGE_REAL("reading 9007199254740993", "reading -9223372036854775808", "reading 1e300",
      "reading 1704164645000", "reading 1704164645123", "setLong(MAX)", "setBigDecimal(huge)",
      "setObject(Long)"),

  /**
   * A REAL julian day to milliseconds: sqlite-jdbc truncates (12.34 → 4713-01-13 20:09:35.999),
   * libsql4j rounds (20:09:36.0).
   */
  JULIAN_DAY_ROUNDING("reading 2460311.6278", "setBigDecimal(12.34)"),

  /** getDate/getTime/getTimestamp of '' or x'': sqlite-jdbc null, libsql4j throws SQLException. */
  DATE_OF_EMPTY("reading ''", "reading x''", "setString(empty)"),

  /** getBigDecimal of ' 42 ': sqlite-jdbc throws SQLException, libsql4j trims and returns 42. */
  BIGDECIMAL_OF_PADDED_TEXT("reading ' 42 '"),

  /** executeUpdate of INSERT … RETURNING: sqlite-jdbc (and sqld's affected_row_count) 1, libsql4j 0. */
  RETURNING_UPDATE_COUNT("INSERT INTO counted (name) VALUES ('r') RETURNING id"),

  /**
   * ResultSetMetaData of a column without declared type (expressions, untyped columns):
   * sqlite-jdbc types it by the first row's storage class (INTEGER/4, FLOAT/6, TEXT/12,
   * BLOB/2004, NUMERIC/2 for NULL), also before next(); libsql4j says NULL/0.
   */
  RESULT_COLUMN_TYPE("SELECT * FROM typed",
      "SELECT c_int + 1, 'literal', NULL, 1.5, x'00', count(*), max(c_text) FROM typed",
      "SELECT * FROM typed_view", "SELECT * FROM typed WHERE 0",
      "SELECT (SELECT c_int FROM typed) AS sub, CAST(c_text AS INTEGER) AS cast_int FROM typed"),

  /**
   * getColumnClassName: sqlite-jdbc answers by the current (or first) row's storage class, and
   * java.lang.Object for NULL, BLOB and when there is no row; libsql4j by declared type.
   */
  RESULT_COLUMN_CLASS_NAME("SELECT * FROM typed",
      "SELECT c_int + 1, 'literal', NULL, 1.5, x'00', count(*), max(c_text) FROM typed",
      "SELECT * FROM typed WHERE 0"),

  /**
   * ParameterMetaData: sqlite-jdbc says isNullable = parameterNullable (1),
   * getParameterClassName = java.lang.String and throws for getParameterType/TypeName; libsql4j
   * says parameterNullableUnknown (2), java.lang.Object, OTHER (1111).
   */
  PARAMETER_METADATA("SELECT ?", "SELECT ?, ?", "SELECT '?', ?", "SELECT ?1, ?2, ?1",
      "SELECT :a, :b, :a", "SELECT @x, $y", "INSERT INTO typed (required, c_int) VALUES (?, ?)",
      "UPDATE typed SET c_text = ? WHERE id = ?");

  private final Set<String> cases;

  KnownDiscrepancy(String... cases) {
    this.cases = Set.of(cases);
  }

  /** The open discrepancies a case (the {@code what} of an assertion) shows. */
  static List<KnownDiscrepancy> in(String what) {
    return Arrays.stream(values()).filter(known -> known.cases.contains(what)).toList();
  }
}
