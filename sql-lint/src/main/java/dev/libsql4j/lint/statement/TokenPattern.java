package dev.libsql4j.lint.statement;

import dev.libsql4j.lint.lexer.Token;
import dev.libsql4j.lint.lexer.TokenType;
import java.util.ArrayList;
import java.util.List;

/**
 * A short sequence of tokens to look for, written like the SQL it matches.
 *
 * <p>Elements are separated by spaces. An element is a keyword ({@code JOIN}), a symbol
 * ({@code (}, {@code ::}), alternatives ({@code RIGHT|FULL}), any identifier ({@code @}) or any
 * token ({@code #}); a trailing {@code ?} makes it optional, matched greedily. Keywords match
 * case-insensitively and only unquoted words, so {@code "ilike"} or {@code 'ilike'} never match
 * {@code ILIKE}.
 */
public final class TokenPattern {

    private final List<Element> elements;
    private final String source;

    private TokenPattern(List<Element> elements, String source) {
        this.elements = elements;
        this.source = source;
    }

    /** Compiles a pattern such as {@code "RIGHT|FULL OUTER? JOIN"}. */
    public static TokenPattern of(String pattern) {
        List<Element> elements = new ArrayList<>();
        for (String part : pattern.trim().split("\\s+")) {
            boolean optional = part.length() > 1 && part.endsWith("?");
            String body = optional ? part.substring(0, part.length() - 1) : part;
            elements.add(new Element(List.of(body.split("\\|")), optional));
        }
        return new TokenPattern(List.copyOf(elements), pattern);
    }

    /** The index just past the match when the pattern matches at {@code start}, else -1. */
    int matchAt(List<Token> tokens, int start) {
        int at = start;
        for (Element element : elements) {
            if (at < tokens.size() && element.matches(tokens.get(at))) {
                at++;
            } else if (!element.optional()) {
                return -1;
            }
        }
        return at;
    }

    @Override
    public String toString() {
        return source;
    }

    private record Element(List<String> alternatives, boolean optional) {
        boolean matches(Token token) {
            for (String alternative : alternatives) {
                if (matches(alternative, token)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean matches(String alternative, Token token) {
            switch (alternative) {
                case "#":
                    return true;
                case "@":
                    return token.isIdentifier();
                case "'":
                    return token.type() == TokenType.STRING;
                case "0":
                    return token.type() == TokenType.NUMBER;
                case "[]":
                    return token.type() == TokenType.QUOTED_IDENTIFIER && token.text().startsWith("[");
                default:
                    return Character.isLetter(alternative.charAt(0)) ? token.isWord(alternative) : token.isSymbol(alternative);
            }
        }
    }
}
