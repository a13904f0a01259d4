package dev.libsql4j.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The code and SQL of this module's README ("Using it", "Suppressing a finding"), copied here so
 * that they keep compiling and meaning what the README says: when this test changes, change the
 * README with it. Only the file's directory differs, and the findings are collected instead of
 * printed.
 */
class ReadmeExampleTest {

  @TempDir
  Path project;

  @Test
  void usingItFindsAndFormatsWhatTheFileLacks() throws IOException {
    Path file = project.resolve("db/V1__init.sql");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "SELECT * FROM accounts WHERE email ILIKE 'admin%';\nSELECT a::int FROM t;\n");
    List<String> printed = new ArrayList<>();

    // --- README: Using it (the file under the test's directory; lines collected, not printed)
    SqlLinter linter = SqlLinter.builder()
        .targetVersion(SqliteVersion.parse("3.45.1"))   // default: SqliteVersion.SQLD_DEFAULT, what sqld ships
        .severity("unparseable", Severity.ERROR)         // per-rule severity
        .disable("foreign-function")                    // rules you do not want
        .build();                                       // immutable, thread-safe: build once

    List<Finding> findings = linter.lint(SourceFile.read(file));
    findings.forEach(f -> printed.add(FindingFormatter.format(f)));
    // --- end

    assertThat(findings).extracting(Finding::ruleId, Finding::line, Finding::column)
        .containsExactly(tuple("ilike", 1, 36), tuple("double-colon-cast", 2, 9));
    assertThat(printed.get(0)).startsWith(file + ":1:36: error[ilike]: ILIKE is PostgreSQL")
        .contains(System.lineSeparator() + "  suggestion: ");
  }

  @Test
  void theSuppressionCommentsSwitchOffWhatTheySay() {
    // --- README: Suppressing a finding
    String sql = """
        -- libsql4j-lint: ignore ilike
        SELECT * FROM accounts WHERE email ILIKE 'admin%';

        SELECT a::int /* libsql4j-lint: ignore double-colon-cast, ilike */ FROM t WHERE a ILIKE 'x';

        -- libsql4j-lint: ignore
        TRUNCATE t; -- a bare "ignore" switches off every rule; this trailing comment belongs to the NEXT statement
        """;
    // --- end

    assertThat(SqlLinter.builder().build().lint(SourceFile.of("suppressed.sql", sql))).isEmpty();
    assertThat(SqlLinter.builder().build().lint(SourceFile.of("plain.sql", "TRUNCATE t;")))
        .extracting(Finding::ruleId).containsExactly("truncate");
  }
}
