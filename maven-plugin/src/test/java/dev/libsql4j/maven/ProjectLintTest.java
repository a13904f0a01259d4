package dev.libsql4j.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.libsql4j.lint.Finding;
import dev.libsql4j.lint.FindingFormatter;
import dev.libsql4j.lint.Severity;
import dev.libsql4j.lint.SqliteVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The lint goal's work without Maven: which files are checked, what is found, what the reports say. */
class ProjectLintTest {

  @TempDir
  Path project;

  private Path write(String relative, String text) throws Exception {
    Path file = project.resolve("src/main/resources").resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return file;
  }

  private LintSettings settings(List<String> excludes, String target) {
    return new LintSettings(project, project.resolve("src/main/resources"), List.of("**/*.sql"),
        List.of("**/*.xml", "**/*.yaml", "**/*.sql"), excludes, SqliteVersion.parse(target), List.of(), Map.of(),
        List.of(project.resolve("src/main/java")), List.of());
  }

  @Test
  void plainSqlFormattedSqlChangelogsAndIncludedChangelogsAreEachCheckedOnce() throws Exception {
    write("db/queries.sql", "SELECT a FROM t WHERE b ILIKE 'x';\n");
    write("db/changes.sql", "--liquibase formatted sql\n\n--changeset ann:one\nTRUNCATE t;\n");
    write("db/master.yaml", "databaseChangeLog:\n  - include:\n      file: db/changes.sql\n");
    write("db/other.xml", "<project/>\n");

    Map<String, List<Finding>> results = new ProjectLint(settings(List.of(), "3.45.1")).run();

    assertThat(results.keySet()).containsExactly("src/main/resources/db/queries.sql",
        "src/main/resources/db/changes.sql", "src/main/resources/db/master.yaml");
    assertThat(results.get("src/main/resources/db/queries.sql")).extracting(Finding::ruleId).containsExactly("ilike");
    assertThat(results.get("src/main/resources/db/changes.sql")).map(FindingFormatter::format).singleElement()
        .asString().startsWith("src/main/resources/db/changes.sql:4:1: error[truncate]: changeset one (author ann), sql:");
    assertThat(results.get("src/main/resources/db/master.yaml")).isEmpty();
  }

  @Test
  void nativeQueriesInJavaSourcesAreCheckedByTheAnnotationProcessor() throws Exception {
    Path java = project.resolve("src/main/java");
    Files.createDirectories(java.resolve("org/springframework/data/jpa/repository"));
    Files.createDirectories(java.resolve("demo"));
    // A stand-in for Spring Data's annotation: the processor matches it by name.
    Files.writeString(java.resolve("org/springframework/data/jpa/repository/Query.java"),
        "package org.springframework.data.jpa.repository;\n"
            + "public @interface Query { String value(); boolean nativeQuery() default false; }\n");
    Files.writeString(java.resolve("demo/Accounts.java"), "package demo;\n"
        + "import org.springframework.data.jpa.repository.Query;\n"
        + "interface Accounts {\n"
        + "  @Query(value = \"SELECT id FROM account WHERE email ILIKE ?1\", nativeQuery = true)\n"
        + "  java.util.List<Long> find(String email);\n"
        + "}\n");

    Map<String, List<Finding>> results = new ProjectLint(settings(List.of(), "3.45.1")).run();

    assertThat(results.get("src/main/java/demo/Accounts.java")).map(FindingFormatter::format).singleElement()
        .asString().startsWith("src/main/java/demo/Accounts.java:4:18: error[ilike]: ILIKE is PostgreSQL");
    assertThat(results.get("src/main/java/org/springframework/data/jpa/repository/Query.java")).isEmpty();
  }

  @Test
  void excludesAndTargetVersionApply() throws Exception {
    write("db/legacy/old.sql", "TRUNCATE t;\n");
    write("db/new.sql", "INSERT INTO t (a) VALUES (1) RETURNING a;\n");

    Map<String, List<Finding>> old = new ProjectLint(settings(List.of("db/legacy/**"), "3.34.0")).run();
    Map<String, List<Finding>> current = new ProjectLint(settings(List.of("db/legacy/**"), "3.35.0")).run();

    assertThat(old.keySet()).containsExactly("src/main/resources/db/new.sql");
    assertThat(old.get("src/main/resources/db/new.sql")).extracting(Finding::ruleId).containsExactly("returning");
    assertThat(current.get("src/main/resources/db/new.sql")).isEmpty();
  }

  @Test
  void junitReportHasOneTestCasePerFileFailingOnErrorsOnly() throws Exception {
    Finding error = new Finding("truncate", Severity.ERROR, "SQLite has no TRUNCATE", "use DELETE", "a.sql", 1, 1);
    Finding warning = new Finding("unparseable", Severity.WARNING, "could not parse", "check", "b.sql", 2, 3);
    Path reports = project.resolve("target/libsql4j-lint");

    LintReports.write(reports, Map.of("a.sql", List.of(error), "b.sql", List.of(warning), "c.sql", List.of()), "summary");

    Document junit = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(reports.resolve(LintReports.JUNIT).toFile());
    Element suite = junit.getDocumentElement();
    assertThat(suite.getAttribute("tests")).isEqualTo("3");
    assertThat(suite.getAttribute("failures")).isEqualTo("1");
    assertThat(junit.getElementsByTagName("failure").item(0).getTextContent()).contains("a.sql:1:1: error[truncate]");
    assertThat(junit.getElementsByTagName("system-out").item(0).getTextContent()).contains("b.sql:2:3: warning[unparseable]");
    assertThat(Files.readAllLines(reports.resolve(LintReports.TEXT))).contains("summary");
  }
}
