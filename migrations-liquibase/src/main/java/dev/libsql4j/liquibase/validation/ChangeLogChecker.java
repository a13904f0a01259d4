package dev.libsql4j.liquibase.validation;

import dev.libsql4j.lint.Finding;
import dev.libsql4j.lint.Severity;
import dev.libsql4j.lint.SourceFile;
import dev.libsql4j.lint.SqlLinter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import liquibase.Scope;
import liquibase.change.Change;
import liquibase.change.ChangeFactory;
import liquibase.change.core.CreateViewChange;
import liquibase.change.core.ModifyDataTypeChange;
import liquibase.change.core.RawSQLChange;
import liquibase.change.core.SQLFileChange;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.resource.Resource;
import liquibase.resource.ResourceAccessor;

/**
 * Finds, before anything runs, the changes of a Liquibase changelog that SQLite / libSQL cannot do:
 * raw SQL ({@code <sql>}, {@code sqlFile}, formatted SQL) and view definitions are checked by
 * {@link SqlLinter}; change types with no SQLite counterpart ({@code addAutoIncrement},
 * {@code createProcedure}, sequences, …) are refused by name. Every finding names the file, the
 * line and column, and the change set's id and author.
 *
 * <p>Works on the parsed changelog alone (no database), so build tools can run it; the
 * {@link LibSqlValidatingVisitor} runs it inside Liquibase's validation for libSQL connections.
 */
public final class ChangeLogChecker {

  /** Changes Liquibase does by rebuilding the table on libSQL: they need the change set's transaction. */
  private static final Set<String> REBUILDING_CHANGES = Set.of("addForeignKeyConstraint",
      "dropForeignKeyConstraint", "addPrimaryKey", "dropPrimaryKey", "addNotNullConstraint",
      "dropNotNullConstraint", "addDefaultValue", "dropDefaultValue", "modifyDataType");

  private final SqlLinter linter;
  private final List<ChangeRule> rules;
  private final Map<String, ChangeLogPositions> positions = new HashMap<>();
  private final Map<String, String> texts = new HashMap<>();

  /**
   * @param linter checks SQL for the target SQLite version
   * @param rules  further checks of each change
   */
  public ChangeLogChecker(SqlLinter linter, ChangeRule... rules) {
    this.linter = linter;
    this.rules = List.of(rules);
  }

  /** Every finding in every change set of {@code changeLog} (included files too). */
  public List<Finding> check(DatabaseChangeLog changeLog, ResourceAccessor resources) {
    List<Finding> findings = new ArrayList<>();
    for (ChangeSet changeSet : changeLog.getChangeSets()) {
      findings.addAll(check(changeSet, resources));
    }
    return findings;
  }

  /** The findings of one change set. */
  public List<Finding> check(ChangeSet changeSet, ResourceAccessor resources) {
    String file = physicalPath(changeSet);
    String text = texts.computeIfAbsent(file, f -> read(resources, f));
    ChangeLogPositions filePositions = positions.computeIfAbsent(file, f -> ChangeLogPositions.read(f, text));
    List<Finding> findings = new ArrayList<>();
    List<Change> changes = changeSet.getChanges();
    for (int i = 0; i < changes.size(); i++) {
      Change change = changes.get(i);
      Position position = filePositions.change(changeSet.getId(), changeSet.getAuthor(), i);
      if (position == null) {
        position = new Position(1, 1, 0);
      }
      new ChangeCheck(changeSet, change, file, text, position, findings).run();
    }
    return findings;
  }

  /** The checks of one change, collecting into {@code findings}. */
  private final class ChangeCheck {

    private final ChangeSet changeSet;
    private final Change change;
    private final String file;
    private final String text;
    private final Position position;
    private final List<Finding> findings;
    private final String name;

    ChangeCheck(ChangeSet changeSet, Change change, String file, String text, Position position,
                List<Finding> findings) {
      this.changeSet = changeSet;
      this.change = change;
      this.file = file;
      this.text = text;
      this.position = position;
      this.findings = findings;
      this.name = Scope.getCurrentScope().getSingleton(ChangeFactory.class).getChangeMetaData(change).getName();
    }

    void run() {
      if (change instanceof SQLFileChange sqlFile) {
        lintFile(sqlFile);
      } else if (change instanceof RawSQLChange raw && raw.getSql() != null) {
        lintEmbedded(raw.getSql());
      } else if (change instanceof CreateViewChange view && view.getSelectQuery() != null) {
        String query = view.getSelectQuery();
        lintAtChange(Boolean.TRUE.equals(view.getFullDefinition()) ? query
            : "CREATE VIEW " + view.getViewName() + " AS " + query);
      } else if (change instanceof ModifyDataTypeChange modify && modify.getNewDataType() != null) {
        lintAtChange("CREATE TABLE " + modify.getTableName() + " (" + modify.getColumnName() + " "
            + modify.getNewDataType() + ")");
      }
      for (ChangeRule rule : rules) {
        rule.check(change).ifPresent(p -> error(p.ruleId(), p.message(), p.suggestion()));
      }
      switch (name) {
        case "addAutoIncrement" -> error("add-auto-increment",
            "SQLite cannot add AUTOINCREMENT to an existing column",
            "declare the column INTEGER PRIMARY KEY AUTOINCREMENT when the table is created (createTable)");
        case "createProcedure", "dropProcedure" -> error("stored-routine",
            "SQLite has no stored procedures", "move the logic into the application or a trigger");
        case "createSequence", "alterSequence", "dropSequence", "renameSequence" -> error("sequence",
            "SQLite has no sequences", "use an INTEGER PRIMARY KEY column (an alias of the rowid)");
        case "renameView" -> error("rename-view", "SQLite cannot rename a view",
            "dropView, then createView under the new name");
        case "mergeColumns" -> error("merge-columns",
            "mergeColumns is not supported on libSQL (Liquibase's SQLite rebuild for it loses foreign-key actions)",
            "addColumn, then an update with the merged value, then dropColumn of both old columns");
        default -> {
          if (!changeSet.isRunInTransaction() && REBUILDING_CHANGES.contains(name)) {
            error("rebuild-outside-transaction",
                name + " rebuilds the table, which must run in the change set's transaction",
                "remove runInTransaction=\"false\" from the change set, or move this change to its own change set");
          }
        }
      }
    }

    private void error(String rule, String message, String suggestion) {
      findings.add(new Finding(rule, Severity.ERROR, prefix() + message, suggestion, file,
          position.line(), position.column()));
    }

    private String prefix() {
      return "changeset " + changeSet.getId() + " (author " + changeSet.getAuthor() + "), " + name + ": ";
    }

    /** SQL written in the changelog: findings at its real line and column when the text can be found. */
    private void lintEmbedded(String sql) {
      int at = text.indexOf(sql, position.offset());
      if (at < 0) {
        String firstLine = sql.strip().lines().findFirst().orElse("");
        at = firstLine.isEmpty() ? -1 : text.indexOf(firstLine, position.offset());
        if (at >= 0) {
          sql = text.substring(at, Math.min(text.length(), at + sql.length()));
        }
      }
      if (at < 0) {
        lintAtChange(sql);
        return;
      }
      Position start = Position.at(text, at);
      for (Finding finding : linter.lint(SourceFile.of(file, sql).startingAt(start.line(), start.column()))) {
        findings.add(withPrefix(finding, finding.line(), finding.column()));
      }
    }

    /** SQL derived from the change's attributes: findings at the change. */
    private void lintAtChange(String sql) {
      for (Finding finding : linter.lint(SourceFile.of(file, sql))) {
        findings.add(withPrefix(finding, position.line(), position.column()));
      }
    }

    private void lintFile(SQLFileChange sqlFile) {
      String path = sqlFile.getPath();
      if (Boolean.TRUE.equals(sqlFile.isRelativeToChangelogFile())) {
        int slash = file.lastIndexOf('/');
        path = (slash < 0 ? "" : file.substring(0, slash + 1)) + path;
      }
      String sql = sqlFile.getSql();
      if (sql == null) {
        return;
      }
      for (Finding finding : linter.lint(SourceFile.of(path, sql))) {
        findings.add(new Finding(finding.ruleId(), finding.severity(), prefix() + finding.message(),
            finding.suggestion(), finding.file(), finding.line(), finding.column()));
      }
    }

    private Finding withPrefix(Finding finding, int line, int column) {
      return new Finding(finding.ruleId(), finding.severity(), prefix() + finding.message(),
          finding.suggestion(), file, line, column);
    }
  }

  private static String physicalPath(ChangeSet changeSet) {
    DatabaseChangeLog log = changeSet.getChangeLog();
    return log != null && log.getPhysicalFilePath() != null ? log.getPhysicalFilePath() : changeSet.getFilePath();
  }

  private static String read(ResourceAccessor resources, String path) {
    try {
      Resource resource = resources.get(path);
      if (resource == null || !resource.exists()) {
        return "";
      }
      try (InputStream in = resource.openInputStream()) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read changelog " + path, e);
    }
  }
}
