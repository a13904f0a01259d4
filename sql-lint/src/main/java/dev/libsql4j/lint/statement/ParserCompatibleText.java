package dev.libsql4j.lint.statement;

import dev.libsql4j.lint.lexer.Token;
import dev.libsql4j.lint.lexer.TokenType;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The statement's text with SQLite-only syntax that JSqlParser does not know taken out or
 * replaced by an equivalent it does know, so that a valid SQLite statement can still be
 * confirmed as readable SQL. The result is only ever parsed, never reported or executed.
 *
 * <p>Each edit names the SQLite syntax JSqlParser 5.3 rejects (checked against the clean corpus):
 * table options {@code WITHOUT ROWID} / {@code STRICT}; conflict clauses {@code ON CONFLICT
 * REPLACE} and {@code INSERT/UPDATE OR IGNORE}; {@code IF NOT EXISTS} on indexes and views;
 * {@code DEFERRABLE INITIALLY DEFERRED}; the {@code GLOB}, {@code REGEXP} and {@code MATCH} operators;
 * {@code [bracketed]} identifiers; hexadecimal integers; {@code IS [NOT]} between two values;
 * the WHERE of a partial index; the {@code ANY} column type of STRICT tables; {@code INDEXED BY} /
 * {@code NOT INDEXED}; and in column definitions signed and blob defaults, {@code MATCH} and the
 * foreign-key actions SET NULL / SET DEFAULT / NO ACTION / RESTRICT. Framework placeholders
 * ({@link dev.libsql4j.lint.lexer.TokenType#TEMPLATE}) become a parameter, their content, or nothing.
 */
final class ParserCompatibleText {

    private static final TokenPattern CONFLICT_CLAUSE = TokenPattern.of("ON CONFLICT ROLLBACK|ABORT|FAIL|IGNORE|REPLACE");
    private static final TokenPattern OR_RESOLUTION = TokenPattern.of("INSERT|UPDATE OR ROLLBACK|ABORT|FAIL|IGNORE|REPLACE");
    private static final TokenPattern IF_NOT_EXISTS_TARGET =
            TokenPattern.of("CREATE UNIQUE|TEMP|TEMPORARY? INDEX|VIEW IF NOT EXISTS");
    private static final TokenPattern DEFERRABLE = TokenPattern.of("NOT? DEFERRABLE INITIALLY? DEFERRED|IMMEDIATE?");
    private static final TokenPattern LIKE_OPERATOR = TokenPattern.of("GLOB|REGEXP|MATCH");
    private static final TokenPattern CREATE_TABLE = TokenPattern.of("CREATE TEMP|TEMPORARY? TABLE");
    private static final TokenPattern TABLE_OPTION = TokenPattern.of("WITHOUT|ROWID|STRICT|,");
    private static final TokenPattern ANY_COLUMN_TYPE = TokenPattern.of("@ ANY ,|)");
    private static final TokenPattern INDEXED_BY = TokenPattern.of("INDEXED BY @");
    private static final TokenPattern NOT_INDEXED = TokenPattern.of("NOT INDEXED");
    private static final TokenPattern MATCH_NAME = TokenPattern.of("MATCH @ ,|)|ON|NOT|DEFERRABLE");
    private static final TokenPattern FOREIGN_KEY_ACTION = TokenPattern.of("ON DELETE|UPDATE SET|NO|RESTRICT NULL|DEFAULT|ACTION?");
    private static final TokenPattern SIGNED_DEFAULT = TokenPattern.of("DEFAULT -|+ 0");
    private static final TokenPattern BLOB_PREFIX = TokenPattern.of("X '");
    private static final TokenPattern BRACKETED = TokenPattern.of("[]");
    private static final TokenPattern NUMBER = TokenPattern.of("0");
    private static final TokenPattern IS_NOT = TokenPattern.of("IS NOT");
    private static final TokenPattern IS = TokenPattern.of("IS");
    /** What may follow IS in the SQL JSqlParser knows; after anything else SQLite's IS compares two values. */
    private static final TokenPattern STANDARD_IS_OPERAND = TokenPattern.of("NOT? NULL|TRUE|FALSE|UNKNOWN|DISTINCT");
    private static final TokenPattern CREATE_INDEX = TokenPattern.of("CREATE UNIQUE? INDEX");
    private static final TokenPattern WHERE = TokenPattern.of("WHERE");

    private ParserCompatibleText() {
    }

    /** The rewritten text, or the original text when nothing needed rewriting. */
    static String of(SqlStatement statement) {
        Map<Integer, String> replacements = new HashMap<>();
        for (int i = 0; i < statement.size(); i++) {
            dropMatch(statement, CONFLICT_CLAUSE, i, replacements);
            dropMatch(statement, DEFERRABLE, i, replacements);
            dropMatch(statement, INDEXED_BY, i, replacements);
            dropMatch(statement, NOT_INDEXED, i, replacements);
            rewriteColumnConstraint(statement, i, replacements);
            if (statement.matchesAt(LIKE_OPERATOR, i) && i > 0) {
                replacements.put(i, "LIKE");
            }
            rewriteLiteral(statement, i, replacements);
            rewriteIs(statement, i, replacements);
        }
        if (statement.matchesAt(OR_RESOLUTION, 0)) {
            replacements.put(1, "");
            replacements.put(2, "");
        }
        int ifNotExists = statement.endOfMatch(IF_NOT_EXISTS_TARGET, 0);
        if (ifNotExists > 0) {
            for (int i = ifNotExists - 3; i < ifNotExists; i++) {
                replacements.put(i, "");
            }
        }
        if (statement.startsWith(CREATE_TABLE)) {
            dropTableOptions(statement, replacements);
        }
        if (statement.startsWith(CREATE_INDEX)) {
            statement.find(WHERE, 0, 0).ifPresent(where -> {
                for (int i = where; i < statement.size(); i++) {
                    replacements.put(i, "");
                }
            });
        }
        return apply(statement, replacements);
    }

    private static void rewriteLiteral(SqlStatement statement, int at, Map<Integer, String> replacements) {
        Token token = statement.token(at);
        if (token.type() == TokenType.TEMPLATE) {
            replacements.put(at, placeholderFor(token.text()));
        } else if (statement.matchesAt(BRACKETED, at)) {
            replacements.put(at, '"' + token.text().substring(1, token.text().length() - 1).replace("\"", "\"\"") + '"');
        } else if (statement.matchesAt(NUMBER, at) && token.text().toLowerCase(Locale.ROOT).startsWith("0x")) {
            replacements.put(at, "0");
        }
    }

    /** Forms JSqlParser accepts for the same column constraint; only readability matters here. */
    private static void rewriteColumnConstraint(SqlStatement statement, int at, Map<Integer, String> replacements) {
        if (statement.matchesAt(MATCH_NAME, at)) {
            replacements.put(at, "");
            replacements.put(at + 1, "");
        }
        int action = statement.endOfMatch(FOREIGN_KEY_ACTION, at);
        if (action > 0) {
            replacements.put(at + 2, "CASCADE");
            for (int i = at + 3; i < action; i++) {
                replacements.put(i, "");
            }
        }
        if (statement.matchesAt(SIGNED_DEFAULT, at)) {
            replacements.put(at + 1, "(" + statement.token(at + 1).text());
            replacements.put(at + 2, statement.token(at + 2).text() + ")");
        }
        if (statement.matchesAt(BLOB_PREFIX, at) && statement.token(at).end() == statement.token(at + 1).start()) {
            replacements.put(at, "");
        }
    }

    /** {@code :#{…}}/{@code ?#{…}} are bind parameters, {@code {h-schema}} a schema prefix, {@code #{#entityName}} and {@code {a.*}} names. */
    private static String placeholderFor(String template) {
        if (template.startsWith(":") || template.startsWith("?")) {
            return "?";
        }
        if (template.startsWith("{h-")) {
            return "";
        }
        String content = template.substring(template.indexOf('{') + 1, Math.max(template.indexOf('{') + 1, template.length() - 1));
        return content.startsWith("#") || content.isBlank() ? "template_name" : content;
    }

    private static void rewriteIs(SqlStatement statement, int at, Map<Integer, String> replacements) {
        if (!statement.matchesAt(IS, at) || statement.matchesAt(STANDARD_IS_OPERAND, at + 1)
                || (statement.matchesAt(IS_NOT, at) && statement.matchesAt(STANDARD_IS_OPERAND, at + 2))) {
            return;
        }
        if (statement.matchesAt(IS_NOT, at)) {
            replacements.put(at, "<>");
            replacements.put(at + 1, "");
        } else {
            replacements.put(at, "=");
        }
    }

    private static void dropMatch(SqlStatement statement, TokenPattern pattern, int at, Map<Integer, String> replacements) {
        int end = statement.endOfMatch(pattern, at);
        for (int i = at; i < end; i++) {
            replacements.put(i, "");
        }
    }

    /** WITHOUT ROWID and STRICT follow the column list's closing parenthesis; ANY is a STRICT table's column type. */
    private static void dropTableOptions(SqlStatement statement, Map<Integer, String> replacements) {
        for (int at : statement.findAll(ANY_COLUMN_TYPE)) {
            replacements.put(at + 1, "BLOB");
        }
        statement.find(TokenPattern.of("("), 0, 0).ifPresent(open -> {
            for (int i = statement.closingParenthesis(open) + 1; i < statement.size(); i++) {
                if (statement.matchesAt(TABLE_OPTION, i)) {
                    replacements.put(i, "");
                }
            }
        });
    }

    private static String apply(SqlStatement statement, Map<Integer, String> replacements) {
        if (replacements.isEmpty()) {
            return statement.text();
        }
        String source = statement.source().text();
        StringBuilder text = new StringBuilder();
        int copied = statement.token(0).start();
        for (int i = 0; i < statement.size(); i++) {
            Token token = statement.token(i);
            String replacement = replacements.get(i);
            if (replacement != null) {
                text.append(source, copied, token.start()).append(replacement);
                copied = token.end();
            }
        }
        return text.append(source, copied, statement.token(statement.size() - 1).end()).toString();
    }
}
