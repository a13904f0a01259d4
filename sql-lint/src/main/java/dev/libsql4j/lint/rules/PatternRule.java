package dev.libsql4j.lint.rules;

import dev.libsql4j.lint.RuleDescriptor;
import dev.libsql4j.lint.statement.SqlStatement;
import dev.libsql4j.lint.statement.TokenPattern;
import java.util.ArrayList;
import java.util.List;

/**
 * A rule family whose checks are token patterns: each rule id has one or more patterns, matched
 * either anywhere in a statement or only at its start. Families extend this and list their checks
 * in their constructor, which keeps a check down to one readable line.
 */
public abstract class PatternRule implements Rule {

    private final List<RuleDescriptor> descriptors = new ArrayList<>();
    private final List<Check> checks = new ArrayList<>();

    /** Reports {@code descriptor} wherever one of {@code patterns} matches, at the pattern's first token. */
    protected final void anywhere(RuleDescriptor descriptor, String... patterns) {
        add(descriptor, false, 0, patterns);
    }

    /** Like {@link #anywhere} but reports at token {@code offset} of the match, e.g. OVER in {@code ) OVER (}. */
    protected final void anywhereAt(int offset, RuleDescriptor descriptor, String... patterns) {
        add(descriptor, false, offset, patterns);
    }

    /** Reports {@code descriptor} when the statement starts with one of {@code patterns}. */
    protected final void atStart(RuleDescriptor descriptor, String... patterns) {
        add(descriptor, true, 0, patterns);
    }

    private void add(RuleDescriptor descriptor, boolean atStart, int offset, String... patterns) {
        if (!descriptors.contains(descriptor)) {
            descriptors.add(descriptor);
        }
        for (String pattern : patterns) {
            checks.add(new Check(descriptor.id(), TokenPattern.of(pattern), atStart, offset));
        }
    }

    @Override
    public final List<RuleDescriptor> descriptors() {
        return List.copyOf(descriptors);
    }

    @Override
    public final void check(SqlStatement statement, RuleContext context) {
        for (Check check : checks) {
            if (check.atStart()) {
                if (statement.startsWith(check.pattern())) {
                    context.report(check.ruleId(), 0);
                }
            } else {
                for (int start : statement.findAll(check.pattern())) {
                    context.report(check.ruleId(), start + check.offset());
                }
            }
        }
    }

    private record Check(String ruleId, TokenPattern pattern, boolean atStart, int offset) {
    }
}
