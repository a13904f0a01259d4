package dev.libsql4j.jdbc.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SqlScannerTest {

  @Test
  void anonymousParametersAreNumberedInOrder() {
    ParsedSql parsed = SqlScanner.scan("SELECT ?, ?, ?");
    assertThat(parsed.parameterCount()).isEqualTo(3);
    assertThat(parsed.hasNamed()).isFalse();
    assertThat(parsed.hasPositional()).isTrue();
  }

  @Test
  void numberedParametersSetTheIndexAndAnonymousOnesFollowTheLargest() {
    ParsedSql parsed = SqlScanner.scan("SELECT ?3, ?, ?1");
    assertThat(parsed.parameterCount()).isEqualTo(4);
    assertThat(parsed.usedIndexes()).containsExactly(true, false, true, true);
  }

  @Test
  void eachDistinctNameGetsTheNextIndex() {
    ParsedSql parsed = SqlScanner.scan("SELECT :a, @b, :a, $c");
    assertThat(parsed.parameterCount()).isEqualTo(3);
    assertThat(parsed.parameterNames()).containsExactly(":a", "@b", "$c");
  }

  @Test
  void stringsCommentsAndQuotedIdentifiersHideParameters() {
    ParsedSql parsed = SqlScanner.scan("SELECT '?', ':x', \"a?\", `b:c`, [d?] -- ?\n /* :y ? */ FROM t WHERE x = ?");
    assertThat(parsed.parameterCount()).isEqualTo(1);
    assertThat(parsed.hasNamed()).isFalse();
  }

  @Test
  void aDoubledQuoteStaysInsideTheLiteral() {
    assertThat(SqlScanner.scan("SELECT 'it''s ?', ?").parameterCount()).isEqualTo(1);
  }

  @Test
  void aDollarInsideAnIdentifierIsNotAParameter() {
    assertThat(SqlScanner.scan("SELECT a$b FROM t").parameterCount()).isZero();
  }

  @Test
  void mixedParametersAreRewrittenAsNumbered() {
    ParsedSql parsed = SqlScanner.scan("SELECT ?, :name, ?, :name");
    assertThat(parsed.positionalSql()).isEqualTo("SELECT ?, ?2, ?, ?2");
    assertThat(parsed.parameterCount()).isEqualTo(3);
  }

  @Test
  void theKindComesFromTheLeadingKeyword() {
    assertThat(SqlScanner.scan("  select 1").kind()).isEqualTo(StatementKind.SELECT);
    assertThat(SqlScanner.scan("/* c */ INSERT INTO t VALUES (1)").kind()).isEqualTo(StatementKind.INSERT);
    assertThat(SqlScanner.scan("REPLACE INTO t VALUES (1)").kind()).isEqualTo(StatementKind.REPLACE);
    assertThat(SqlScanner.scan("END").kind()).isEqualTo(StatementKind.COMMIT);
    assertThat(SqlScanner.scan("CREATE TABLE t(a)").kind()).isEqualTo(StatementKind.OTHER);
  }

  @Test
  void withResolvesToTheMainStatement() {
    assertThat(SqlScanner.scan("WITH x AS (SELECT 1) SELECT * FROM x").kind()).isEqualTo(StatementKind.SELECT);
    assertThat(SqlScanner.scan("WITH RECURSIVE x(n) AS (SELECT 1 UNION ALL SELECT n+1 FROM x) "
        + "INSERT INTO t SELECT n FROM x").kind()).isEqualTo(StatementKind.INSERT);
  }

  @Test
  void returningIsFoundOnlyAtTopLevel() {
    assertThat(SqlScanner.scan("INSERT INTO t VALUES (1) RETURNING id").hasReturning()).isTrue();
    assertThat(SqlScanner.scan("INSERT INTO t VALUES ('RETURNING')").hasReturning()).isFalse();
  }

  @Test
  void statementsAreCountedAndTrailingSemicolonsIgnored() {
    assertThat(SqlScanner.scan("SELECT 1;").statementCount()).isEqualTo(1);
    assertThat(SqlScanner.scan("SELECT 1; ; SELECT ';'").statementCount()).isEqualTo(2);
    assertThat(SqlScanner.scan("-- only a comment").statementCount()).isZero();
  }

  @Test
  void aClauseIsAppendedBeforeTrailingSemicolonsAndComments() {
    ParsedSql parsed = SqlScanner.scan("INSERT INTO t VALUES (?) ; -- done");
    assertThat(parsed.text(false, "RETURNING \"id\"")).isEqualTo("INSERT INTO t VALUES (?) RETURNING \"id\"");
  }

  @Test
  void rollbackToIsASavepointRollback() {
    assertThat(SqlScanner.scan("ROLLBACK TO sp1").isRollbackToSavepoint()).isTrue();
    assertThat(SqlScanner.scan("ROLLBACK TRANSACTION TO SAVEPOINT sp1").isRollbackToSavepoint()).isTrue();
    assertThat(SqlScanner.scan("ROLLBACK").isRollbackToSavepoint()).isFalse();
  }

  @Test
  void namesOfAllParametersAreKeptInIndexOrder() {
    assertThat(Arrays.asList(SqlScanner.scan("SELECT ?2, :x").parameterNames().toArray()))
        .containsExactly(null, null, ":x");
  }

  @Test
  void aLeadingLibsqlPrimaryCommentIsFoundAlsoAfterOtherLeadingComments() {
    assertThat(SqlScanner.scan("/* libsql:primary */ SELECT 1").primaryComment()).isTrue();
    assertThat(SqlScanner.scan("  /*libsql:primary*/SELECT 1").primaryComment()).isTrue();
    // Hibernate puts its query comment (hibernate.use_sql_comments) before the dialect's hint.
    assertThat(SqlScanner.scan("/* <criteria> */ /* libsql:primary */ select a from t").primaryComment()).isTrue();
    assertThat(SqlScanner.scan("-- report\n/* libsql:primary */ SELECT 1").primaryComment()).isTrue();
  }

  @Test
  void aLibsqlPrimaryCommentAfterTheFirstTokenOrWithOtherWordsDoesNotCount() {
    assertThat(SqlScanner.scan("SELECT /* libsql:primary */ 1").primaryComment()).isFalse();
    assertThat(SqlScanner.scan("/* libsql:primary please */ SELECT 1").primaryComment()).isFalse();
    assertThat(SqlScanner.scan("SELECT '/* libsql:primary */'").primaryComment()).isFalse();
    assertThat(SqlScanner.scan("SELECT 1").primaryComment()).isFalse();
  }
}
