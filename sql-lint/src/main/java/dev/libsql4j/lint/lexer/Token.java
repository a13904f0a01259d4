package dev.libsql4j.lint.lexer;

/**
 * One lexical token of a SQL source, with its character range in that source.
 *
 * @param type  what kind of token it is
 * @param text  the exact source text of the token
 * @param start offset of the first character in the source
 * @param end   offset just past the last character
 */
public record Token(TokenType type, String text, int start, int end) {

    /** True for a {@link TokenType#WORD} equal to {@code word}, ignoring case (keywords are case-insensitive). */
    public boolean isWord(String word) {
        return type == TokenType.WORD && text.equalsIgnoreCase(word);
    }

    /** True for a {@link TokenType#SYMBOL} with exactly this text. */
    public boolean isSymbol(String symbol) {
        return type == TokenType.SYMBOL && text.equals(symbol);
    }

    /** The name an identifier token stands for: quotes removed from a quoted identifier, a word as written. */
    public String identifier() {
        if (type != TokenType.QUOTED_IDENTIFIER || text.length() < 2) {
            return text;
        }
        String inner = text.substring(1, text.length() - 1);
        char quote = text.charAt(0);
        return quote == '[' ? inner : inner.replace(String.valueOf(quote) + quote, String.valueOf(quote));
    }

    /** True for anything that can name a column or table: a word or a quoted identifier. */
    public boolean isIdentifier() {
        return type == TokenType.WORD || type == TokenType.QUOTED_IDENTIFIER;
    }
}
