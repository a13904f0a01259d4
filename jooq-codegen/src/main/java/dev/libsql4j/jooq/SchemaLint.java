package dev.libsql4j.jooq;

import dev.libsql4j.lint.Finding;
import dev.libsql4j.lint.FindingFormatter;
import dev.libsql4j.lint.Severity;
import dev.libsql4j.lint.SourceFile;
import dev.libsql4j.lint.SqlLinter;
import java.util.ArrayList;
import java.util.List;
import org.jooq.tools.JooqLogger;

/**
 * Lints the schema's SQL with sql-lint before code is generated from it: warnings are logged,
 * errors stop the generation with a {@link SchemaLintException} listing each as
 * {@code file:line:col: error[rule]: message}.
 */
final class SchemaLint {

  private static final JooqLogger LOG = JooqLogger.getLogger(SchemaLint.class);

  private final SqlLinter linter;
  private final boolean enabled;

  SchemaLint(CodegenSettings settings) {
    SqlLinter.Builder builder = SqlLinter.builder().targetVersion(settings.targetVersion());
    settings.lintDisabled().forEach(builder::disable);
    this.linter = builder.build();
    this.enabled = settings.lint();
  }

  /** Lints every source; throws when any has an error, after logging every warning. */
  void check(List<SourceFile> sources) {
    if (!enabled) {
      return;
    }
    List<Finding> errors = new ArrayList<>();
    for (SourceFile source : sources) {
      for (Finding finding : linter.lint(source)) {
        if (finding.severity() == Severity.ERROR) {
          errors.add(finding);
        } else {
          LOG.warn("libSQL lint", FindingFormatter.format(finding));
        }
      }
    }
    if (!errors.isEmpty()) {
      throw new SchemaLintException(errors);
    }
  }
}
