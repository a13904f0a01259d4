package dev.libsql4j.devserver.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqlTextTest {

  private static List<String> split(String sql) {
    return SqlText.statements(sql).stream().map(s -> s.sql().strip()).toList();
  }

  @Test
  void aTrailingSemicolonStillMakesOneStatement() {
    assertThat(split("SELECT 1;")).containsExactly("SELECT 1;");
  }

  @Test
  void semicolonsInsideLiteralsAndCommentsDoNotSplit() {
    assertThat(split("SELECT ';', \";\" -- ;\n /* ; */ FROM t; SELECT 2"))
        .hasSize(2)
        .last().isEqualTo("SELECT 2");
  }

  @Test
  void commentsAndBlanksAreNoStatement() {
    assertThat(split("  -- only a comment\n /* and another */ ;; ")).isEmpty();
  }

  @Test
  void aTriggerBodyEndsAtEndSemicolon() {
    String trigger = "CREATE TEMP TRIGGER tr AFTER INSERT ON t BEGIN INSERT INTO u VALUES (1); "
        + "DELETE FROM v; END;";
    assertThat(split(trigger + " SELECT 1")).containsExactly(trigger, "SELECT 1");
  }

  @Test
  void parametersFollowSqliteNumbering() {
    SqlText.Statement statement = SqlText.statements("SELECT :a, ?3, ?, :a, @b, $c").get(0);
    assertThat(SqlText.parameters(statement))
        .isEqualTo(Arrays.asList(":a", null, "?3", null, "@b", "$c"));
  }

  @Test
  void kindsDecideCountersAndWrites() {
    assertThat(kind("WITH x AS (SELECT 1) INSERT INTO t SELECT * FROM x")).isEqualTo(StatementKind.INSERT);
    assertThat(kind("REPLACE INTO t VALUES (1)")).isEqualTo(StatementKind.INSERT);
    assertThat(kind("BEGIN TRANSACTION READONLY")).isEqualTo(StatementKind.BEGIN_READONLY);
    assertThat(kind("BEGIN READONLY")).isEqualTo(StatementKind.BEGIN_READONLY);
    assertThat(kind("begin immediate")).isEqualTo(StatementKind.BEGIN_IMMEDIATE);
    assertThat(kind("ROLLBACK TO sp")).isEqualTo(StatementKind.SAVEPOINT);
    assertThat(StatementKind.mayWrite(SqlText.statements("PRAGMA table_info(t)").get(0))).isFalse();
    assertThat(StatementKind.mayWrite(SqlText.statements("PRAGMA user_version = 3").get(0))).isTrue();
    assertThat(StatementKind.mayWrite(SqlText.statements("CREATE TABLE t(a)").get(0))).isTrue();
  }

  private static StatementKind kind(String sql) {
    return StatementKind.of(SqlText.statements(sql).get(0));
  }
}
