package dev.libsql4j.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqlLinterTest {

    private static final SqlLinter LINTER = SqlLinter.builder().build();

    private static List<Finding> lint(SqlLinter linter, String sql) {
        return linter.lint(SourceFile.of("db/V1__x.sql", sql));
    }

    private static List<String> ids(SqlLinter linter, String sql) {
        return lint(linter, sql).stream().map(Finding::ruleId).toList();
    }

    @Test
    void findingCarriesRuleMessageSuggestionFileAndExactPosition() {
        List<Finding> findings = lint(LINTER, "SELECT 1;\n\nSELECT *\n  FROM t WHERE a ILIKE 'x';");

        assertThat(findings).containsExactly(new Finding("ilike", Severity.ERROR,
                "ILIKE is PostgreSQL; SQLite has no ILIKE operator",
                "use LIKE, which ignores case for ASCII letters in SQLite (or lower(x) LIKE lower(pattern))",
                "db/V1__x.sql", 4, 18));
    }

    @Test
    void sqlEmbeddedInAnotherFileReportsThatFilesPositions() {
        SourceFile changelogSql = SourceFile.of("db/changelog.xml", "SELECT 1 FROM t WHERE a ILIKE 'x';\nTRUNCATE t").startingAt(40, 13);

        assertThat(LINTER.lint(changelogSql)).extracting(f -> f.file() + ":" + f.line() + ":" + f.column())
                .containsExactly("db/changelog.xml:40:37", "db/changelog.xml:41:1");
    }

    @Test
    void formatterPrintsLikeACompiler() {
        Finding finding = lint(LINTER, "TRUNCATE t").get(0);

        assertThat(FindingFormatter.format(finding)).isEqualTo("db/V1__x.sql:1:1: error[truncate]: SQLite has no TRUNCATE"
                + System.lineSeparator() + "  suggestion: use DELETE FROM table (without WHERE, SQLite empties the table just as fast)");
    }

    @Test
    void versionedFeaturesAreReportedOnlyBelowTheirVersion() {
        String sql = "DELETE FROM t WHERE a = 1 RETURNING id";

        assertThat(ids(SqlLinter.builder().targetVersion(SqliteVersion.parse("3.34.1")).build(), sql)).containsExactly("returning");
        assertThat(ids(SqlLinter.builder().targetVersion(SqliteVersion.parse("3.35.0")).build(), sql)).isEmpty();
    }

    @Test
    void rightJoinIsFineOnCurrentSqldButNotOnAnOldServer() {
        String sql = "SELECT * FROM a RIGHT OUTER JOIN b ON a.id = b.id";

        assertThat(ids(LINTER, sql)).isEmpty();
        assertThat(ids(SqlLinter.builder().targetVersion(SqliteVersion.parse("3.38.5")).build(), sql)).containsExactly("right-full-join");
    }

    @Test
    void commentBeforeTheStatementSuppressesTheNamedRuleOnly() {
        String sql = "-- libsql4j-lint: ignore ilike\nSELECT a::int FROM t WHERE a ILIKE 'x';\nSELECT 1 FROM t WHERE a ILIKE 'y'";

        assertThat(lint(LINTER, sql)).extracting(f -> f.ruleId() + "@" + f.line())
                .containsExactly("double-colon-cast@2", "ilike@3");
    }

    @Test
    void commentInsideTheStatementSuppressesSeveralRulesOrAll() {
        assertThat(ids(LINTER, "SELECT a::int /* libsql4j-lint: ignore ilike, double-colon-cast */ FROM t WHERE a ILIKE 'x'")).isEmpty();
        assertThat(ids(LINTER, "TRUNCATE t -- libsql4j-lint: ignore")).isEmpty();
    }

    @Test
    void disabledRulesAndSeverityOverridesApply() {
        SqlLinter linter = SqlLinter.builder().disable("ilike").severity("truncate", Severity.WARNING).build();

        assertThat(lint(linter, "SELECT 1 FROM t WHERE a ILIKE 'x'; TRUNCATE t"))
                .extracting(f -> f.ruleId() + ":" + f.severity()).containsExactly("truncate:WARNING");
    }

    @Test
    void unknownRuleIdsAreRejectedAtConfiguration() {
        assertThatThrownBy(() -> SqlLinter.builder().disable("no-such-rule"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no-such-rule");
    }

    @Test
    void unreadableStatementIsReportedNeverPassedSilently() {
        List<Finding> findings = lint(LINTER, "SELECT 1;\nSELEC * FROM t;");

        assertThat(findings).extracting(Finding::ruleId, Finding::severity, Finding::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("unparseable", Severity.WARNING, 2));
    }

    @Test
    void statementAlreadyFlaggedIsNotAlsoCalledUnparseable() {
        assertThat(ids(LINTER, "CREATE TABLE t (id SERIAL PRIMARY KEY, tags TEXT[]) INHERITS (base)"))
                .containsExactly("serial-type", "array-type", "table-options");
    }

    @Test
    void autoincrementOnlyOnIntegerPrimaryKey() {
        assertThat(ids(LINTER, "CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT)")).isEmpty();
        assertThat(ids(LINTER, "CREATE TABLE t (id BIGINT PRIMARY KEY AUTOINCREMENT)")).containsExactly("autoincrement-misuse");
        assertThat(ids(LINTER, "CREATE TABLE t (id INTEGER AUTOINCREMENT, PRIMARY KEY (id))")).containsExactly("autoincrement-misuse");
    }

    @Test
    void libsqlAlterColumnIsAcceptedAndOtherAlterColumnFormsAreNot() {
        assertThat(ids(LINTER, "ALTER TABLE t ALTER COLUMN c TO c INTEGER NOT NULL DEFAULT 0")).isEmpty();
        assertThat(ids(LINTER, "ALTER TABLE t ALTER COLUMN c TYPE BIGINT")).containsExactly("alter-column-type");
        assertThat(ids(LINTER, "ALTER TABLE t ALTER COLUMN c SET DEFAULT 0")).containsExactly("alter-column-attribute");
    }

    @Test
    void dropColumnDependsOnTheTargetVersion() {
        SqlLinter old = SqlLinter.builder().targetVersion(SqliteVersion.parse("3.34")).build();

        assertThat(ids(LINTER, "ALTER TABLE t DROP COLUMN c")).isEmpty();
        assertThat(ids(old, "ALTER TABLE t DROP COLUMN c")).containsExactly("drop-column");
    }

    @Test
    void triggerBodiesHoldOnlyDmlWithoutWith() {
        assertThat(ids(LINTER, "CREATE TRIGGER tr AFTER INSERT ON t BEGIN DELETE FROM u WHERE id = NEW.id; END")).isEmpty();
        assertThat(ids(LINTER, "CREATE TRIGGER tr AFTER INSERT ON t BEGIN WITH x AS (SELECT 1) INSERT INTO u SELECT * FROM x; END"))
                .containsExactly("foreign-trigger");
    }

    @Test
    void selectIntoIsReportedButInsertIntoIsNot() {
        assertThat(ids(LINTER, "INSERT OR REPLACE INTO t SELECT * FROM u; VACUUM INTO 'backup.db'; VACUUM main INTO 'b.db'")).isEmpty();
        assertThat(ids(LINTER, "SELECT * INTO t2 FROM t")).containsExactly("select-into");
    }

    @Test
    void springAndHibernatePlaceholdersAreReadable() {
        assertThat(ids(LINTER, "SELECT {a.*} FROM {h-schema}account a WHERE a.id = :#{#id} AND a.kind = ?#{[0]}")).isEmpty();
        assertThat(ids(LINTER, "SELECT * FROM #{#entityName} e WHERE e.name ILIKE ?1")).containsExactly("ilike");
    }

    @Test
    void columnsNamedLikeKeywordsAreNotFlagged() {
        assertThat(ids(LINTER, "CREATE TABLE t (key TEXT PRIMARY KEY, \"index\" INTEGER, now TEXT, format TEXT, len INT)")).isEmpty();
        assertThat(ids(LINTER, "SELECT key, now, format FROM t")).isEmpty();
    }
}
