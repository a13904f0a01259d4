package dev.libsql4j.lint.rules;

import static dev.libsql4j.lint.RuleDescriptor.unsupported;

import dev.libsql4j.lint.RuleDescriptor;
import dev.libsql4j.lint.Severity;
import dev.libsql4j.lint.statement.SqlStatement;
import dev.libsql4j.lint.statement.TokenPattern;
import java.util.List;
import java.util.Optional;

/**
 * Triggers written for another database. A SQLite trigger is {@code CREATE [TEMP] TRIGGER …
 * FOR EACH ROW [WHEN …] BEGIN stmt; … END} whose body holds only SELECT, INSERT, UPDATE,
 * DELETE and REPLACE statements, without WITH clauses (https://sqlite.org/lang_createtrigger.html);
 * PostgreSQL's EXECUTE FUNCTION and MySQL's bodies with SET, IF or DECLARE are reported here.
 */
public final class TriggerRules implements Rule {

    static final RuleDescriptor FOREIGN = unsupported("foreign-trigger", Severity.ERROR,
            "trigger written in another database's syntax",
            "write CREATE TRIGGER name AFTER|BEFORE INSERT|UPDATE|DELETE ON t FOR EACH ROW BEGIN <INSERT/UPDATE/DELETE/SELECT>; END");

    private static final TokenPattern CREATE = TokenPattern.of("CREATE");
    private static final TokenPattern TRIGGER = TokenPattern.of("TRIGGER");
    private static final TokenPattern SQLITE_HEAD = TokenPattern.of("CREATE TEMP|TEMPORARY? TRIGGER");
    private static final TokenPattern EXECUTE = TokenPattern.of("EXECUTE FUNCTION|PROCEDURE");
    private static final TokenPattern FOR_EACH_STATEMENT = TokenPattern.of("FOR EACH STATEMENT");
    private static final TokenPattern REFERENCING = TokenPattern.of("REFERENCING");
    private static final TokenPattern BEGIN = TokenPattern.of("BEGIN");
    private static final TokenPattern BODY_STATEMENT = TokenPattern.of("SELECT|INSERT|UPDATE|DELETE|REPLACE");

    @Override
    public List<RuleDescriptor> descriptors() {
        return List.of(FOREIGN);
    }

    @Override
    public void check(SqlStatement statement, RuleContext context) {
        if (!statement.startsWith(CREATE) || statement.find(TRIGGER, 1, 0).filter(at -> at <= 6).isEmpty()) {
            return;
        }
        if (!statement.startsWith(SQLITE_HEAD)) {
            context.report(FOREIGN.id(), 1, "CREATE " + statement.token(1).text() + " … TRIGGER is not SQLite");
        }
        statement.find(EXECUTE, 0, 0).ifPresent(at ->
                context.report(FOREIGN.id(), at, "SQLite triggers run a BEGIN … END body, not EXECUTE FUNCTION/PROCEDURE"));
        statement.find(FOR_EACH_STATEMENT, 0, 0).ifPresent(at ->
                context.report(FOREIGN.id(), at, "SQLite has only FOR EACH ROW triggers"));
        statement.find(REFERENCING, 0, 0).ifPresent(at ->
                context.report(FOREIGN.id(), at, "SQLite has no REFERENCING (use NEW and OLD)"));
        Optional<Integer> begin = statement.find(BEGIN, 0, 0);
        if (begin.isEmpty()) {
            if (statement.find(EXECUTE, 0, 0).isEmpty()) {
                context.report(FOREIGN.id(), 0, "a SQLite trigger needs a BEGIN … END body");
            }
            return;
        }
        checkBody(statement, begin.get() + 1, context);
    }

    /** Reports the first body statement SQLite does not allow in a trigger (the rest is usually more of the same). */
    private static void checkBody(SqlStatement statement, int from, RuleContext context) {
        boolean statementStart = true;
        for (int i = from; i < statement.size() - 1; i++) {
            if (statementStart && !statement.matchesAt(BODY_STATEMENT, i)) {
                context.report(FOREIGN.id(), i, statement.token(i).text() + " is not allowed in a SQLite trigger body");
                return;
            }
            statementStart = statement.token(i).isSymbol(";");
        }
    }
}
