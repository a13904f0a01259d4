package dev.libsql4j.jdbc.differential;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reading values: one SQL literal of each storage class and of the usual date encodings (text,
 * integer millis, real julian day) is stored into columns of every common declared type, then read
 * back with every getter on both drivers.
 */
class ValueConversionDifferentialTest extends DifferentialTest {

  /** What {@link Deviation#NONZERO_IS_TRUE} changes when every value read is non-zero. */
  static final Correction NONZERO_IS_TRUE = Correction.eachFact(Deviation.NONZERO_IS_TRUE,
      fact -> fact.replace("getBoolean = false (Boolean)", "getBoolean = true (Boolean)"));

  @BeforeAll
  static void schema() throws Exception {
    both.execute("CREATE TABLE vals (id INTEGER PRIMARY KEY, " + TypicalColumns.definitions() + ")");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "NULL", "0", "1", "42", "-7", "2147483648", "3.75", "-0.5", "1e300", "100.0", "'hello'",
      "''", "'42'", "'3.75'", "'1.5e3'", "'true'",
      "'false'", "x'00ff10'", "x''", "'2024-01-02 03:04:05'", "'2024-01-02 03:04:05.123'",
      "1704164645000", "1704164645123", "2460311.6278", "'not a date'"})
  void storedLiteralReadsTheSame(String literal) throws Exception {
    store(literal);
    both.assertSame("reading " + literal, readAll(literal));
  }

  /**
   * Numbers whose low 32 bits are zero (2^53 as a REAL, -2^63): sqlite-jdbc's getBoolean is
   * {@code getInt() != 0} and says false; every column holds a non-zero value, so all are true.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"9007199254740993", "-9223372036854775808"})
  void everyNonZeroNumberIsTrue(String literal) throws Exception {
    store(literal);
    both.assertCorrected("reading " + literal, readAll(literal), NONZERO_IS_TRUE);
  }

  /** Text columns keep the spaces; libsql4j reads the number in them as SQLite would. */
  @Test
  void paddedNumberTextIsADecimal() throws Exception {
    store("' 42 '");
    both.assertCorrected("reading ' 42 '", readAll("' 42 '"), Correction.eachFact(
        Deviation.PADDED_NUMBER_TEXT, fact -> fact.replace("getBigDecimal throws SQLException",
            "getBigDecimal = 42 (java.math.BigDecimal)")));
  }

  /** ISO-8601 text sqlite-jdbc's date getters reject, and the date each getter reads from it. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "'2024-01-02'          | 2024-01-02 | 00:00:00 | 2024-01-02 00:00:00.0",
      "'2024-01-02T03:04:05' | 2024-01-02 | 03:04:05 | 2024-01-02 03:04:05.0",
      "'12:34:56'            | 1970-01-01 | 12:34:56 | 1970-01-01 12:34:56.0"})
  void isoDateTextIsRead(String literal, String date, String time, String timestamp)
      throws Exception {
    store(literal);
    both.assertDeviation(Deviation.DATES_AS_TEXT, readAll(literal), (sqlite, ours) -> {
      assertThat(DateGetterFacts.without(ours)).isEqualTo(DateGetterFacts.without(sqlite));
      assertThat(DateGetterFacts.of(sqlite)).allMatch(fact -> fact.endsWith(" throws SQLException"));
      assertThat(DateGetterFacts.of(ours)).allMatch(fact ->
          fact.endsWith(" getDate = " + date + " (java.sql.Date)")
              || fact.endsWith(" getTime = " + time + " (java.sql.Time)")
              || fact.endsWith(" getTimestamp = " + timestamp + " (java.sql.Timestamp)"));
    });
  }

  private static void store(String literal) throws SQLException {
    both.execute("DELETE FROM vals", "INSERT INTO vals (" + TypicalColumns.names()
        + ") VALUES (" + TypicalColumns.repeated(literal) + ")");
  }

  /** Reads every column, and the literal as an expression, with every getter. */
  private static Probe readAll(String literal) {
    return (connection, out) -> {
      try (Statement statement = connection.createStatement();
          ResultSet rs = statement.executeQuery(
              "SELECT " + TypicalColumns.names() + ", " + literal + " AS expr FROM vals")) {
        rs.next();
        Getters.recordRow(rs, out);
      }
    };
  }
}
