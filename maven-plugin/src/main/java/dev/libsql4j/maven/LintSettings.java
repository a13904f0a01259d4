package dev.libsql4j.maven;

import dev.libsql4j.lint.Severity;
import dev.libsql4j.lint.SqlLinter;
import dev.libsql4j.lint.SqliteVersion;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What {@code libsql4j:lint} checks and how: the values of the goal's parameters, checked once.
 *
 * @param baseDirectory   the project's directory; reported paths are relative to it
 * @param sourceDirectory where SQL files and changelogs are searched (normally {@code src/main/resources})
 * @param includes        glob patterns of plain SQL files, relative to {@code sourceDirectory}
 * @param changelogs      glob patterns of Liquibase changelogs (XML, YAML, JSON, formatted SQL)
 * @param excludes        glob patterns of files to skip, for both kinds
 * @param target          the SQLite version the SQL must run on
 * @param disabledRules   rule ids not to check
 * @param severities      per-rule severities overriding the rules' own
 * @param javaSourceRoots Java source directories whose native queries are checked (empty: none)
 * @param classpath       the compile class path of those sources
 */
record LintSettings(Path baseDirectory, Path sourceDirectory, List<String> includes, List<String> changelogs,
                    List<String> excludes, SqliteVersion target, List<String> disabledRules,
                    Map<String, Severity> severities, List<Path> javaSourceRoots, List<String> classpath) {

  /** A file's path relative to the project directory, with {@code /}: how reports name files. */
  String projectPath(Path file) {
    return baseDirectory.relativize(file.toAbsolutePath()).toString().replace('\\', '/');
  }

  SqlLinter linter() {
    SqlLinter.Builder builder = SqlLinter.builder().targetVersion(target).disable(disabledRules.toArray(String[]::new));
    severities.forEach(builder::severity);
    return builder.build();
  }
}
