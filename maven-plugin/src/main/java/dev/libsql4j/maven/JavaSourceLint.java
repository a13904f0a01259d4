package dev.libsql4j.maven;

import dev.libsql4j.lint.Finding;
import dev.libsql4j.lint.Severity;
import dev.libsql4j.lint.processor.NativeQueryLintProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Native queries in Java sources, checked by sql-lint's annotation processor run by javac with
 * {@code -proc:only} (nothing is compiled or written): its diagnostics become findings at the
 * annotation's file, line and column. Other compiler messages are left to the compile phase.
 */
final class JavaSourceLint {

  /** The processor's message: {@code [rule-id] message (SQL line l, column c)} and a suggestion line. */
  private static final Pattern MESSAGE = Pattern.compile("(?s)^\\[([a-z0-9-]+)\\] (.*?)\\R\\s*suggestion: (.*)$");

  private JavaSourceLint() {
  }

  static List<Finding> lint(List<Path> sources, LintSettings settings) {
    if (sources.isEmpty()) {
      return List.of();
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw new IllegalStateException("checking Java sources needs a JDK (no system Java compiler); set <java>false</java>");
    }
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<String> options = new ArrayList<>(List.of("-proc:only", "-implicit:none",
        "-A" + NativeQueryLintProcessor.TARGET_OPTION + "=" + settings.target()));
    if (!settings.disabledRules().isEmpty()) {
      options.add("-A" + NativeQueryLintProcessor.DISABLE_OPTION + "=" + String.join(",", settings.disabledRules()));
    }
    if (!settings.classpath().isEmpty()) {
      options.add("-classpath");
      options.add(String.join(java.io.File.pathSeparator, settings.classpath()));
    }
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics, options, null,
          files.getJavaFileObjectsFromPaths(sources));
      task.setProcessors(List.of(new NativeQueryLintProcessor()));
      task.call();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the Java sources", e);
    }
    List<Finding> findings = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
      Matcher message = MESSAGE.matcher(diagnostic.getMessage(Locale.ROOT));
      if (diagnostic.getSource() != null && message.matches()) {
        Severity severity = diagnostic.getKind() == Diagnostic.Kind.ERROR ? Severity.ERROR : Severity.WARNING;
        String file = settings.projectPath(Path.of(diagnostic.getSource().toUri()));
        findings.add(new Finding(message.group(1), severity, message.group(2), message.group(3), file,
            (int) diagnostic.getLineNumber(), (int) diagnostic.getColumnNumber()));
      }
    }
    return findings;
  }
}
