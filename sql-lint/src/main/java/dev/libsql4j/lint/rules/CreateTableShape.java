package dev.libsql4j.lint.rules;

import dev.libsql4j.lint.statement.SqlStatement;
import dev.libsql4j.lint.statement.TokenPattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the parts of a {@code CREATE TABLE name (…) options} statement are: the column
 * definitions, the table constraints and the options after the closing parenthesis.
 * {@code CREATE TABLE … AS SELECT} has no column list and therefore no shape.
 *
 * @param tableKeyword index of TABLE
 * @param open         index of the {@code (} opening the column list
 * @param close        index of its {@code )}
 * @param columns      column definitions, each {from, to}
 * @param constraints  table constraints and other non-column elements, each {from, to}
 */
record CreateTableShape(int tableKeyword, int open, int close, List<int[]> columns, List<int[]> constraints) {

    private static final TokenPattern CREATE = TokenPattern.of("CREATE");
    private static final TokenPattern TABLE = TokenPattern.of("TABLE");
    private static final TokenPattern OPEN_OR_AS = TokenPattern.of("(|AS");
    private static final TokenPattern TABLE_ELEMENT_KEYWORD =
            TokenPattern.of("CONSTRAINT|PRIMARY|UNIQUE|CHECK|FOREIGN|FULLTEXT|SPATIAL|EXCLUDE|LIKE");
    /** MySQL's {@code KEY name (col, …)} / {@code INDEX (col)}; a column named key has a type, not a column list. */
    private static final TokenPattern INDEX_ELEMENT = TokenPattern.of("KEY|INDEX @? ( @");

    /** The shape when the statement is a CREATE TABLE with a column list. */
    static Optional<CreateTableShape> of(SqlStatement statement) {
        if (!statement.startsWith(CREATE)) {
            return Optional.empty();
        }
        Optional<Integer> table = statement.find(TABLE, 1, 0).filter(at -> at <= 4);
        if (table.isEmpty() || statement.startsWith(TokenPattern.of("CREATE VIRTUAL"))) {
            return Optional.empty();
        }
        Optional<Integer> open = statement.find(OPEN_OR_AS, table.get() + 1, 0)
                .filter(at -> statement.token(at).isSymbol("("));
        if (open.isEmpty()) {
            return Optional.empty();
        }
        int close = statement.closingParenthesis(open.get());
        List<int[]> columns = new ArrayList<>();
        List<int[]> constraints = new ArrayList<>();
        for (int[] element : statement.splitOnCommas(open.get() + 1, close, statement.depth(open.get()) + 1)) {
            boolean constraint = statement.matchesAt(TABLE_ELEMENT_KEYWORD, element[0])
                    || statement.matchesAt(INDEX_ELEMENT, element[0]);
            (constraint ? constraints : columns).add(element);
        }
        return Optional.of(new CreateTableShape(table.get(), open.get(), close, columns, constraints));
    }
}
