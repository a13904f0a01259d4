package dev.libsql4j.lint.rules;

import static dev.libsql4j.lint.RuleDescriptor.since;
import static dev.libsql4j.lint.RuleDescriptor.unsupported;

import dev.libsql4j.lint.RuleDescriptor;
import dev.libsql4j.lint.Severity;
import dev.libsql4j.lint.SqliteVersion;
import dev.libsql4j.lint.statement.SqlStatement;
import dev.libsql4j.lint.statement.TokenPattern;
import java.util.List;

/**
 * The table as a whole in CREATE TABLE: modifiers before TABLE, options after the column list,
 * and table elements other dialects allow inside it (inline indexes, LIKE, EXCLUDE).
 */
public final class TableRules implements Rule {

    static final RuleDescriptor OPTIONS = unsupported("table-options", Severity.ERROR,
            "table option is not SQLite (only WITHOUT ROWID and STRICT may follow the column list)",
            "drop ENGINE/CHARSET/AUTO_INCREMENT=/PARTITION BY/INHERITS/TABLESPACE/WITH(…)/UNLOGGED; SQLite has no such storage settings");
    static final RuleDescriptor STRICT = since(SqliteVersion.of(37), "strict-table",
            "STRICT tables need SQLite 3.37",
            "drop STRICT and enforce types with CHECK (typeof(col) = 'integer') constraints");
    static final RuleDescriptor INLINE_INDEX = unsupported("inline-index", Severity.ERROR,
            "SQLite has no INDEX / KEY definitions inside CREATE TABLE",
            "use UNIQUE (cols) for unique keys, and a separate CREATE INDEX for the others");

    private static final TokenPattern ALLOWED_MODIFIER = TokenPattern.of("TEMP|TEMPORARY");
    private static final TokenPattern ALLOWED_OPTION = TokenPattern.of("WITHOUT|ROWID|STRICT|,");
    private static final TokenPattern STRICT_OPTION = TokenPattern.of("STRICT");
    private static final TokenPattern INDEX_ELEMENT = TokenPattern.of("UNIQUE|FULLTEXT|SPATIAL? INDEX|KEY");
    private static final TokenPattern SPECIAL_INDEX_ELEMENT = TokenPattern.of("FULLTEXT|SPATIAL");
    private static final TokenPattern OTHER_ELEMENT = TokenPattern.of("LIKE|EXCLUDE");

    @Override
    public List<RuleDescriptor> descriptors() {
        return List.of(OPTIONS, STRICT, INLINE_INDEX);
    }

    @Override
    public void check(SqlStatement statement, RuleContext context) {
        CreateTableShape.of(statement).ifPresent(shape -> {
            for (int i = 1; i < shape.tableKeyword(); i++) {
                if (!statement.matchesAt(ALLOWED_MODIFIER, i)) {
                    context.report(OPTIONS.id(), i, statement.token(i).text() + " tables are not SQLite");
                }
            }
            checkElements(statement, shape, context);
            checkOptions(statement, shape.close() + 1, context);
        });
    }

    private static void checkElements(SqlStatement statement, CreateTableShape shape, RuleContext context) {
        for (int[] element : shape.constraints()) {
            if (statement.matchesAt(INDEX_ELEMENT, element[0]) || statement.matchesAt(SPECIAL_INDEX_ELEMENT, element[0])) {
                context.report(INLINE_INDEX.id(), element[0]);
            } else if (statement.matchesAt(OTHER_ELEMENT, element[0])) {
                context.report(OPTIONS.id(), element[0], statement.token(element[0]).text() + " inside CREATE TABLE is not SQLite");
            }
        }
    }

    /** Reports STRICT on old targets, and the first foreign option (later ones are usually part of it). */
    private static void checkOptions(SqlStatement statement, int from, RuleContext context) {
        for (int i = from; i < statement.size(); i++) {
            if (statement.matchesAt(STRICT_OPTION, i)) {
                context.report(STRICT.id(), i);
            } else if (!statement.matchesAt(ALLOWED_OPTION, i)) {
                context.report(OPTIONS.id(), i);
                return;
            }
        }
    }
}
