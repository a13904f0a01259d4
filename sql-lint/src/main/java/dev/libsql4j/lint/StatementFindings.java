package dev.libsql4j.lint;

import dev.libsql4j.lint.lexer.LineMap;
import dev.libsql4j.lint.rules.RuleContext;
import dev.libsql4j.lint.statement.SqlStatement;
import dev.libsql4j.lint.statement.Suppressions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects the reports rules make on one statement and keeps those that become findings: the
 * rule applies to the target version, is enabled, and is not suppressed by a comment. It also
 * remembers whether any applicable rule fired, which decides if the parser gate still runs.
 */
final class StatementFindings implements RuleContext {

    private final SqlStatement statement;
    private final LineMap lines;
    private final SqlLinter linter;
    private final Suppressions suppressions;
    private final List<Finding> findings = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();
    private boolean raised;

    StatementFindings(SqlStatement statement, LineMap lines, SqlLinter linter) {
        this.statement = statement;
        this.lines = lines;
        this.linter = linter;
        this.suppressions = Suppressions.of(statement);
    }

    @Override
    public SqliteVersion target() {
        return linter.targetVersion();
    }

    @Override
    public void report(String ruleId, int tokenIndex) {
        report(ruleId, tokenIndex, null);
    }

    @Override
    public void report(String ruleId, int tokenIndex, String message) {
        RuleDescriptor descriptor = linter.catalog().descriptor(ruleId)
                .orElseThrow(() -> new IllegalStateException("Rule reported an id missing from the catalog: " + ruleId));
        if (!descriptor.appliesTo(linter.targetVersion())) {
            return;
        }
        raised = true;
        if (!linter.enabled(ruleId) || suppressions.suppresses(ruleId)) {
            return;
        }
        int offset = statement.token(tokenIndex).start();
        int line = lines.line(offset);
        int column = lines.column(offset);
        if (seen.add(ruleId + ":" + offset)) {
            findings.add(new Finding(ruleId, linter.severityOf(descriptor), message != null ? message : descriptor.message(),
                    descriptor.suggestion(), statement.source().name(), line, column));
        }
    }

    boolean raisedAny() {
        return raised;
    }

    List<Finding> findings() {
        return findings;
    }
}
