package dev.libsql4j.jdbc.differential;

import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.sql.Types;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What {@link java.sql.ResultSetMetaData} says about the columns of typical queries (table
 * columns, aliases, expressions, joins, views, empty results), before and after the first row,
 * and what {@link ParameterMetaData} says.
 */
class ResultSetMetaDataDifferentialTest extends DifferentialTest {

  @BeforeAll
  static void schema() throws Exception {
    both.execute(
        "CREATE TABLE typed (id INTEGER PRIMARY KEY AUTOINCREMENT, required TEXT NOT NULL, "
            + TypicalColumns.definitions() + ")",
        "CREATE VIEW typed_view AS SELECT id, required, c_decimal * 2 AS doubled FROM typed",
        "INSERT INTO typed (required, c_int, c_text, c_real, c_decimal, c_blob) "
            + "VALUES ('r', 1, 't', 1.5, 12.5, x'00')");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "SELECT * FROM typed",
      "SELECT id AS key, required AS \"Label With Space\", c_int AS n FROM typed",
      "SELECT c_int + 1, 'literal', NULL, 1.5, x'00', count(*), max(c_text) FROM typed",
      "SELECT t.id, u.c_text FROM typed t JOIN typed u ON u.id = t.id",
      "SELECT * FROM typed_view",
      "SELECT * FROM typed WHERE 0",
      "SELECT c_int FROM typed UNION ALL SELECT c_text FROM typed",
      "SELECT (SELECT c_int FROM typed) AS sub, CAST(c_text AS INTEGER) AS cast_int FROM typed"})
  void columnsAreDescribedTheSame(String sql) throws Exception {
    both.assertCorrected(sql, (connection, out) -> {
      try (Statement statement = connection.createStatement();
          ResultSet rs = statement.executeQuery(sql)) {
        out.columns("before next", rs.getMetaData());
        if (rs.next()) {
          out.columns("on first row", rs.getMetaData());
        }
      }
    }, Correction.eachFact(Deviation.RESULT_COLUMN_ORIGIN, ResultSetMetaDataDifferentialTest::withoutOrigin));
  }

  /** PreparedStatement.getMetaData before execution (libsql4j asks the server with describe). */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "SELECT * FROM typed WHERE id = ?",
      "SELECT id AS key, c_int + ? AS n, 'x' FROM typed"})
  void preparedColumnsAreDescribedTheSame(String sql) throws Exception {
    both.assertCorrected("prepared " + sql, (connection, out) -> {
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        out.columns("before execution", statement.getMetaData());
      }
    }, Correction.eachFact(Deviation.RESULT_COLUMN_ORIGIN, ResultSetMetaDataDifferentialTest::withoutOrigin));
  }

  /** What a column says when its table and NOT NULL constraint are unknown. */
  private static String withoutOrigin(String fact) {
    return fact.replaceFirst(" tableName = .*", " tableName =  (String)")
        .replaceFirst(" nullable = [01] ", " nullable = " + ResultSetMetaData.columnNullableUnknown + " ")
        .replace(" autoIncrement = true ", " autoIncrement = false ");
  }

  @Test
  void noParametersAreCountedTheSame() throws Exception {
    both.assertSame("SELECT 1", parameters("SELECT 1"));
  }

  /** sqlite-jdbc throws for getParameterType/TypeName; libsql4j says OTHER. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "SELECT ?",
      "SELECT ?, ?",
      "SELECT '?', ?",
      "SELECT ?1, ?2, ?1",
      "SELECT :a, :b, :a",
      "SELECT @x, $y",
      "INSERT INTO typed (required, c_int) VALUES (?, ?)",
      "UPDATE typed SET c_text = ? WHERE id = ?"})
  void parametersAreCountedTheSame(String sql) throws Exception {
    both.assertCorrected(sql, parameters(sql), Correction.eachFact(Deviation.PARAMETER_TYPE_ANSWERED,
        fact -> fact.replace(" type throws SQLException", " type = " + Types.OTHER + " (Integer)")
            .replace(" typeName throws SQLException", " typeName = OTHER (String)")));
  }

  /** What ParameterMetaData says about every parameter of {@code sql}. */
  private static Probe parameters(String sql) {
    return (connection, out) -> {
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        ParameterMetaData meta = statement.getParameterMetaData();
        out.call("getParameterCount", meta::getParameterCount);
        for (int i = 1; i <= meta.getParameterCount(); i++) {
          int index = i;
          out.call("parameter " + i + " nullable", () -> meta.isNullable(index));
          out.call("parameter " + i + " type", () -> meta.getParameterType(index));
          out.call("parameter " + i + " typeName", () -> meta.getParameterTypeName(index));
          out.call("parameter " + i + " className", () -> meta.getParameterClassName(index));
        }
      }
    };
  }
}
