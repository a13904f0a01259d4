package dev.libsql4j.lint.statement;

import java.util.List;
import java.util.Optional;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.UnsupportedStatement;

/**
 * Decides whether a statement is SQL we could read, so that nothing unreadable passes unchecked.
 *
 * <p>JSqlParser is the judge for standard SQL. It does not know several SQLite statements and
 * clauses, so a statement is also readable when it is one of SQLite's own statements (PRAGMA,
 * ATTACH, VACUUM, transaction control, virtual tables, triggers whose body statements are each
 * readable, libSQL's {@code ALTER COLUMN … TO}) or when it parses once SQLite-only clauses are
 * rewritten ({@link ParserCompatibleText}).
 */
public final class SyntaxCheck {

    /** Statements JSqlParser does not know, matched in full (or, for open-ended ones, as a prefix). */
    private static final List<TokenPattern> SQLITE_STATEMENTS = List.of(
            TokenPattern.of("BEGIN DEFERRED|IMMEDIATE|EXCLUSIVE? TRANSACTION?"),
            TokenPattern.of("END|COMMIT TRANSACTION?"),
            TokenPattern.of("ROLLBACK TRANSACTION?"),
            TokenPattern.of("ROLLBACK TRANSACTION? TO SAVEPOINT? @"),
            TokenPattern.of("SAVEPOINT @"),
            TokenPattern.of("RELEASE SAVEPOINT? @"),
            TokenPattern.of("DETACH DATABASE? @"),
            TokenPattern.of("DROP TRIGGER IF? EXISTS? @ .? @?"),
            TokenPattern.of("VACUUM @?"),
            TokenPattern.of("ANALYZE @? .? @?"),
            TokenPattern.of("REINDEX @? .? @?"));
    private static final List<TokenPattern> SQLITE_STATEMENT_PREFIXES = List.of(
            TokenPattern.of("PRAGMA"),
            TokenPattern.of("ATTACH"),
            TokenPattern.of("VACUUM INTO"),
            TokenPattern.of("VACUUM @ INTO"),
            TokenPattern.of("CREATE VIRTUAL TABLE"));
    private static final TokenPattern TRIGGER = TokenPattern.of("CREATE TEMP|TEMPORARY? TRIGGER");
    private static final TokenPattern LIBSQL_ALTER_COLUMN = TokenPattern.of("ALTER COLUMN? @ TO");
    private static final TokenPattern EXPLAIN = TokenPattern.of("EXPLAIN QUERY? PLAN?");

    private SyntaxCheck() {
    }

    /** Empty when the statement is readable; otherwise the parser's reason, for the finding. */
    public static Optional<String> unreadableReason(SqlStatement statement) {
        if (isSqliteStatement(statement)) {
            return Optional.empty();
        }
        if (statement.startsWith(TRIGGER)) {
            return triggerBody(statement);
        }
        int explained = statement.endOfMatch(EXPLAIN, 0);
        if (explained > 0) {
            return explained == statement.size() ? Optional.of("EXPLAIN needs a statement")
                    : unreadableReason(statement.slice(explained, statement.size()));
        }
        Optional<String> problem = parse(statement.text());
        if (problem.isEmpty()) {
            return problem;
        }
        String rewritten = ParserCompatibleText.of(statement);
        return rewritten.equals(statement.text()) || parse(rewritten).isPresent() ? problem : Optional.empty();
    }

    private static boolean isSqliteStatement(SqlStatement statement) {
        for (TokenPattern pattern : SQLITE_STATEMENTS) {
            if (statement.endOfMatch(pattern, 0) == statement.size()) {
                return true;
            }
        }
        for (TokenPattern pattern : SQLITE_STATEMENT_PREFIXES) {
            if (statement.startsWith(pattern)) {
                return true;
            }
        }
        return statement.startsWith(TokenPattern.of("ALTER TABLE"))
                && statement.find(LIBSQL_ALTER_COLUMN, 2, 0).isPresent();
    }

    /** A trigger is readable when each statement between its BEGIN and END is. */
    private static Optional<String> triggerBody(SqlStatement trigger) {
        Optional<Integer> begin = trigger.find(TokenPattern.of("BEGIN"), 0, 0);
        if (begin.isEmpty() || !trigger.token(trigger.size() - 1).isWord("END")) {
            return Optional.of("a SQLite trigger needs a BEGIN … END body");
        }
        int start = begin.get() + 1;
        for (int i = start; i < trigger.size() - 1; i++) {
            if (trigger.token(i).isSymbol(";")) {
                if (i > start) {
                    Optional<String> problem = unreadableReason(trigger.slice(start, i));
                    if (problem.isPresent()) {
                        return problem;
                    }
                }
                start = i + 1;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> parse(String sql) {
        try {
            Statement parsed = CCJSqlParserUtil.parse(sql);
            return parsed instanceof UnsupportedStatement
                    ? Optional.of("statement type not recognised")
                    : Optional.empty();
        } catch (JSQLParserException | RuntimeException e) {
            return Optional.of(firstLine(e));
        }
    }

    private static String firstLine(Exception e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String message = String.valueOf(cause.getMessage());
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).trim();
    }
}
