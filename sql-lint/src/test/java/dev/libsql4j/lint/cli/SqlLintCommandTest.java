package dev.libsql4j.lint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqlLintCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return SqlLintCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void errorsFailWithCompilerStyleLines() throws Exception {
        Path file = Files.writeString(dir.resolve("V1__x.sql"), "SELECT 1;\nTRUNCATE t;\n");

        assertThat(run(dir.toString())).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains(file + ":2:1: error[truncate]: SQLite has no TRUNCATE")
                .contains("1 finding(s), 1 error(s), target SQLite 3.45.1");
    }

    @Test
    void cleanFilesPassAndTargetIsConfigurable() throws Exception {
        Files.writeString(dir.resolve("q.sql"), "DELETE FROM t RETURNING id;");

        assertThat(run(dir.toString())).isZero();
        assertThat(run("--target", "3.34", dir.toString())).isEqualTo(1);
    }

    @Test
    void badUsageIsExitStatusTwo() {
        assertThat(run()).isEqualTo(2);
        assertThat(run("--target")).isEqualTo(2);
        assertThat(run("--disable", "nope", dir.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Unknown rule id: nope");
    }

    @Test
    void listsTheRules() {
        assertThat(run("--rules")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("returning\terror\tsince 3.35.0\tRETURNING needs SQLite 3.35");
    }
}
