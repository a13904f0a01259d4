package dev.libsql4j.lint.statement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.libsql4j.lint.SourceFile;
import dev.libsql4j.lint.lexer.SqlLexer;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementSplitterTest {

    private static List<String> split(String sql) {
        return StatementSplitter.split(SourceFile.of("t.sql", sql), SqlLexer.tokenize(sql)).stream()
                .map(SqlStatement::text).toList();
    }

    @Test
    void semicolonsInStringsIdentifiersAndCommentsDoNotSplit() {
        assertThat(split("SELECT ';'; SELECT \"a;b\" -- ;\n FROM t; /* ; */ ;; SELECT 1"))
                .containsExactly("SELECT ';'", "SELECT \"a;b\" -- ;\n FROM t", "SELECT 1");
    }

    @Test
    void sqliteTriggerBodyIsOneStatementEvenWithCaseEnd() {
        String trigger = "CREATE TRIGGER tr AFTER INSERT ON t BEGIN\n"
                + "  UPDATE t SET a = CASE WHEN new.a > 0 THEN 1 ELSE 0 END WHERE rowid = new.rowid;\n"
                + "  DELETE FROM u;\nEND";

        assertThat(split(trigger + "; SELECT 2;")).containsExactly(trigger, "SELECT 2");
    }

    @Test
    void mysqlProcedureBodyWithEndIfIsOneStatement() {
        String procedure = "CREATE PROCEDURE p() BEGIN IF x THEN SELECT 1; END IF; SELECT 2; END";

        assertThat(split(procedure + "; SELECT 3")).containsExactly(procedure, "SELECT 3");
    }

    @Test
    void mysqlClientDelimiterDirectivesSwitchTheStatementEnd() {
        String sql = "DELIMITER //\nCREATE PROCEDURE p() BEGIN SELECT 1; END //\nDELIMITER $$\nSELECT 2; SELECT 3$$\n"
                + "DELIMITER ;\nSELECT 4;";

        assertThat(split(sql)).containsExactly("CREATE PROCEDURE p() BEGIN SELECT 1; END", "SELECT 2", "SELECT 3", "SELECT 4");
    }

    @Test
    void delimiterIsAnOrdinaryWordInsideAStatement() {
        assertThat(split("CREATE TABLE f (\ndelimiter TEXT,\nquote TEXT); SELECT delimiter FROM f"))
                .containsExactly("CREATE TABLE f (\ndelimiter TEXT,\nquote TEXT)", "SELECT delimiter FROM f");
    }

    @Test
    void transactionBeginAndEndAreOrdinaryStatements() {
        assertThat(split("BEGIN; INSERT INTO t VALUES (1); END;")).containsExactly("BEGIN", "INSERT INTO t VALUES (1)", "END");
    }

    @Test
    void commentsBeforeAStatementBelongToIt() {
        List<SqlStatement> statements = StatementSplitter.split(SourceFile.of("t.sql", "SELECT 1;\n-- about two\nSELECT 2"),
                SqlLexer.tokenize("SELECT 1;\n-- about two\nSELECT 2"));

        assertThat(statements.get(0).comments()).isEmpty();
        assertThat(statements.get(1).comments()).extracting(t -> t.text()).containsExactly("-- about two");
    }
}
