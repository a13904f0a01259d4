package dev.libsql4j.lint.rules;

import dev.libsql4j.lint.statement.SqlStatement;
import dev.libsql4j.lint.statement.TokenPattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The actions of an {@code ALTER TABLE [IF EXISTS] [ONLY] name action, action…} statement.
 * SQLite takes exactly one action; other databases take a comma-separated list.
 *
 * @param prefixIssue index of an {@code IF EXISTS} / {@code ONLY} before the name, or -1
 * @param actions     each action's token range {from, to}
 */
record AlterTableShape(int prefixIssue, List<int[]> actions) {

    private static final TokenPattern ALTER_TABLE = TokenPattern.of("ALTER TABLE");
    private static final TokenPattern IF_EXISTS = TokenPattern.of("IF EXISTS");
    private static final TokenPattern ONLY = TokenPattern.of("ONLY");
    private static final TokenPattern QUALIFIER = TokenPattern.of(". @");
    /** Column definitions a ADD [COLUMN] adds, as opposed to constraints and indexes. */
    private static final TokenPattern ADD_COLUMN = TokenPattern.of("ADD COLUMN?");
    private static final TokenPattern ADD_NOT_A_COLUMN =
            TokenPattern.of("ADD CONSTRAINT|PRIMARY|FOREIGN|UNIQUE|CHECK|INDEX|KEY|FULLTEXT|SPATIAL|EXCLUDE|(");

    /** The shape when the statement is an ALTER TABLE. */
    static Optional<AlterTableShape> of(SqlStatement statement) {
        if (!statement.startsWith(ALTER_TABLE)) {
            return Optional.empty();
        }
        int at = 2;
        int prefixIssue = -1;
        while (statement.matchesAt(IF_EXISTS, at) || statement.matchesAt(ONLY, at)) {
            prefixIssue = prefixIssue < 0 ? at : prefixIssue;
            at = Math.max(statement.endOfMatch(IF_EXISTS, at), statement.endOfMatch(ONLY, at));
        }
        at++; // the table name
        while (at < statement.size() && statement.matchesAt(QUALIFIER, at)) {
            at += 2;
        }
        List<int[]> actions = at < statement.size() ? statement.splitOnCommas(at, statement.size(), 0) : List.of();
        return Optional.of(new AlterTableShape(prefixIssue, actions));
    }

    /** The column definitions added by ADD [COLUMN] actions, each starting at the column name. */
    List<int[]> addedColumns(SqlStatement statement) {
        List<int[]> columns = new ArrayList<>();
        for (int[] action : actions) {
            if (statement.matchesAt(ADD_COLUMN, action[0]) && !statement.matchesAt(ADD_NOT_A_COLUMN, action[0])) {
                int name = statement.endOfMatch(ADD_COLUMN, action[0]);
                if (statement.matchesAt(TokenPattern.of("IF NOT EXISTS"), name)) {
                    name += 3;
                }
                if (name < action[1]) {
                    columns.add(new int[] {name, action[1]});
                }
            }
        }
        return columns;
    }
}
