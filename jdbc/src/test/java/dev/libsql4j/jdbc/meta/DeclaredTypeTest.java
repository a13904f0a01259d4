package dev.libsql4j.jdbc.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Types;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeclaredTypeTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "NULL", value = {
      "INTEGER          | INTEGER          | 4  | 2000000000 | 0",
      "bigint           | BIGINT           | 4  | 2000000000 | 0",
      "BOOLEAN          | BOOLEAN          | 4  | 2000000000 | 0",
      "VARCHAR(100)     | VARCHAR          | 12 | 100        | 0",
      "BLOB             | BLOB             | 12 | 2000000000 | 0",
      "REAL             | REAL             | 6  | 2000000000 | 10",
      "DECIMAL(10,2)    | DECIMAL          | 6  | 10         | 2",
      "DECIMAL(10, 2)   | DECIMAL          | 6  | 10         | 2",
      "NUMERIC          | NUMERIC          | 6  | 2000000000 | 10",
      "DATE             | DATE             | 12 | 2000000000 | 10",
      "''               | ''               | 12 | 2000000000 | 10",
      "NULL             | TEXT             | 12 | 2000000000 | 0",
      "VARCHAR(MAX)     | VARCHAR          | 12 | 2000000000 | 0",
      "unsigned big int | UNSIGNED BIG INT | 4  | 2000000000 | 0",
      "CHARACTER(5      | CHARACTER        | 12 | 2000000000 | 0"})
  void readsLikeSqliteJdbc(String declared, String name, int type, int size, int digits) {
    assertThat(DeclaredType.of(declared))
        .isEqualTo(new DeclaredType(name, type, size, digits));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"DOUBLE PRECISION", "FLOAT"})
  void floatingTypesAreFloat(String declared) {
    assertThat(DeclaredType.of(declared).jdbcType()).isEqualTo(Types.FLOAT);
  }
}
