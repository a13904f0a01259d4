package dev.libsql4j.jdbc.types;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The expected texts are what sqlite-jdbc 3.54.1.0 (SQLite's own conversions) returns. */
class SqliteNumbersTest {

  @Test
  void realsPrintLikeSqlite() {
    assertThat(SqliteNumbers.formatDouble(1.0)).isEqualTo("1.0");
    assertThat(SqliteNumbers.formatDouble(0.1 + 0.2)).isEqualTo("0.30000000000000004");
    assertThat(SqliteNumbers.formatDouble(1e20)).isEqualTo("1.0e+20");
    assertThat(SqliteNumbers.formatDouble(1.7e12)).isEqualTo("1700000000000.0");
    assertThat(SqliteNumbers.formatDouble(123456789.123)).isEqualTo("123456789.123");
    assertThat(SqliteNumbers.formatDouble(1e-5)).isEqualTo("1.0e-05");
    assertThat(SqliteNumbers.formatDouble(-0.0)).isEqualTo("0.0");
    assertThat(SqliteNumbers.formatDouble(1.5e300)).isEqualTo("1.5e+300");
    assertThat(SqliteNumbers.formatDouble(2460000.5)).isEqualTo("2460000.5");
    assertThat(SqliteNumbers.formatDouble(Double.POSITIVE_INFINITY)).isEqualTo("Inf");
  }

  /** SQLite 3.47+ prints 17 digits, shortened only where a run of 9s or 0s reads back the same. */
  @Test
  void realsPrintWithSqlitesSeventeenDigitRule() {
    assertThat(SqliteNumbers.formatDouble(0.1)).isEqualTo("0.1");
    assertThat(SqliteNumbers.formatDouble(49.47)).isEqualTo("49.47");
    assertThat(SqliteNumbers.formatDouble(57.9212697315723)).isEqualTo("57.921269731572302");
    assertThat(SqliteNumbers.formatDouble(-411606.84739757882)).isEqualTo("-411606.84739757882");
    assertThat(SqliteNumbers.formatDouble(9007199254740992.0)).isEqualTo("9007199254740992.0");
    assertThat(SqliteNumbers.formatDouble(-9.223372036854775808e18)).isEqualTo("-9.2233720368547758e+18");
    assertThat(SqliteNumbers.formatDouble(1e16)).isEqualTo("10000000000000000.0");
    assertThat(SqliteNumbers.formatDouble(1e17)).isEqualTo("1.0e+17");
    assertThat(SqliteNumbers.formatDouble(Double.MIN_VALUE)).isEqualTo("4.9406564584124654e-324");
    assertThat(SqliteNumbers.formatDouble(Double.MAX_VALUE)).isEqualTo("1.7976931348623157e+308");
  }

  @Test
  void textReadsItsNumericPrefix() {
    assertThat(SqliteNumbers.textToLong("  12abc")).isEqualTo(12);
    assertThat(SqliteNumbers.textToLong("1e3")).isEqualTo(1);
    assertThat(SqliteNumbers.textToLong("0x10")).isZero();
    assertThat(SqliteNumbers.textToLong(" 3.5 ")).isEqualTo(3);
    assertThat(SqliteNumbers.textToLong("99999999999999999999")).isEqualTo(Long.MAX_VALUE);
    assertThat(SqliteNumbers.textToDouble("1e3")).isEqualTo(1000.0);
    assertThat(SqliteNumbers.textToDouble(" 3.5 ")).isEqualTo(3.5);
    assertThat(SqliteNumbers.textToDouble("abc")).isZero();
    assertThat(SqliteNumbers.textToDouble("2024-01-02")).isEqualTo(2024.0);
  }

  @Test
  void realsTruncateAndSaturateToIntegers() {
    assertThat(SqliteNumbers.doubleToLong(2.9)).isEqualTo(2);
    assertThat(SqliteNumbers.doubleToLong(1e20)).isEqualTo(Long.MAX_VALUE);
  }
}
