package dev.libsql4j.lint.rules;

import static dev.libsql4j.lint.RuleDescriptor.since;
import static dev.libsql4j.lint.RuleDescriptor.unsupported;

import dev.libsql4j.lint.RuleDescriptor;
import dev.libsql4j.lint.Severity;
import dev.libsql4j.lint.SqliteVersion;
import dev.libsql4j.lint.statement.SqlStatement;
import dev.libsql4j.lint.statement.TokenPattern;
import java.util.List;
import java.util.Optional;

/**
 * UPDATE and DELETE that reach other tables: UPDATE … FROM (SQLite 3.33+), and the multi-table
 * forms SQLite never had (MySQL UPDATE … JOIN and DELETE t FROM …, PostgreSQL DELETE … USING);
 * and SELECT … INTO, which SQLite does not have in any form.
 */
public final class DmlRules implements Rule {

    static final RuleDescriptor UPDATE_FROM = since(SqliteVersion.of(33), "update-from",
            "UPDATE … FROM needs SQLite 3.33",
            "use a correlated subquery: UPDATE t SET c = (SELECT … FROM o WHERE o.id = t.id) WHERE …");
    static final RuleDescriptor MULTI_TABLE = unsupported("multi-table-dml", Severity.ERROR,
            "SQLite updates or deletes rows of one table, named right after UPDATE / DELETE FROM (no JOIN, USING or target list)",
            "UPDATE t SET … FROM other WHERE … (3.33+), or DELETE FROM t WHERE id IN (SELECT … JOIN …)");

    static final RuleDescriptor SELECT_INTO = unsupported("select-into", Severity.ERROR,
            "SQLite has no SELECT … INTO (a new table, or variables)",
            "use CREATE TABLE new_table AS SELECT …, or read the values in the application");

    private static final TokenPattern INTO = TokenPattern.of("INTO");
    /** INTO after these belongs to INSERT / REPLACE / VACUUM / MERGE, which SQLite or other rules judge. */
    private static final TokenPattern INTO_OWNER = TokenPattern.of("INSERT|REPLACE|IGNORE|ROLLBACK|ABORT|FAIL|VACUUM|MERGE");
    /** {@code VACUUM schema INTO 'file'} is SQLite. */
    private static final TokenPattern VACUUM = TokenPattern.of("VACUUM");
    private static final TokenPattern UPDATE = TokenPattern.of("UPDATE");
    private static final TokenPattern DELETE = TokenPattern.of("DELETE");
    private static final TokenPattern SET = TokenPattern.of("SET");
    private static final TokenPattern FROM = TokenPattern.of("FROM");
    private static final TokenPattern WHERE_OR_END = TokenPattern.of("WHERE|RETURNING|ORDER|LIMIT|;");
    private static final TokenPattern JOIN_OR_USING = TokenPattern.of("JOIN|USING|,");
    /**
     * UPDATE / DELETE start a statement only at the start, after a {@code ;} or BEGIN (trigger
     * bodies), after a CTE's {@code )} or in an upsert's DO; elsewhere they are trigger events,
     * privileges or foreign-key actions.
     */
    private static final TokenPattern STATEMENT_BOUNDARY = TokenPattern.of(";|BEGIN|)|DO");

    @Override
    public List<RuleDescriptor> descriptors() {
        return List.of(UPDATE_FROM, MULTI_TABLE, SELECT_INTO);
    }

    @Override
    public void check(SqlStatement statement, RuleContext context) {
        for (int at : statement.findAll(INTO)) {
            if (at > 0 && !statement.matchesAt(INTO_OWNER, at - 1) && !statement.startsWith(VACUUM)) {
                context.report(SELECT_INTO.id(), at);
            }
        }
        for (int at : statement.findAll(UPDATE)) {
            if (at == 0 || statement.matchesAt(STATEMENT_BOUNDARY, at - 1)) {
                checkUpdate(statement, at, context);
            }
        }
        for (int at : statement.findAll(DELETE)) {
            if ((at == 0 || statement.matchesAt(STATEMENT_BOUNDARY, at - 1)) && at + 1 < statement.size()) {
                checkDelete(statement, at, context);
            }
        }
    }

    private static void checkUpdate(SqlStatement statement, int update, RuleContext context) {
        int depth = statement.depth(update);
        Optional<Integer> set = statement.find(SET, update + 1, depth);
        if (set.isEmpty()) {
            return;
        }
        firstBetween(statement, JOIN_OR_USING, update + 1, set.get(), depth).ifPresent(at -> context.report(MULTI_TABLE.id(), at));
        int end = statement.find(WHERE_OR_END, set.get(), depth).orElse(statement.size());
        firstBetween(statement, FROM, set.get(), end, depth).ifPresent(at -> context.report(UPDATE_FROM.id(), at));
    }

    private static void checkDelete(SqlStatement statement, int delete, RuleContext context) {
        int depth = statement.depth(delete);
        if (!statement.matchesAt(FROM, delete + 1)) {
            context.report(MULTI_TABLE.id(), delete + 1);
            return;
        }
        int end = statement.find(WHERE_OR_END, delete + 1, depth).orElse(statement.size());
        firstBetween(statement, JOIN_OR_USING, delete + 2, end, depth).ifPresent(at -> context.report(MULTI_TABLE.id(), at));
    }

    private static Optional<Integer> firstBetween(SqlStatement statement, TokenPattern pattern, int from, int to, int depth) {
        return statement.find(pattern, from, depth).filter(at -> at < to);
    }
}
