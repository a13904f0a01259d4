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
