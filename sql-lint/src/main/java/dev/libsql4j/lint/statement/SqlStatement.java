package dev.libsql4j.lint.statement;

import dev.libsql4j.lint.SourceFile;
import dev.libsql4j.lint.lexer.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One statement of a source: its code tokens (comments removed), the comments that belong to
 * it (those before it since the previous statement, and those inside it), and its parenthesis
 * depth per token. Rules query it through {@link TokenPattern}s.
 */
public final class SqlStatement {

    private final SourceFile source;
    private final List<Token> tokens;
    private final List<Token> comments;
    private final int[] depths;

    /** A statement over {@code tokens} (non-empty, no comments) of {@code source}. */
    public SqlStatement(SourceFile source, List<Token> tokens, List<Token> comments) {
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException("A statement has at least one token");
        }
        this.source = source;
        this.tokens = List.copyOf(tokens);
        this.comments = List.copyOf(comments);
        this.depths = new int[tokens.size()];
        int depth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.isSymbol(")")) {
                depth = Math.max(0, depth - 1);
            }
            depths[i] = depth;
            if (token.isSymbol("(")) {
                depth++;
            }
        }
    }

    public SourceFile source() {
        return source;
    }

    /** Code tokens, without comments and without the terminating semicolon. */
    public List<Token> tokens() {
        return tokens;
    }

    /** Comments before the statement (since the previous one) and inside it. */
    public List<Token> comments() {
        return comments;
    }

    public int size() {
        return tokens.size();
    }

    public Token token(int index) {
        return tokens.get(index);
    }

    /** Parenthesis depth of the token at {@code index}; the parentheses themselves count as outside. */
    public int depth(int index) {
        return depths[index];
    }

    /** The statement's source text from its first to its last token. */
    public String text() {
        return source.text().substring(tokens.get(0).start(), tokens.get(tokens.size() - 1).end());
    }

    /** The tokens {@code [from, to)} as a statement of their own, e.g. one statement of a trigger body. */
    public SqlStatement slice(int from, int to) {
        return new SqlStatement(source, tokens.subList(from, to), List.of());
    }

    /** True when the statement begins with the pattern. */
    public boolean startsWith(TokenPattern pattern) {
        return pattern.matchAt(tokens, 0) >= 0;
    }

    /** True when the pattern matches at {@code index}. */
    public boolean matchesAt(TokenPattern pattern, int index) {
        return pattern.matchAt(tokens, index) >= 0;
    }

    /** The index just past the pattern when it matches at {@code index}, else -1. */
    public int endOfMatch(TokenPattern pattern, int index) {
        return pattern.matchAt(tokens, index);
    }

    /** Start indexes of every match of the pattern, in order. */
    public List<Integer> findAll(TokenPattern pattern) {
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (pattern.matchAt(tokens, i) >= 0) {
                starts.add(i);
            }
        }
        return starts;
    }

    /** The first match at or after {@code from} at parenthesis depth {@code depth}. */
    public Optional<Integer> find(TokenPattern pattern, int from, int depth) {
        for (int i = from; i < tokens.size(); i++) {
            if (depths[i] == depth && pattern.matchAt(tokens, i) >= 0) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /** The index of the {@code )} closing the {@code (} at {@code open}, or the last index if unbalanced. */
    public int closingParenthesis(int open) {
        for (int i = open + 1; i < tokens.size(); i++) {
            if (depths[i] == depths[open] && tokens.get(i).isSymbol(")")) {
                return i;
            }
        }
        return tokens.size() - 1;
    }

    /**
     * Splits {@code [from, to)} at commas on parenthesis depth {@code depth}, e.g. the column
     * definitions of a CREATE TABLE or the actions of an ALTER TABLE. Each element is {from, to}.
     */
    public List<int[]> splitOnCommas(int from, int to, int depth) {
        List<int[]> parts = new ArrayList<>();
        int partStart = from;
        for (int i = from; i < to; i++) {
            if (depths[i] == depth && tokens.get(i).isSymbol(",")) {
                parts.add(new int[] {partStart, i});
                partStart = i + 1;
            }
        }
        if (partStart < to) {
            parts.add(new int[] {partStart, to});
        }
        return parts;
    }
}
