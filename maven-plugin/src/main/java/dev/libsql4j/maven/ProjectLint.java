package dev.libsql4j.maven;

import dev.libsql4j.liquibase.validation.ChangeLogChecker;
import dev.libsql4j.lint.Finding;
import dev.libsql4j.lint.Severity;
import dev.libsql4j.lint.SourceFile;
import dev.libsql4j.lint.SqlLinter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import liquibase.Scope;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.CompositeResourceAccessor;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.resource.ResourceAccessor;

/**
 * Checks a project's SQL files with sql-lint and its Liquibase changelogs with
 * {@link ChangeLogChecker}, and returns the findings per checked file (files without findings
 * included, so that reports can list them as passed).
 */
final class ProjectLint {

  private final LintSettings settings;
  private final SqlLinter linter;

  ProjectLint(LintSettings settings) {
    this.settings = settings;
    this.linter = settings.linter();
  }

  /** Findings by checked file (paths relative to the project directory, with {@code /}). */
  Map<String, List<Finding>> run() throws Exception {
    Map<String, List<Finding>> results = new LinkedHashMap<>();
    Path sources = settings.sourceDirectory();
    for (Path file : FileSelection.select(sources, settings.includes(), settings.excludes())) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      if (!isFormattedSqlChangelog(text)) {
        results.put(relative(file), linter.lint(SourceFile.of(relative(file), text)));
      }
    }
    List<Path> changelogs = new ArrayList<>();
    for (Path file : FileSelection.select(sources, settings.changelogs(), settings.excludes())) {
      if (isChangelog(file)) {
        changelogs.add(file);
        results.put(relative(file), new ArrayList<>());
      }
    }
    List<Finding> other = new ArrayList<>();
    if (!changelogs.isEmpty()) {
      other.addAll(checkChangelogs(changelogs));
    }
    List<Path> javaSources = new ArrayList<>();
    for (Path root : settings.javaSourceRoots()) {
      for (Path source : FileSelection.select(root, List.of("**/*.java"), List.of())) {
        javaSources.add(source);
        results.put(relative(source), new ArrayList<>());
      }
    }
    other.addAll(JavaSourceLint.lint(javaSources, settings));
    for (Finding finding : other) {
      results.computeIfAbsent(finding.file(), f -> new ArrayList<>()).add(finding);
    }
    return results;
  }

  /** Parses each changelog with Liquibase (includes too) and checks every change set once. */
  @SuppressWarnings("try") // Liquibase declares DirectoryResourceAccessor.close() to throw Exception
  private Set<Finding> checkChangelogs(List<Path> changelogs) throws Exception {
    Path sources = settings.sourceDirectory();
    Set<Finding> findings = new LinkedHashSet<>();
    try (DirectoryResourceAccessor sourceRoot = new DirectoryResourceAccessor(sources.toFile());
         DirectoryResourceAccessor projectRoot = new DirectoryResourceAccessor(settings.baseDirectory().toFile())) {
      ResourceAccessor resources = new CompositeResourceAccessor(sourceRoot, projectRoot);
      ChangeLogChecker checker = new ChangeLogChecker(linter);
      Scope.child(Scope.Attr.resourceAccessor.name(), resources, () -> {
        for (Path changelog : changelogs) {
          String path = slashes(sources.relativize(changelog));
          DatabaseChangeLog log = ChangeLogParserFactory.getInstance().getParser(path, resources)
              .parse(path, new ChangeLogParameters(), resources);
          for (Finding finding : checker.check(log, resources)) {
            findings.add(inProject(finding));
          }
        }
      });
    }
    return findings;
  }

  /** A changelog finding's file is relative to the source directory; reports use project paths. */
  private Finding inProject(Finding finding) {
    Path inSources = settings.sourceDirectory().resolve(finding.file());
    String file = Files.exists(inSources) ? relative(inSources) : finding.file();
    return new Finding(finding.ruleId(), finding.severity(), finding.message(), finding.suggestion(), file,
        finding.line(), finding.column());
  }

  private static boolean isChangelog(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".sql") ? isFormattedSqlChangelog(text) : text.contains("databaseChangeLog");
  }

  private static boolean isFormattedSqlChangelog(String text) {
    return text.stripLeading().toLowerCase(Locale.ROOT).startsWith("--liquibase formatted sql");
  }

  private String relative(Path file) {
    return settings.projectPath(file);
  }

  private static String slashes(Path path) {
    return path.toString().replace('\\', '/');
  }

  /** Counts findings of a severity over all files. */
  static long count(Map<String, List<Finding>> results, Severity severity) {
    return results.values().stream().flatMap(List::stream).filter(f -> f.severity() == severity).count();
  }
}
