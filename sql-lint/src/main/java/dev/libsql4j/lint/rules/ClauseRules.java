package dev.libsql4j.lint.rules;

import static dev.libsql4j.lint.RuleDescriptor.since;
import static dev.libsql4j.lint.RuleDescriptor.unsupported;

import dev.libsql4j.lint.RuleDescriptor;
import dev.libsql4j.lint.Severity;
import dev.libsql4j.lint.SqliteVersion;

/**
 * Operators and clauses that can appear anywhere in a query — other dialects' syntax, and
 * features SQLite gained in a known release. Matched on tokens so they are found at any
 * nesting depth (subqueries, CTEs, trigger bodies) with an exact position.
 */
public final class ClauseRules extends PatternRule {

    public ClauseRules() {
        anywhere(unsupported("ilike", Severity.ERROR,
                        "ILIKE is PostgreSQL; SQLite has no ILIKE operator",
                        "use LIKE, which ignores case for ASCII letters in SQLite (or lower(x) LIKE lower(pattern))"),
                "ILIKE");
        anywhere(unsupported("double-colon-cast", Severity.ERROR,
                        "'::' casts are PostgreSQL syntax",
                        "use CAST(expr AS type)"),
                "::");
        anywhere(unsupported("distinct-on", Severity.ERROR,
                        "SQLite has no DISTINCT ON",
                        "pick one row per group with row_number() OVER (PARTITION BY … ORDER BY …) = 1, or GROUP BY with max()/min()"),
                "DISTINCT ON (");
        anywhere(since(SqliteVersion.of(39), "right-full-join",
                        "RIGHT and FULL OUTER JOIN need SQLite 3.39",
                        "swap the tables and use LEFT JOIN; emulate FULL JOIN with LEFT JOIN UNION ALL the unmatched rows"),
                "RIGHT|FULL OUTER? JOIN");
        anywhere(unsupported("lateral", Severity.ERROR,
                        "SQLite has no LATERAL joins or APPLY",
                        "use a correlated subquery, or a table-valued function such as json_each()"),
                "LATERAL", "CROSS|OUTER APPLY");
        anywhere(unsupported("for-update", Severity.ERROR,
                        "SQLite has no row locks (FOR UPDATE / FOR SHARE / LOCK IN SHARE MODE)",
                        "drop the locking clause and run the transaction with BEGIN IMMEDIATE; SQLite serializes writers"),
                "FOR UPDATE|SHARE", "FOR NO KEY UPDATE", "FOR KEY SHARE", "LOCK IN SHARE MODE");
        anywhere(unsupported("concurrently", Severity.ERROR,
                        "SQLite has no CONCURRENTLY",
                        "drop CONCURRENTLY; index builds in SQLite take the write lock for their duration"),
                "CONCURRENTLY");
        RuleDescriptor window = since(SqliteVersion.of(25), "window-function",
                "window functions (OVER) need SQLite 3.25",
                "rewrite with a correlated subquery or a self-join, or raise the target version");
        anywhereAt(1, window, ") OVER (|@");
        anywhere(window, "WINDOW @ AS (");
        anywhereAt(1, since(SqliteVersion.of(30), "filter-clause",
                        "aggregate FILTER (WHERE …) needs SQLite 3.30",
                        "use the aggregate over CASE WHEN condition THEN value END"),
                ") FILTER ( WHERE");
        anywhere(since(SqliteVersion.of(30), "nulls-ordering",
                        "NULLS FIRST / NULLS LAST needs SQLite 3.30",
                        "order by (x IS NULL) first: ORDER BY x IS NULL, x for NULLS LAST"),
                "NULLS FIRST|LAST");
        anywhere(since(SqliteVersion.of(39), "is-distinct-from",
                        "IS [NOT] DISTINCT FROM needs SQLite 3.39",
                        "use SQLite's IS / IS NOT, which compare NULLs as values"),
                "IS NOT? DISTINCT FROM");
        anywhere(since(SqliteVersion.of(35), "returning",
                        "RETURNING needs SQLite 3.35",
                        "read the row back with SELECT … WHERE rowid = last_insert_rowid()"),
                "RETURNING");
        anywhere(since(SqliteVersion.of(24), "upsert",
                        "INSERT … ON CONFLICT DO (upsert) needs SQLite 3.24",
                        "use INSERT OR IGNORE followed by UPDATE, or INSERT OR REPLACE where deleting the old row is fine"),
                "ON CONFLICT (|DO");
        anywhere(unsupported("on-conflict-on-constraint", Severity.ERROR,
                        "SQLite's upsert names columns, not constraints (ON CONFLICT ON CONSTRAINT)",
                        "list the unique columns: ON CONFLICT (col1, col2) DO …"),
                "ON CONFLICT ON CONSTRAINT");
        anywhere(unsupported("on-duplicate-key", Severity.ERROR,
                        "ON DUPLICATE KEY UPDATE is MySQL",
                        "use INSERT … ON CONFLICT (key columns) DO UPDATE SET col = excluded.col"),
                "ON DUPLICATE KEY UPDATE");
        anywhere(since(SqliteVersion.of(23), "boolean-literal",
                        "the TRUE and FALSE keywords need SQLite 3.23",
                        "use 1 and 0"),
                "TRUE|FALSE");
        anywhere(since(SqliteVersion.of(38), "json-arrow",
                        "the -> and ->> JSON operators need SQLite 3.38",
                        "use json_extract(doc, '$.path')"),
                "->|->>");
        anywhere(unsupported("similar-to", Severity.ERROR,
                        "SQLite has no SIMILAR TO",
                        "use LIKE or GLOB, or the regexp() function where the server provides it"),
                "SIMILAR TO");
        anywhere(unsupported("regex-operator", Severity.ERROR,
                        "PostgreSQL's ~* / !~ / !~* regular-expression operators are not SQLite",
                        "use GLOB or LIKE, or x REGEXP pattern where the server provides regexp()"),
                "~*|!~|!~*");
        anywhere(unsupported("sequence-function", Severity.ERROR,
                        "SQLite has no sequences (nextval / currval / NEXT VALUE FOR)",
                        "let an INTEGER PRIMARY KEY assign the id and read it with RETURNING or last_insert_rowid()"),
                "NEXTVAL|CURRVAL|SETVAL|LASTVAL (", "NEXT VALUE FOR");
        anywhere(ColumnDefinitionRules.ARRAY, "ARRAY []|(");
        anywhere(unsupported("any-all-comparison", Severity.ERROR,
                        "SQLite has no = ANY (…) / ALL (…) comparisons",
                        "use IN (…) / NOT IN (…), or EXISTS with a subquery"),
                "=|<>|!=|<|>|<=|>= ANY|ALL|SOME (");
        anywhere(unsupported("index-hint", Severity.ERROR,
                        "MySQL index hints (USE/FORCE/IGNORE INDEX) are not SQLite",
                        "use SQLite's INDEXED BY index_name, or drop the hint"),
                "USE|FORCE|IGNORE INDEX|KEY (");
        anywhere(unsupported("row-limiting", Severity.ERROR,
                        "SQLite limits rows with LIMIT only (no TOP, no FETCH FIRST … ROWS ONLY)",
                        "use LIMIT n [OFFSET m] at the end of the query"),
                "SELECT DISTINCT|ALL? TOP", "FETCH FIRST|NEXT");
        anywhere(unsupported("typed-literal", Severity.ERROR,
                        "SQLite has no typed literals (DATE '…', TIMESTAMP '…')",
                        "write the plain string '2024-01-01' (SQLite keeps dates as ISO-8601 text), or date('2024-01-01')"),
                "DATE|TIME|TIMESTAMP '");
        anywhere(unsupported("interval", Severity.ERROR,
                        "SQLite has no INTERVAL literals",
                        "use date/time modifiers: datetime('now', '-1 day')"),
                "INTERVAL '|0");
    }
}
