package dev.libsql4j.lint.lexer;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits SQL text into tokens, understanding the quoting of SQLite, PostgreSQL and MySQL.
 *
 * <p>This is what keeps every rule honest: a rule that looks for {@code ILIKE} or {@code ::}
 * sees tokens, so the same characters inside a string literal, a quoted identifier, a comment
 * or a PostgreSQL dollar-quoted function body can never match. The lexer never fails: an
 * unterminated literal simply runs to the end of the input.
 */
public final class SqlLexer {

    /** Longest first, so that {@code ->>} is not read as {@code ->} followed by {@code >}. */
    private static final String[] MULTI_CHAR_SYMBOLS = {
        "!~*", "->>", "::", "||", "->", "<=", ">=", "<>", "!=", "==", "<<", ">>", "~*", "!~", ":="
    };

    private final String text;
    private int pos;
    /** The current MySQL client delimiter, null while it is the ordinary {@code ;}. */
    private String delimiter;
    /** True when the next token starts a statement, the only place a DELIMITER directive counts. */
    private boolean atStatementStart = true;

    private SqlLexer(String text) {
        this.text = text;
    }

    /** All tokens of {@code text}, comments included, in source order. */
    public static List<Token> tokenize(String text) {
        return new SqlLexer(text).run();
    }

    private List<Token> run() {
        List<Token> tokens = new ArrayList<>();
        while (true) {
            skipWhitespace();
            if (pos >= text.length()) {
                return tokens;
            }
            Token token = atStatementStart && startsDelimiterDirective() ? delimiterDirective() : next();
            if (token.type() != TokenType.COMMENT) {
                atStatementStart = token.type() == TokenType.DELIMITER || token.text().equals(";");
            }
            tokens.add(token);
        }
    }

    /** {@code DELIMITER x} alone on its line: a mysql client directive, not SQL. */
    private boolean startsDelimiterDirective() {
        int end = pos + "DELIMITER".length();
        return text.regionMatches(true, pos, "DELIMITER", 0, "DELIMITER".length())
                && end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t');
    }

    private Token delimiterDirective() {
        int start = pos;
        int lineEnd = text.indexOf('\n', start);
        pos = lineEnd < 0 ? text.length() : lineEnd;
        String chosen = text.substring(start + "DELIMITER".length(), pos).trim();
        delimiter = chosen.isEmpty() || chosen.equals(";") ? null : chosen;
        return token(TokenType.COMMENT, start);
    }

    private void skipWhitespace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private Token next() {
        int start = pos;
        if (delimiter != null && text.startsWith(delimiter, pos)) {
            pos += delimiter.length();
            return token(TokenType.DELIMITER, start);
        }
        char c = text.charAt(pos);
        if (c == '-' && peek(1) == '-') {
            return lineComment(start);
        }
        if (c == '/' && peek(1) == '*') {
            return until(start, "*/", 2, TokenType.COMMENT);
        }
        switch (c) {
            case '\'':
                return quoted(start, '\'', TokenType.STRING);
            case '"':
                return quoted(start, '"', TokenType.QUOTED_IDENTIFIER);
            case '`':
                return quoted(start, '`', TokenType.QUOTED_IDENTIFIER);
            case '[':
                // SQLite reads [x] as an identifier; PostgreSQL array brackets therefore show up here too.
                return until(start, "]", 1, TokenType.QUOTED_IDENTIFIER);
            case '$':
                return dollar(start);
            case '{':
                return until(start, "}", 1, TokenType.TEMPLATE);
            case '#':
                if (peek(1) == '{') {
                    return until(start, "}", 2, TokenType.TEMPLATE);
                }
                break;
            case '?':
                if (startsSpelTemplate()) {
                    return until(start, "}", 3, TokenType.TEMPLATE);
                }
                pos++;
                skipWhile(Character::isDigit);
                return token(TokenType.PARAMETER, start);
            case ':':
                if (startsSpelTemplate()) {
                    return until(start, "}", 3, TokenType.TEMPLATE);
                }
                return namedParameter(start);
            case '@':
                return namedParameter(start);
            default:
                break;
        }
        if (Character.isDigit(c) || (c == '.' && Character.isDigit(peek(1)))) {
            return number(start);
        }
        return wordOrSymbol(start, c);
    }

    private Token wordOrSymbol(int start, char c) {
        if (isIdentifierStart(c)) {
            // A custom delimiter ends a word the way the mysql client sees it: END$$ is END then $$.
            while (pos < text.length() && isIdentifierPart(text.charAt(pos))
                    && (delimiter == null || !text.startsWith(delimiter, pos))) {
                pos++;
            }
            return token(TokenType.WORD, start);
        }
        for (String symbol : MULTI_CHAR_SYMBOLS) {
            if (text.startsWith(symbol, pos)) {
                pos += symbol.length();
                return token(TokenType.SYMBOL, start);
            }
        }
        pos++;
        return token(TokenType.SYMBOL, start);
    }

    /** Spring Data's {@code :#{…}} / {@code ?#{…}} SpEL parameters. */
    private boolean startsSpelTemplate() {
        return peek(1) == '#' && peek(2) == '{';
    }

    /** {@code :name} / {@code @name}; a lone {@code :} or {@code @} is a symbol. */
    private Token namedParameter(int start) {
        if (!isIdentifierStart(peek(1))) {
            return wordOrSymbol(start, text.charAt(start));
        }
        pos++;
        skipWhile(SqlLexer::isIdentifierPart);
        return token(TokenType.PARAMETER, start);
    }

    private Token lineComment(int start) {
        while (pos < text.length() && text.charAt(pos) != '\n') {
            pos++;
        }
        return token(TokenType.COMMENT, start);
    }

    /** A literal closed by a doubled quote escape, as in {@code 'it''s'} and {@code "a""b"}. */
    private Token quoted(int start, char quote, TokenType type) {
        pos++;
        while (pos < text.length()) {
            if (text.charAt(pos) == quote) {
                if (peek(1) == quote) {
                    pos += 2;
                    continue;
                }
                pos++;
                break;
            }
            pos++;
        }
        return token(type, start);
    }

    private Token until(int start, String terminator, int openerLength, TokenType type) {
        int close = text.indexOf(terminator, start + openerLength);
        pos = close < 0 ? text.length() : close + terminator.length();
        return token(type, start);
    }

    /** {@code $$…$$} and {@code $tag$…$tag$} are PostgreSQL strings (function bodies); {@code $name} is a parameter. */
    private Token dollar(int start) {
        int tagEnd = start + 1;
        while (tagEnd < text.length() && isIdentifierPart(text.charAt(tagEnd)) && text.charAt(tagEnd) != '$') {
            tagEnd++;
        }
        if (tagEnd < text.length() && text.charAt(tagEnd) == '$') {
            String tag = text.substring(start, tagEnd + 1);
            return until(start, tag, tag.length(), TokenType.STRING);
        }
        pos = tagEnd;
        return token(TokenType.PARAMETER, start);
    }

    private Token number(int start) {
        if (text.charAt(pos) == '0' && (peek(1) == 'x' || peek(1) == 'X')) {
            pos += 2;
            skipWhile(ch -> Character.digit(ch, 16) >= 0);
            return token(TokenType.NUMBER, start);
        }
        skipWhile(Character::isDigit);
        if (pos < text.length() && text.charAt(pos) == '.') {
            pos++;
            skipWhile(Character::isDigit);
        }
        if ((peek(0) == 'e' || peek(0) == 'E')
                && (Character.isDigit(peek(1)) || ((peek(1) == '+' || peek(1) == '-') && Character.isDigit(peek(2))))) {
            pos += 2;
            skipWhile(Character::isDigit);
        }
        return token(TokenType.NUMBER, start);
    }

    private char peek(int ahead) {
        int at = pos + ahead;
        return at < text.length() ? text.charAt(at) : '\0';
    }

    private void skipWhile(CharPredicate predicate) {
        while (pos < text.length() && predicate.test(text.charAt(pos))) {
            pos++;
        }
    }

    private Token token(TokenType type, int start) {
        return new Token(type, text.substring(start, pos), start, pos);
    }

    private static boolean isIdentifierStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private static boolean isIdentifierPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    @FunctionalInterface
    private interface CharPredicate {
        boolean test(char c);
    }
}
