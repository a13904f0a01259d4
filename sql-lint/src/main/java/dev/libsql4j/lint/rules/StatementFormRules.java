package dev.libsql4j.lint.rules;

import static dev.libsql4j.lint.RuleDescriptor.unsupported;

import dev.libsql4j.lint.Severity;

/**
 * Whole statements SQLite does not have, recognised by their leading keywords: other
 * databases' object kinds (materialized views, sequences, schemas, routines, extensions,
 * types, users), administration statements, and session settings.
 */
public final class StatementFormRules extends PatternRule {

    public StatementFormRules() {
        atStart(unsupported("materialized-view", Severity.ERROR,
                        "SQLite has no materialized views",
                        "use a plain CREATE VIEW, or a table kept current by triggers (or refreshed by the application)"),
                "CREATE OR? REPLACE? MATERIALIZED VIEW", "REFRESH|DROP|ALTER MATERIALIZED VIEW");
        atStart(unsupported("sequence", Severity.ERROR,
                        "SQLite has no sequences",
                        "use an INTEGER PRIMARY KEY column (an alias of the rowid, assigned automatically)"),
                "CREATE|ALTER|DROP TEMP|TEMPORARY? SEQUENCE");
        atStart(unsupported("schema", Severity.ERROR,
                        "SQLite has no schemas or databases to create, alter or switch to",
                        "drop the statement; with libSQL use one database per schema (namespaces) and qualify nothing"),
                "CREATE|ALTER|DROP SCHEMA|DATABASE", "USE @");
        atStart(unsupported("set-statement", Severity.ERROR,
                        "SQLite has no SET statement (session variables, search_path, FOREIGN_KEY_CHECKS, NAMES…)",
                        "drop it, or use the matching PRAGMA (e.g. PRAGMA foreign_keys = OFF)"),
                "SET");
        atStart(unsupported("stored-routine", Severity.ERROR,
                        "SQLite has no stored procedures or SQL-defined functions",
                        "move the logic into the application, a trigger, or an application-defined function registered on the connection"),
                "CREATE OR? REPLACE? PROCEDURE|FUNCTION|AGGREGATE|EVENT", "CREATE DEFINER", "DROP PROCEDURE|FUNCTION|EVENT",
                "CALL|DO|EXEC|EXECUTE");
        atStart(unsupported("create-extension", Severity.ERROR,
                        "SQLite has no CREATE EXTENSION",
                        "load extensions in the server (sqld --extensions-path); most PostgreSQL extensions have no SQLite counterpart"),
                "CREATE|DROP|ALTER EXTENSION");
        atStart(unsupported("comment-on", Severity.ERROR,
                        "SQLite has no COMMENT ON",
                        "keep the comment as a -- comment in the CREATE statement; SQLite stores it in sqlite_schema"),
                "COMMENT ON");
        atStart(unsupported("truncate", Severity.ERROR,
                        "SQLite has no TRUNCATE",
                        "use DELETE FROM table (without WHERE, SQLite empties the table just as fast)"),
                "TRUNCATE");
        atStart(unsupported("merge", Severity.ERROR,
                        "SQLite has no MERGE",
                        "use INSERT … ON CONFLICT (…) DO UPDATE SET … (upsert)"),
                "MERGE");
        atStart(unsupported("grant-revoke", Severity.ERROR,
                        "SQLite has no users, roles or privileges",
                        "drop the statement; libSQL authorizes with JWTs (full access or read-only) per database"),
                "GRANT|REVOKE", "CREATE|ALTER|DROP USER|ROLE");
        atStart(unsupported("user-defined-type", Severity.ERROR,
                        "SQLite has no user-defined types or domains",
                        "use a base type with a CHECK constraint, e.g. TEXT CHECK (status IN ('new', 'done'))"),
                "CREATE|ALTER|DROP TYPE|DOMAIN");
        atStart(unsupported("lock-table", Severity.ERROR,
                        "SQLite has no LOCK TABLE",
                        "use BEGIN IMMEDIATE, which takes the database's write lock"),
                "LOCK|UNLOCK");
        atStart(unsupported("create-or-replace", Severity.ERROR,
                        "SQLite has no CREATE OR REPLACE",
                        "use DROP VIEW IF EXISTS / DROP TRIGGER IF EXISTS followed by CREATE"),
                "CREATE OR REPLACE VIEW|TEMP|TEMPORARY|RECURSIVE");
        atStart(unsupported("insert-ignore", Severity.ERROR,
                        "INSERT IGNORE is MySQL",
                        "write INSERT OR IGNORE INTO …, or INSERT … ON CONFLICT DO NOTHING"),
                "INSERT IGNORE");
        atStart(unsupported("rename-table", Severity.ERROR,
                        "RENAME TABLE is MySQL",
                        "use ALTER TABLE old_name RENAME TO new_name"),
                "RENAME TABLE");
        atStart(unsupported("alter-other-object", Severity.ERROR,
                        "SQLite can only ALTER TABLE",
                        "drop and re-create the view, index or trigger"),
                "ALTER VIEW|INDEX|TRIGGER|FUNCTION|PROCEDURE|EVENT");
    }
}
