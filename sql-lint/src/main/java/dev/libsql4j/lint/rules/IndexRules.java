package dev.libsql4j.lint.rules;

import static dev.libsql4j.lint.RuleDescriptor.unsupported;

import dev.libsql4j.lint.RuleDescriptor;
import dev.libsql4j.lint.Severity;
import dev.libsql4j.lint.statement.SqlStatement;
import dev.libsql4j.lint.statement.TokenPattern;
import java.util.List;

/**
 * CREATE INDEX: SQLite has one kind of index (a B-tree over columns or expressions, optionally
 * partial), so access methods, full-text/spatial kinds and covering INCLUDE lists are reported.
 */
public final class IndexRules implements Rule {

    static final RuleDescriptor METHOD = unsupported("index-method", Severity.ERROR,
            "SQLite has only B-tree indexes (no USING method, FULLTEXT or SPATIAL)",
            "drop USING …; for full-text search create an FTS5 virtual table (CREATE VIRTUAL TABLE … USING fts5)");
    static final RuleDescriptor INCLUDE = unsupported("index-include", Severity.ERROR,
            "SQLite has no INCLUDE (covering columns) on indexes",
            "append the included columns to the index's column list");
    static final RuleDescriptor NAMELESS = unsupported("index-without-name", Severity.ERROR,
            "SQLite requires an index name",
            "name the index: CREATE INDEX t_col_idx ON t (col)");

    private static final TokenPattern CREATE_INDEX =
            TokenPattern.of("CREATE UNIQUE|FULLTEXT|SPATIAL|BITMAP? INDEX CONCURRENTLY? IF? NOT? EXISTS?");
    private static final TokenPattern SPECIAL_KIND = TokenPattern.of("FULLTEXT|SPATIAL|BITMAP");
    private static final TokenPattern USING = TokenPattern.of("USING");
    private static final TokenPattern INCLUDE_LIST = TokenPattern.of("INCLUDE (");
    private static final TokenPattern ON = TokenPattern.of("ON");

    @Override
    public List<RuleDescriptor> descriptors() {
        return List.of(METHOD, INCLUDE, NAMELESS);
    }

    @Override
    public void check(SqlStatement statement, RuleContext context) {
        int afterKeywords = statement.endOfMatch(CREATE_INDEX, 0);
        if (afterKeywords < 0) {
            return;
        }
        if (statement.matchesAt(SPECIAL_KIND, 1)) {
            context.report(METHOD.id(), 1);
        }
        if (statement.matchesAt(ON, afterKeywords)) {
            context.report(NAMELESS.id(), afterKeywords);
        }
        statement.find(USING, afterKeywords, 0).ifPresent(at -> context.report(METHOD.id(), at));
        statement.find(INCLUDE_LIST, afterKeywords, 0).ifPresent(at -> context.report(INCLUDE.id(), at));
    }
}
