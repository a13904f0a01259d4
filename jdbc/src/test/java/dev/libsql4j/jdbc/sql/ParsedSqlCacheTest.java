package dev.libsql4j.jdbc.sql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParsedSqlCacheTest {

  @Test
  void aTextPreparedAgainIsNotScannedAgain() {
    ParsedSqlCache cache = new ParsedSqlCache(8);
    ParsedSql first = cache.scan("SELECT * FROM t WHERE a = ? AND b = :b");
    assertThat(cache.scan("SELECT * FROM t WHERE a = ? AND b = :b")).isSameAs(first);
    assertThat(first).isEqualTo(SqlScanner.scan("SELECT * FROM t WHERE a = ? AND b = :b"));
  }

  @Test
  void theCacheNeverHoldsMoreThanItsCapacity() {
    ParsedSqlCache cache = new ParsedSqlCache(4);
    for (int i = 0; i < 10; i++) {
      assertThat(cache.scan("SELECT " + i).sql()).isEqualTo("SELECT " + i);
      assertThat(cache.size()).isLessThanOrEqualTo(4);
    }
  }

  @Test
  void veryLongTextsAreScannedButNotKept() {
    ParsedSqlCache cache = new ParsedSqlCache(4);
    String longSql = "SELECT '" + "x".repeat(ParsedSqlCache.MAX_CACHED_LENGTH) + "', ?";
    assertThat(cache.scan(longSql).parameterCount()).isEqualTo(1);
    assertThat(cache.size()).isZero();
  }
}
