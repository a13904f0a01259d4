package dev.libsql4j.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The proof: migration files written for PostgreSQL and MySQL produce exactly the findings listed
 * in {@code corpus/expected-findings.txt} (nothing missing, nothing extra, right line and column),
 * and a clean SQLite corpus produces none at the default target.
 */
class CorpusTest {

    private static final SqlLinter DEFAULT_LINTER = SqlLinter.builder().build();

    @Test
    void foreignDialectMigrationsYieldExactlyTheExpectedFindings() throws Exception {
        List<String> actual = lintTree(DEFAULT_LINTER, "postgres", "mysql");

        assertThat(actual).containsExactlyInAnyOrderElementsOf(expectations("expected-findings.txt"));
    }

    @Test
    void cleanSqliteCorpusYieldsNoFindingAtTheDefaultTarget() throws Exception {
        assertThat(lintTree(DEFAULT_LINTER, "sqlite")).isEmpty();
    }

    @Test
    void cleanSqliteCorpusIsTooNewForSqlite320() throws Exception {
        SqlLinter old = SqlLinter.builder().targetVersion(SqliteVersion.parse("3.20")).build();

        assertThat(lintTree(old, "sqlite")).containsExactlyInAnyOrderElementsOf(expectations("expected-sqlite-3.20.txt"));
    }

    @Test
    void corpusIsLargeEnoughToMeanSomething() throws Exception {
        assertThat(sqlFiles("postgres", "mysql", "sqlite")).hasSizeGreaterThanOrEqualTo(10);
        assertThat(expectations("expected-findings.txt")).hasSizeGreaterThanOrEqualTo(100);
    }

    /** Every finding as {@code dir/file.sql:line:column rule-id}. */
    private static List<String> lintTree(SqlLinter linter, String... dirs) throws Exception {
        Path root = corpusRoot();
        return sqlFiles(dirs).stream()
                .flatMap(file -> linter.lint(SourceFile.of(root.relativize(file).toString().replace('\\', '/'), read(file))).stream())
                .map(f -> f.file() + ":" + f.line() + ":" + f.column() + " " + f.ruleId())
                .toList();
    }

    private static List<Path> sqlFiles(String... dirs) throws Exception {
        Path root = corpusRoot();
        return Stream.of(dirs).flatMap(dir -> {
            try (Stream<Path> files = Files.list(root.resolve(dir))) {
                return files.filter(f -> f.toString().endsWith(".sql")).sorted().toList().stream();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static List<String> expectations(String name) throws Exception {
        return Files.readAllLines(corpusRoot().resolve(name)).stream()
                .map(String::trim)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path corpusRoot() throws URISyntaxException {
        return Path.of(CorpusTest.class.getResource("/corpus").toURI());
    }
}
