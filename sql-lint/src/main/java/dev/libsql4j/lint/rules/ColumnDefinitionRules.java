package dev.libsql4j.lint.rules;

import static dev.libsql4j.lint.RuleDescriptor.since;
import static dev.libsql4j.lint.RuleDescriptor.unsupported;

import dev.libsql4j.lint.RuleDescriptor;
import dev.libsql4j.lint.Severity;
import dev.libsql4j.lint.SqliteVersion;
import dev.libsql4j.lint.statement.SqlStatement;
import dev.libsql4j.lint.statement.TokenPattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Column definitions, in CREATE TABLE and in ALTER TABLE … ADD COLUMN: other dialects' types
 * and column attributes, and the AUTOINCREMENT rule SQLite enforces.
 */
public final class ColumnDefinitionRules implements Rule {

    static final RuleDescriptor SERIAL = unsupported("serial-type", Severity.ERROR,
            "SERIAL is PostgreSQL; in SQLite it is just a type name, so the column is never filled in",
            "declare the column INTEGER PRIMARY KEY (an alias of the rowid, assigned automatically)");
    static final RuleDescriptor IDENTITY = unsupported("identity-column", Severity.ERROR,
            "SQLite has no identity columns (GENERATED … AS IDENTITY / IDENTITY(…))",
            "declare the column INTEGER PRIMARY KEY (an alias of the rowid, assigned automatically)");
    static final RuleDescriptor AUTO_INCREMENT = unsupported("auto-increment", Severity.ERROR,
            "AUTO_INCREMENT is MySQL",
            "declare the column INTEGER PRIMARY KEY (add AUTOINCREMENT only if ids must never be reused)");
    static final RuleDescriptor AUTOINCREMENT_MISUSE = unsupported("autoincrement-misuse", Severity.ERROR,
            "AUTOINCREMENT is only allowed on an INTEGER PRIMARY KEY column",
            "declare the column exactly INTEGER PRIMARY KEY AUTOINCREMENT (not INT, BIGINT or a separate PRIMARY KEY)");
    static final RuleDescriptor ENUM = unsupported("enum-type", Severity.ERROR,
            "SQLite has no ENUM / SET types",
            "use TEXT CHECK (column IN ('a', 'b', …))");
    static final RuleDescriptor ARRAY = unsupported("array-type", Severity.ERROR,
            "SQLite has no arrays", "store a JSON array in a TEXT column (json_array(), json_each()) or use a child table");
    static final RuleDescriptor ON_UPDATE = unsupported("on-update-timestamp", Severity.ERROR,
            "ON UPDATE CURRENT_TIMESTAMP is MySQL",
            "add an AFTER UPDATE trigger that sets the column: UPDATE t SET updated_at = CURRENT_TIMESTAMP WHERE rowid = NEW.rowid");
    static final RuleDescriptor GENERATED = since(SqliteVersion.of(31), "generated-column",
            "generated columns need SQLite 3.31",
            "compute the value in a view or the application, or keep it current with triggers");
    static final RuleDescriptor INLINE_COMMENT = unsupported("inline-comment", Severity.ERROR,
            "COMMENT '…' on a column or table is MySQL",
            "use a -- comment after the column; SQLite keeps it in sqlite_schema");
    static final RuleDescriptor MYSQL_ATTRIBUTE = unsupported("mysql-column-attribute", Severity.ERROR,
            "MySQL column attribute (CHARACTER SET, CHARSET, UNSIGNED/ZEROFILL after a length) is not SQLite",
            "drop it: SQLite text is always Unicode and integers are always signed 64-bit");
    static final RuleDescriptor DEFAULT_CALL = unsupported("default-expression", Severity.ERROR,
            "a DEFAULT that calls a function must be in parentheses in SQLite",
            "write DEFAULT (expression), e.g. DEFAULT (datetime('now')), or DEFAULT CURRENT_TIMESTAMP");

    private static final TokenPattern CONSTRAINT_START = TokenPattern.of(
            "CONSTRAINT|PRIMARY|NOT|NULL|UNIQUE|CHECK|DEFAULT|COLLATE|REFERENCES|GENERATED|AS|AUTO_INCREMENT"
                    + "|AUTOINCREMENT|ON|COMMENT|CHARACTER|CHARSET|IDENTITY");
    private static final TokenPattern SERIAL_TYPE = TokenPattern.of("SERIAL|BIGSERIAL|SMALLSERIAL|SERIAL2|SERIAL4|SERIAL8");
    private static final TokenPattern ENUM_TYPE = TokenPattern.of("ENUM|SET (");
    private static final TokenPattern IDENTITY_CLAUSE = TokenPattern.of("GENERATED ALWAYS|BY DEFAULT? AS IDENTITY");
    private static final TokenPattern IDENTITY_WORD = TokenPattern.of("IDENTITY");
    private static final TokenPattern AUTO_INCREMENT_WORD = TokenPattern.of("AUTO_INCREMENT");
    private static final TokenPattern AUTOINCREMENT_WORD = TokenPattern.of("AUTOINCREMENT");
    private static final TokenPattern PRIMARY_KEY = TokenPattern.of("PRIMARY KEY");
    private static final TokenPattern ON_UPDATE_NOW = TokenPattern.of("ON UPDATE CURRENT_TIMESTAMP|NOW|LOCALTIMESTAMP|CURRENT_DATE");
    private static final TokenPattern AS_EXPRESSION = TokenPattern.of("AS (");
    private static final TokenPattern COMMENT_LITERAL = TokenPattern.of("COMMENT '");
    private static final TokenPattern CHARSET = TokenPattern.of("CHARACTER|CHARSET");
    private static final TokenPattern UNSIGNED_AFTER_LENGTH = TokenPattern.of(") UNSIGNED|ZEROFILL");
    private static final TokenPattern DEFAULT_FUNCTION = TokenPattern.of("DEFAULT @ (");
    private static final TokenPattern BRACKETS = TokenPattern.of("[]|ARRAY");

    @Override
    public List<RuleDescriptor> descriptors() {
        return List.of(SERIAL, IDENTITY, AUTO_INCREMENT, AUTOINCREMENT_MISUSE, ENUM, ARRAY, ON_UPDATE, GENERATED,
                INLINE_COMMENT, MYSQL_ATTRIBUTE, DEFAULT_CALL);
    }

    @Override
    public void check(SqlStatement statement, RuleContext context) {
        List<int[]> columns = new ArrayList<>();
        CreateTableShape.of(statement).ifPresent(shape -> columns.addAll(shape.columns()));
        AlterTableShape.of(statement).ifPresent(shape -> columns.addAll(shape.addedColumns(statement)));
        for (int[] column : columns) {
            checkColumn(statement, column[0], column[1], context);
        }
    }

    private void checkColumn(SqlStatement statement, int from, int to, RuleContext context) {
        int depth = statement.depth(from);
        int typeEnd = firstAtDepth(statement, CONSTRAINT_START, from + 1, to, depth).orElse(to);
        if (from + 1 < typeEnd) {
            if (statement.matchesAt(SERIAL_TYPE, from + 1)) {
                context.report(SERIAL.id(), from + 1);
            }
            if (statement.matchesAt(ENUM_TYPE, from + 1)) {
                context.report(ENUM.id(), from + 1);
            }
        }
        for (int i = from + 1; i < typeEnd; i++) {
            if (statement.matchesAt(BRACKETS, i)) {
                context.report(ARRAY.id(), i);
            }
            if (statement.matchesAt(UNSIGNED_AFTER_LENGTH, i)) {
                context.report(MYSQL_ATTRIBUTE.id(), i + 1);
            }
        }
        // One finding per column: at GENERATED … AS IDENTITY, or at SQL Server's bare IDENTITY(1, 1).
        firstAtDepth(statement, IDENTITY_CLAUSE, from + 1, to, depth)
                .or(() -> firstAtDepth(statement, IDENTITY_WORD, from + 1, to, depth))
                .ifPresent(at -> context.report(IDENTITY.id(), at));
        reportAll(statement, AUTO_INCREMENT_WORD, from, to, depth, AUTO_INCREMENT, context);
        reportAll(statement, ON_UPDATE_NOW, from, to, depth, ON_UPDATE, context);
        reportAll(statement, COMMENT_LITERAL, from, to, depth, INLINE_COMMENT, context);
        reportAll(statement, CHARSET, from, to, depth, MYSQL_ATTRIBUTE, context);
        reportAll(statement, DEFAULT_FUNCTION, from, to, depth, DEFAULT_CALL, context);
        firstAtDepth(statement, AS_EXPRESSION, from + 1, to, depth).ifPresent(as ->
                context.report(GENERATED.id(), as >= 2 && statement.token(as - 2).isWord("GENERATED") ? as - 2 : as));
        firstAtDepth(statement, AUTOINCREMENT_WORD, from + 1, to, depth).ifPresent(at -> {
            boolean integerType = typeEnd == from + 2 && statement.token(from + 1).isWord("INTEGER");
            boolean primaryKey = firstAtDepth(statement, PRIMARY_KEY, typeEnd, to, depth).isPresent();
            if (!integerType || !primaryKey) {
                context.report(AUTOINCREMENT_MISUSE.id(), at);
            }
        });
    }

    private static void reportAll(SqlStatement statement, TokenPattern pattern, int from, int to, int depth,
                                  RuleDescriptor rule, RuleContext context) {
        for (int i = from + 1; i < to; i++) {
            if (statement.depth(i) == depth && statement.matchesAt(pattern, i)) {
                context.report(rule.id(), i);
            }
        }
    }

    private static Optional<Integer> firstAtDepth(SqlStatement statement, TokenPattern pattern, int from, int to, int depth) {
        return statement.find(pattern, from, depth).filter(at -> at < to);
    }
}
