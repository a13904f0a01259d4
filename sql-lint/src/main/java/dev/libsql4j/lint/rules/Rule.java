package dev.libsql4j.lint.rules;

import dev.libsql4j.lint.RuleDescriptor;
import dev.libsql4j.lint.statement.SqlStatement;
import java.util.List;

/**
 * A family of related checks (for example everything about ALTER TABLE), each check with its
 * own rule id. Implementations are stateless and thread-safe; the linter calls
 * {@link #check} once per statement and decides itself which reports become findings
 * (target version, suppressions, configured severities).
 */
public interface Rule {

    /** Every rule id this family can report, with its defaults. */
    List<RuleDescriptor> descriptors();

    /** Looks at one statement and reports what it finds to {@code context}. */
    void check(SqlStatement statement, RuleContext context);
}
