package dev.libsql4j.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.libsql4j.lint.lexer.LineMap;
import dev.libsql4j.lint.lexer.SqlLexer;
import dev.libsql4j.lint.statement.SqlStatement;
import dev.libsql4j.lint.statement.StatementSplitter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the clean corpus honest: every statement in it, split by our own splitter, runs on real
 * SQLite (sqlite-jdbc, in memory), so "no finding on the clean corpus" is measured on SQL that
 * really is valid. Statements marked {@code -- libSQL only} (libSQL's ALTER COLUMN … TO) are skipped.
 */
class CleanCorpusRunsOnSqliteTest {

    @Test
    void everyStatementOfTheCleanCorpusExecutesOnSqlite() throws Exception {
        int executed = 0;
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            for (Path file : cleanFiles()) {
                SourceFile source = SourceFile.read(file);
                LineMap lines = new LineMap(source.text());
                for (SqlStatement statement : StatementSplitter.split(source, SqlLexer.tokenize(source.text()))) {
                    if (statement.comments().stream().anyMatch(c -> c.text().contains("libSQL only"))) {
                        continue;
                    }
                    execute(connection, statement, file.getFileName() + ":" + lines.line(statement.token(0).start()));
                    executed++;
                }
            }
        }
        assertThat(executed).isGreaterThanOrEqualTo(70);
    }

    private static void execute(Connection connection, SqlStatement statement, String where) {
        try (PreparedStatement prepared = connection.prepareStatement(statement.text())) {
            for (int i = 1; i <= prepared.getParameterMetaData().getParameterCount(); i++) {
                prepared.setInt(i, 1);
            }
            prepared.execute();
        } catch (SQLException e) {
            fail(where + ": SQLite rejected a statement of the clean corpus: " + e.getMessage());
        }
    }

    private static List<Path> cleanFiles() throws Exception {
        Path dir = Path.of(CleanCorpusRunsOnSqliteTest.class.getResource("/corpus/sqlite").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".sql")).sorted().toList();
        }
    }
}
