package dev.libsql4j.lint.rules;

import static dev.libsql4j.lint.RuleDescriptor.unsupported;

import dev.libsql4j.lint.RuleDescriptor;
import dev.libsql4j.lint.Severity;
import dev.libsql4j.lint.statement.SqlStatement;
import dev.libsql4j.lint.statement.TokenPattern;
import java.util.List;

/** DROP statements: SQLite drops one object, by name alone, without CASCADE. */
public final class DropRules implements Rule {

    static final RuleDescriptor CASCADE = unsupported("drop-cascade", Severity.ERROR,
            "SQLite has no DROP … CASCADE / RESTRICT",
            "drop dependent views and triggers explicitly first; foreign keys act through their ON DELETE actions");
    static final RuleDescriptor MULTIPLE = unsupported("drop-multiple", Severity.ERROR,
            "SQLite drops one object per DROP statement",
            "write one DROP statement per object");
    static final RuleDescriptor INDEX_ON_TABLE = unsupported("drop-index-on-table", Severity.ERROR,
            "DROP INDEX … ON table is MySQL",
            "write DROP INDEX index_name (index names are unique per database in SQLite)");

    private static final TokenPattern DROP = TokenPattern.of("DROP TABLE|VIEW|INDEX|TRIGGER");
    private static final TokenPattern CASCADE_OR_RESTRICT = TokenPattern.of("CASCADE|RESTRICT");
    private static final TokenPattern COMMA = TokenPattern.of(",");
    private static final TokenPattern DROP_INDEX_ON = TokenPattern.of("DROP INDEX IF? EXISTS? @ ON");

    @Override
    public List<RuleDescriptor> descriptors() {
        return List.of(CASCADE, MULTIPLE, INDEX_ON_TABLE);
    }

    @Override
    public void check(SqlStatement statement, RuleContext context) {
        if (!statement.startsWith(DROP)) {
            return;
        }
        int last = statement.size() - 1;
        if (statement.matchesAt(CASCADE_OR_RESTRICT, last)) {
            context.report(CASCADE.id(), last);
        }
        statement.find(COMMA, 2, 0).ifPresent(at -> context.report(MULTIPLE.id(), at));
        int on = statement.endOfMatch(DROP_INDEX_ON, 0);
        if (on > 0) {
            context.report(INDEX_ON_TABLE.id(), on - 1);
        }
    }
}
