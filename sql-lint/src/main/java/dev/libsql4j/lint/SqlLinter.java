package dev.libsql4j.lint;

import dev.libsql4j.lint.lexer.LineMap;
import dev.libsql4j.lint.lexer.SqlLexer;
import dev.libsql4j.lint.rules.Rule;
import dev.libsql4j.lint.statement.SqlStatement;
import dev.libsql4j.lint.statement.StatementSplitter;
import dev.libsql4j.lint.statement.SyntaxCheck;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Checks SQL for constructs the target SQLite / libSQL does not support.
 *
 * <pre>{@code
 * SqlLinter linter = SqlLinter.builder().targetVersion(SqliteVersion.parse("3.45.1")).build();
 * List<Finding> findings = linter.lint(SourceFile.read(Path.of("db/V1__init.sql")));
 * findings.forEach(f -> System.err.println(FindingFormatter.format(f)));
 * }</pre>
 *
 * <p>A linter is immutable and thread-safe; build one and reuse it for every file.
 */
public final class SqlLinter {

    private final SqliteVersion target;
    private final RuleCatalog catalog;
    private final Map<String, Severity> severities;
    private final Set<String> disabled;

    private SqlLinter(Builder builder) {
        this.target = builder.target;
        this.catalog = builder.catalog;
        this.severities = Map.copyOf(builder.severities);
        this.disabled = Set.copyOf(builder.disabled);
    }

    /** A builder with the defaults: target {@link SqliteVersion#SQLD_DEFAULT}, all rules, default severities. */
    public static Builder builder() {
        return new Builder();
    }

    /** The version findings are computed for. */
    public SqliteVersion targetVersion() {
        return target;
    }

    /** The findings of every statement in {@code source}, in source order. */
    public List<Finding> lint(SourceFile source) {
        LineMap lines = new LineMap(source.text(), source.firstLine(), source.firstColumn());
        List<Finding> findings = new ArrayList<>();
        for (SqlStatement statement : StatementSplitter.split(source, SqlLexer.tokenize(source.text()))) {
            findings.addAll(lint(statement, lines));
        }
        return findings;
    }

    private List<Finding> lint(SqlStatement statement, LineMap lines) {
        StatementFindings collector = new StatementFindings(statement, lines, this);
        for (Rule rule : catalog.rules()) {
            rule.check(statement, collector);
        }
        if (!collector.raisedAny()) {
            SyntaxCheck.unreadableReason(statement).ifPresent(reason ->
                    collector.report(RuleCatalog.UNPARSEABLE.id(), 0, RuleCatalog.UNPARSEABLE.message() + ": " + reason));
        }
        return collector.findings().stream()
                .sorted(Comparator.comparingInt(Finding::line).thenComparingInt(Finding::column))
                .toList();
    }

    RuleCatalog catalog() {
        return catalog;
    }

    /** True when findings of {@code ruleId} are reported at all. */
    boolean enabled(String ruleId) {
        return !disabled.contains(ruleId);
    }

    /** The configured severity of {@code descriptor}'s findings. */
    Severity severityOf(RuleDescriptor descriptor) {
        return severities.getOrDefault(descriptor.id(), descriptor.severity());
    }

    /** Configures a {@link SqlLinter}; rule ids are checked against the catalog so typos fail early. */
    public static final class Builder {

        private SqliteVersion target = SqliteVersion.SQLD_DEFAULT;
        private RuleCatalog catalog = RuleCatalog.standard();
        private final Map<String, Severity> severities = new HashMap<>();
        private final Set<String> disabled = new LinkedHashSet<>();

        private Builder() {
        }

        /** The SQLite version the SQL must run on; features newer than it are reported. */
        public Builder targetVersion(SqliteVersion version) {
            this.target = Objects.requireNonNull(version, "version");
            return this;
        }

        /** Reports {@code ruleId} with {@code severity} instead of its default. */
        public Builder severity(String ruleId, Severity severity) {
            severities.put(known(ruleId), Objects.requireNonNull(severity, "severity"));
            return this;
        }

        /** Reports every rule with {@code severity}, e.g. to turn all findings into warnings. */
        public Builder severityForAll(Severity severity) {
            for (RuleDescriptor descriptor : catalog.descriptors()) {
                severity(descriptor.id(), severity);
            }
            return this;
        }

        /** Never reports these rule ids. */
        public Builder disable(String... ruleIds) {
            for (String ruleId : ruleIds) {
                disabled.add(known(ruleId));
            }
            return this;
        }

        public SqlLinter build() {
            return new SqlLinter(this);
        }

        private String known(String ruleId) {
            if (catalog.descriptor(ruleId).isEmpty()) {
                throw new IllegalArgumentException("Unknown rule id: " + ruleId);
            }
            return ruleId;
        }
    }
}
