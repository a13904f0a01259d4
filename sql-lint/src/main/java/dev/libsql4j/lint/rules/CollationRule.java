package dev.libsql4j.lint.rules;

import static dev.libsql4j.lint.RuleDescriptor.unsupported;

import dev.libsql4j.lint.RuleDescriptor;
import dev.libsql4j.lint.Severity;
import dev.libsql4j.lint.statement.SqlStatement;
import dev.libsql4j.lint.statement.TokenPattern;
import java.util.List;
import java.util.Set;
import java.util.Locale;

/**
 * {@code COLLATE name} with a collation SQLite does not have ({@code utf8mb4_unicode_ci},
 * {@code "C"}, {@code "en_US"}…): SQLite fails with "no such collation sequence".
 */
public final class CollationRule implements Rule {

    static final RuleDescriptor UNKNOWN = unsupported("unknown-collation", Severity.ERROR,
            "SQLite only has the BINARY, NOCASE and RTRIM collations",
            "use COLLATE NOCASE for case-insensitive text, or drop the COLLATE clause");

    private static final TokenPattern COLLATE = TokenPattern.of("COLLATE @");
    private static final Set<String> BUILT_IN = Set.of("binary", "nocase", "rtrim");

    @Override
    public List<RuleDescriptor> descriptors() {
        return List.of(UNKNOWN);
    }

    @Override
    public void check(SqlStatement statement, RuleContext context) {
        for (int at : statement.findAll(COLLATE)) {
            String name = statement.token(at + 1).identifier();
            if (!BUILT_IN.contains(name.toLowerCase(Locale.ROOT))) {
                context.report(UNKNOWN.id(), at + 1, "SQLite has no collation " + name + " (only BINARY, NOCASE and RTRIM)");
            }
        }
    }
}
