package dev.libsql4j.lint.statement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.libsql4j.lint.SourceFile;
import dev.libsql4j.lint.lexer.SqlLexer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SyntaxCheckTest {

    private static SqlStatement statement(String sql) {
        return StatementSplitter.split(SourceFile.of("t.sql", sql), SqlLexer.tokenize(sql)).get(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "PRAGMA table_info('t')",
        "BEGIN EXCLUSIVE TRANSACTION",
        "RELEASE sp1",
        "CREATE TABLE t (a INTEGER PRIMARY KEY, b ANY) STRICT, WITHOUT ROWID",
        "CREATE TABLE t (a TEXT, UNIQUE (a) ON CONFLICT IGNORE)",
        "UPDATE OR ROLLBACK t SET a = 1",
        "CREATE INDEX IF NOT EXISTS i ON t (a) WHERE a IS NOT NULL",
        "SELECT * FROM t WHERE a GLOB 'x*' AND b IS 'y' AND [c] = 0x10",
        "CREATE TRIGGER tr BEFORE DELETE ON t BEGIN SELECT RAISE(ABORT, 'no'); END",
        "ALTER TABLE t ALTER COLUMN c TO c TEXT NOT NULL",
        "CREATE VIRTUAL TABLE f USING fts5(a, tokenize = 'porter')"
    })
    void validSqliteIsReadable(String sql) {
        assertThat(SyntaxCheck.unreadableReason(statement(sql))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SELEC * FROM t",
        "CREATE TABLE t (a INT,, b INT)",
        "CREATE TRIGGER tr AFTER INSERT ON t BEGIN UPDAT t SET a = 1; END",
        "BEGIN TRANSACTION ISOLATION LEVEL SERIALIZABLE"
    })
    void garbageIsNotReadable(String sql) {
        assertThat(SyntaxCheck.unreadableReason(statement(sql))).isPresent();
    }
}
