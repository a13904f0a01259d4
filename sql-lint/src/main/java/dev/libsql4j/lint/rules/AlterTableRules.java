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
 * ALTER TABLE, where dialects differ most. SQLite supports exactly one action per statement:
 * RENAME TO, RENAME [COLUMN] a TO b (3.25), ADD [COLUMN] (with restrictions), DROP [COLUMN]
 * (3.35); libSQL adds {@code ALTER COLUMN c TO c <new definition>}. Everything else is reported.
 */
public final class AlterTableRules implements Rule {

    private static final String REBUILD =
            "rebuild the table: CREATE TABLE new_t (…), INSERT INTO new_t SELECT … FROM t, DROP TABLE t, ALTER TABLE new_t RENAME TO t";

    static final RuleDescriptor COLUMN_TYPE = unsupported("alter-column-type", Severity.ERROR,
            "SQLite cannot change a column's type (ALTER COLUMN … TYPE, MODIFY, CHANGE)",
            "on libSQL: ALTER TABLE t ALTER COLUMN c TO c <new type and constraints>; on plain SQLite: " + REBUILD);
    static final RuleDescriptor COLUMN_ATTRIBUTE = unsupported("alter-column-attribute", Severity.ERROR,
            "SQLite cannot SET/DROP a column's DEFAULT or NOT NULL",
            "on libSQL: ALTER TABLE t ALTER COLUMN c TO c <full new definition>; on plain SQLite: " + REBUILD);
    static final RuleDescriptor ADD_CONSTRAINT = unsupported("alter-add-constraint", Severity.ERROR,
            "SQLite cannot add a constraint or index to an existing table",
            "unique keys and indexes: CREATE [UNIQUE] INDEX; primary, foreign and check constraints: " + REBUILD);
    static final RuleDescriptor DROP_CONSTRAINT = unsupported("alter-drop-constraint", Severity.ERROR,
            "SQLite cannot drop a constraint or index through ALTER TABLE",
            "indexes: DROP INDEX name; constraints: " + REBUILD);
    static final RuleDescriptor MULTIPLE_ACTIONS = unsupported("alter-multiple-actions", Severity.ERROR,
            "SQLite's ALTER TABLE takes one action per statement",
            "split into one ALTER TABLE statement per action");
    static final RuleDescriptor DROP_COLUMN = since(SqliteVersion.of(35), "drop-column",
            "ALTER TABLE … DROP COLUMN needs SQLite 3.35", REBUILD);
    static final RuleDescriptor RENAME_COLUMN = since(SqliteVersion.of(25), "rename-column",
            "ALTER TABLE … RENAME COLUMN needs SQLite 3.25", REBUILD);
    static final RuleDescriptor ADD_COLUMN = unsupported("add-column-restriction", Severity.ERROR,
            "SQLite's ADD COLUMN cannot add a PRIMARY KEY or UNIQUE column, a NOT NULL column without a non-NULL default, "
                    + "or a default that is CURRENT_TIME/DATE/TIMESTAMP or an expression",
            "add the column nullable or with a constant default, then fill it; add uniqueness with CREATE UNIQUE INDEX");
    static final RuleDescriptor OTHER = unsupported("alter-table-unsupported", Severity.ERROR,
            "this ALTER TABLE form is not SQLite",
            "SQLite supports RENAME TO, RENAME COLUMN, ADD COLUMN and DROP COLUMN (libSQL also ALTER COLUMN c TO …); otherwise "
                    + REBUILD);

    private static final TokenPattern RENAME_TABLE = TokenPattern.of("RENAME TO");
    private static final TokenPattern RENAME_COL = TokenPattern.of("RENAME COLUMN? @ TO @");
    private static final TokenPattern ADD_CONSTRAINT_FORM =
            TokenPattern.of("ADD CONSTRAINT|PRIMARY|FOREIGN|UNIQUE|CHECK|INDEX|KEY|FULLTEXT|SPATIAL|EXCLUDE");
    private static final TokenPattern ADD_IF_NOT_EXISTS = TokenPattern.of("ADD COLUMN? IF NOT EXISTS");
    private static final TokenPattern ADD_GROUP = TokenPattern.of("ADD COLUMN? (");
    private static final TokenPattern ADD_COLUMN_FORM = TokenPattern.of("ADD");
    private static final TokenPattern DROP_CONSTRAINT_FORM = TokenPattern.of("DROP CONSTRAINT|PRIMARY|FOREIGN|INDEX|KEY|CHECK");
    private static final TokenPattern DROP_IF_EXISTS = TokenPattern.of("DROP COLUMN? IF EXISTS");
    private static final TokenPattern DROP_COLUMN_FORM = TokenPattern.of("DROP COLUMN? @");
    private static final TokenPattern LIBSQL_ALTER_COLUMN = TokenPattern.of("ALTER COLUMN? @ TO");
    private static final TokenPattern ALTER_TYPE = TokenPattern.of("ALTER COLUMN? @ TYPE");
    private static final TokenPattern ALTER_SET_DATA_TYPE = TokenPattern.of("ALTER COLUMN? @ SET DATA TYPE");
    private static final TokenPattern ALTER_ATTRIBUTE = TokenPattern.of("ALTER COLUMN? @ SET|DROP");
    private static final TokenPattern MODIFY_OR_CHANGE = TokenPattern.of("MODIFY|CHANGE");
    private static final TokenPattern ADD_COLUMN_VIOLATION = TokenPattern.of(
            "PRIMARY|UNIQUE");
    private static final TokenPattern NOT_NULL = TokenPattern.of("NOT NULL");
    private static final TokenPattern DEFAULT_NON_CONSTANT = TokenPattern.of("DEFAULT (|CURRENT_TIME|CURRENT_DATE|CURRENT_TIMESTAMP");
    private static final TokenPattern DEFAULT_NULL = TokenPattern.of("DEFAULT NULL");
    private static final TokenPattern DEFAULT = TokenPattern.of("DEFAULT");
    private static final TokenPattern POSITION = TokenPattern.of("FIRST|AFTER");

    @Override
    public List<RuleDescriptor> descriptors() {
        return List.of(COLUMN_TYPE, COLUMN_ATTRIBUTE, ADD_CONSTRAINT, DROP_CONSTRAINT, MULTIPLE_ACTIONS, DROP_COLUMN,
                RENAME_COLUMN, ADD_COLUMN, OTHER);
    }

    @Override
    public void check(SqlStatement statement, RuleContext context) {
        AlterTableShape.of(statement).ifPresent(shape -> {
            if (shape.prefixIssue() >= 0) {
                context.report(OTHER.id(), shape.prefixIssue(), "ALTER TABLE IF EXISTS / ONLY is not SQLite");
            }
            List<int[]> actions = shape.actions();
            for (int i = 0; i < actions.size(); i++) {
                if (i == 1) {
                    context.report(MULTIPLE_ACTIONS.id(), actions.get(i)[0]);
                }
                checkAction(statement, actions.get(i)[0], actions.get(i)[1], context);
            }
        });
    }

    private static void checkAction(SqlStatement statement, int from, int to, RuleContext context) {
        if (statement.matchesAt(RENAME_TABLE, from)) {
            return;
        }
        if (statement.matchesAt(RENAME_COL, from)) {
            context.report(RENAME_COLUMN.id(), from);
        } else if (statement.matchesAt(ADD_CONSTRAINT_FORM, from)) {
            context.report(ADD_CONSTRAINT.id(), from);
        } else if (statement.matchesAt(ADD_IF_NOT_EXISTS, from) || statement.matchesAt(ADD_GROUP, from)) {
            context.report(OTHER.id(), from, "ADD COLUMN IF NOT EXISTS and ADD (…) lists are not SQLite");
        } else if (statement.matchesAt(ADD_COLUMN_FORM, from)) {
            checkAddedColumn(statement, from, to, context);
        } else if (statement.matchesAt(DROP_CONSTRAINT_FORM, from)) {
            context.report(DROP_CONSTRAINT.id(), from);
        } else if (statement.matchesAt(DROP_IF_EXISTS, from)) {
            context.report(OTHER.id(), from, "DROP COLUMN IF EXISTS is not SQLite");
        } else if (statement.matchesAt(DROP_COLUMN_FORM, from)) {
            context.report(DROP_COLUMN.id(), from);
        } else if (statement.matchesAt(LIBSQL_ALTER_COLUMN, from)) {
            return;
        } else if (statement.matchesAt(ALTER_TYPE, from) || statement.matchesAt(ALTER_SET_DATA_TYPE, from)
                || statement.matchesAt(MODIFY_OR_CHANGE, from)) {
            context.report(COLUMN_TYPE.id(), from);
        } else if (statement.matchesAt(ALTER_ATTRIBUTE, from)) {
            context.report(COLUMN_ATTRIBUTE.id(), from);
        } else {
            context.report(OTHER.id(), from, "ALTER TABLE … " + statement.token(from).text() + " is not SQLite");
        }
    }

    /** SQLite's documented ADD COLUMN restrictions (https://sqlite.org/lang_altertable.html#altertabaddcol). */
    private static void checkAddedColumn(SqlStatement statement, int from, int to, RuleContext context) {
        int depth = statement.depth(from);
        boolean notNull = false;
        boolean hasNonNullDefault = false;
        for (int i = from + 1; i < to; i++) {
            if (statement.depth(i) != depth) {
                continue;
            }
            if (statement.matchesAt(ADD_COLUMN_VIOLATION, i)) {
                context.report(ADD_COLUMN.id(), i, "SQLite's ADD COLUMN cannot add a " + statement.token(i).text() + " column");
            } else if (statement.matchesAt(DEFAULT_NON_CONSTANT, i)) {
                context.report(ADD_COLUMN.id(), i, "SQLite's ADD COLUMN needs a constant default");
            } else if (statement.matchesAt(POSITION, i)) {
                context.report(OTHER.id(), i, "SQLite always adds a column last (no FIRST / AFTER column)");
            }
            notNull |= statement.matchesAt(NOT_NULL, i);
            hasNonNullDefault |= statement.matchesAt(DEFAULT, i) && !statement.matchesAt(DEFAULT_NULL, i);
        }
        if (notNull && !hasNonNullDefault) {
            context.report(ADD_COLUMN.id(), from, "SQLite's ADD COLUMN cannot add a NOT NULL column without a non-NULL default");
        }
    }
}
