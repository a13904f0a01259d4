package dev.libsql4j.lint.rules;

import static dev.libsql4j.lint.RuleDescriptor.unsupported;

import dev.libsql4j.lint.RuleDescriptor;
import dev.libsql4j.lint.Severity;
import dev.libsql4j.lint.statement.SqlStatement;
import dev.libsql4j.lint.statement.TokenPattern;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Table names qualified with a schema or database ({@code public.accounts}, {@code shop.orders}).
 * In SQLite the qualifier names an attached database, and only {@code main} and {@code temp}
 * always exist; pg_dump and MySQL dumps qualify everything. A warning, because a deliberately
 * ATTACHed database is legitimate.
 */
public final class QualifiedNameRule implements Rule {

    static final RuleDescriptor QUALIFIED_NAME = unsupported("schema-qualified-name", Severity.WARNING,
            "the qualifier must be an attached database in SQLite; only main and temp always exist",
            "drop the schema/database prefix (public.t → t), or ATTACH the database under that name");

    /** Object names follow these keywords; elsewhere {@code a.b} is usually alias.column. */
    private static final TokenPattern NAME_POSITION =
            TokenPattern.of("TABLE|VIEW|INDEX|TRIGGER|INTO|REFERENCES|FROM|JOIN|UPDATE IF? NOT? EXISTS? @ . @");
    /** In CREATE INDEX … ON the table name follows ON, which elsewhere starts a join condition. */
    private static final TokenPattern INDEX_TABLE = TokenPattern.of("ON @ . @");
    private static final TokenPattern CREATE_INDEX = TokenPattern.of("CREATE UNIQUE? INDEX");
    private static final Set<String> ALWAYS_PRESENT = Set.of("main", "temp");

    @Override
    public List<RuleDescriptor> descriptors() {
        return List.of(QUALIFIED_NAME);
    }

    @Override
    public void check(SqlStatement statement, RuleContext context) {
        boolean createIndex = statement.startsWith(CREATE_INDEX);
        for (int i = 0; i < statement.size(); i++) {
            int end = statement.endOfMatch(NAME_POSITION, i);
            if (end < 0 && createIndex) {
                end = statement.endOfMatch(INDEX_TABLE, i);
            }
            if (end > 0) {
                int qualifier = end - 3;
                String name = statement.token(qualifier).identifier();
                if (!ALWAYS_PRESENT.contains(name.toLowerCase(Locale.ROOT))) {
                    context.report(QUALIFIED_NAME.id(), qualifier);
                }
            }
        }
    }
}
