package dev.libsql4j.maven;

import dev.libsql4j.lint.Finding;
import dev.libsql4j.lint.FindingFormatter;
import dev.libsql4j.lint.Severity;
import dev.libsql4j.lint.SqliteVersion;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code libsql4j:lint} — checks the project's SQL files and Liquibase changelogs for SQL that
 * SQLite / libSQL lacks (sql-lint's rules, for the {@code target} SQLite version), prints every
 * finding as {@code file:line:col: severity[rule-id]: message}, writes
 * {@code target/libsql4j-lint/report.txt} and a JUnit XML report, and fails the build on errors
 * (and on warnings with {@code failOnWarning}).
 */
@Mojo(name = "lint", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
    requiresDependencyResolution = ResolutionScope.COMPILE)
public class LintMojo extends AbstractMojo {

  @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
  private File baseDirectory;

  /** Where SQL files and changelogs are searched. */
  @Parameter(property = "libsql4j.lint.sourceDirectory", defaultValue = "${project.basedir}/src/main/resources")
  private File sourceDirectory;

  /** Plain SQL files, as glob patterns relative to {@code sourceDirectory}. Default: {@code **}{@code /*.sql}. */
  @Parameter
  private List<String> includes = List.of("**/*.sql");

  /**
   * Liquibase changelogs (files whose content declares {@code databaseChangeLog}, or formatted SQL
   * starting with {@code --liquibase formatted sql}), as glob patterns relative to {@code sourceDirectory}.
   */
  @Parameter
  private List<String> changelogs = List.of("**/*.xml", "**/*.yaml", "**/*.yml", "**/*.json", "**/*.sql");

  /** Files to leave out, for both kinds, as glob patterns relative to {@code sourceDirectory}. */
  @Parameter
  private List<String> excludes = List.of();

  /** The SQLite version the SQL must run on; sqld's by default. */
  @Parameter(property = "libsql4j.lint.target", defaultValue = "3.45.1")
  private String target;

  /** Rule ids not to check. */
  @Parameter
  private List<String> disabledRules = List.of();

  /** Per-rule severities ({@code <unparseable>error</unparseable>}) overriding the rules' own. */
  @Parameter
  private Map<String, String> severities = Map.of();

  /**
   * Check native queries in the Java sources ({@code @Query(nativeQuery = true)}, {@code @NamedNativeQuery},
   * Hibernate's {@code @SQLInsert}…) with sql-lint's annotation processor.
   */
  @Parameter(property = "libsql4j.lint.java", defaultValue = "true")
  private boolean java;

  @Parameter(defaultValue = "${project.compileSourceRoots}", readonly = true, required = true)
  private List<String> compileSourceRoots;

  @Parameter(defaultValue = "${project.compileClasspathElements}", readonly = true, required = true)
  private List<String> classpathElements;

  /** Fail the build on warnings too. */
  @Parameter(property = "libsql4j.lint.failOnWarning", defaultValue = "false")
  private boolean failOnWarning;

  /** Skip the check. */
  @Parameter(property = "libsql4j.lint.skip", defaultValue = "false")
  private boolean skip;

  /** Where {@code report.txt} and {@code TEST-libsql4j-lint.xml} go. */
  @Parameter(defaultValue = "${project.build.directory}/libsql4j-lint")
  private File reportDirectory;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("libsql4j:lint skipped");
      return;
    }
    LintSettings settings = settings();
    Map<String, List<Finding>> results = lint(settings);
    long errors = ProjectLint.count(results, Severity.ERROR);
    long warnings = ProjectLint.count(results, Severity.WARNING);
    for (List<Finding> findings : results.values()) {
      for (Finding finding : findings) {
        if (finding.severity() == Severity.ERROR) {
          getLog().error(FindingFormatter.format(finding));
        } else {
          getLog().warn(FindingFormatter.format(finding));
        }
      }
    }
    String summary = "libsql4j:lint checked " + results.size() + " file(s) for SQLite " + settings.target() + ": "
        + errors + " error(s), " + warnings + " warning(s)";
    try {
      LintReports.write(reportDirectory.toPath(), results, summary);
    } catch (IOException e) {
      throw new MojoExecutionException("cannot write the lint report to " + reportDirectory, e);
    }
    getLog().info(summary + "; report: " + reportDirectory.toPath().resolve(LintReports.TEXT));
    if (errors > 0 || failOnWarning && warnings > 0) {
      throw new MojoFailureException(summary + (errors > 0 ? "" : " (failOnWarning)")
          + ". Fix them, or suppress one with a -- libsql4j-lint: ignore <rule-id> comment before the statement;"
          + " see " + reportDirectory.toPath().resolve(LintReports.TEXT));
    }
  }

  private LintSettings settings() throws MojoExecutionException {
    try {
      Map<String, Severity> parsed = new LinkedHashMap<>();
      severities.forEach((rule, severity) -> parsed.put(rule, Severity.parse(severity)));
      LintSettings settings = new LintSettings(baseDirectory.toPath().toAbsolutePath(),
          sourceDirectory.toPath().toAbsolutePath(), includes, changelogs, excludes, SqliteVersion.parse(target),
          disabledRules, parsed,
          java ? compileSourceRoots.stream().map(Path::of).toList() : List.of(), classpathElements);
      settings.linter(); // refuses unknown rule ids now, with the configuration's words
      return settings;
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("invalid libsql4j:lint configuration: " + e.getMessage(), e);
    }
  }

  private Map<String, List<Finding>> lint(LintSettings settings) throws MojoExecutionException {
    // Liquibase finds its parsers and change types through the thread's class loader.
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(getClass().getClassLoader());
    try {
      return new ProjectLint(settings).run();
    } catch (Exception e) {
      throw new MojoExecutionException("libsql4j:lint could not read the project's SQL: " + e.getMessage(), e);
    } finally {
      thread.setContextClassLoader(previous);
    }
  }
}
