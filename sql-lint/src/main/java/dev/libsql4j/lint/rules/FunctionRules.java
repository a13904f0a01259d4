package dev.libsql4j.lint.rules;

import static dev.libsql4j.lint.RuleDescriptor.unsupported;

import dev.libsql4j.lint.RuleDescriptor;
import dev.libsql4j.lint.Severity;
import dev.libsql4j.lint.SqliteVersion;
import dev.libsql4j.lint.statement.SqlStatement;
import dev.libsql4j.lint.statement.TokenPattern;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Function calls: other dialects' built-ins SQLite lacks, and SQLite built-ins newer than the
 * target. Only a name directly followed by {@code (} counts, so columns named {@code now} or
 * {@code format} are left alone.
 */
public final class FunctionRules implements Rule {

    static final RuleDescriptor FOREIGN = unsupported("foreign-function", Severity.ERROR,
            "not a SQLite function", "use the SQLite equivalent");
    static final RuleDescriptor QUALIFIED = unsupported("qualified-function", Severity.ERROR,
            "SQLite function names cannot be schema-qualified (pg_catalog.set_config(…), public.f(…))",
            "call the function by its bare name, or drop the call if it only configures PostgreSQL");
    static final RuleDescriptor TOO_NEW = new RuleDescriptor("function-version", Severity.ERROR,
            "the function needs a newer SQLite than the target", "use the older equivalent, or raise the target version", null);

    private static final TokenPattern CALL = TokenPattern.of("@ (");
    private static final TokenPattern QUALIFIED_CALL = TokenPattern.of("@ . @ (");
    /** Before these a name followed by {@code (} is a table or index being named, not a call. */
    private static final TokenPattern NAMING_KEYWORD =
            TokenPattern.of("TABLE|INTO|REFERENCES|ON|JOIN|EXISTS|UPDATE|VIEW|INDEX|TRIGGER|FUNCTION|PROCEDURE|.");

    private static final String UUID = "a UUID made by the application, or lower(hex(randomblob(16)))";
    private static final String NOW = "CURRENT_TIMESTAMP, or datetime('now')";
    private static final String STRFTIME = "strftime(format, value)";
    private static final String JSON_ARRAY_AGG = "json_group_array(value)";
    private static final String JSON_OBJECT = "json_object(key, value, …)";
    private static final String IFNULL = "ifnull(value, fallback) or coalesce()";

    /** Other dialects' functions, with the SQLite way to say the same. */
    private static final Map<String, String> FOREIGN_FUNCTIONS = Map.ofEntries(
            Map.entry("now", NOW),
            Map.entry("getdate", NOW),
            Map.entry("sysdate", NOW),
            Map.entry("gen_random_uuid", UUID),
            Map.entry("uuid_generate_v4", UUID),
            Map.entry("uuid", UUID),
            Map.entry("newid", UUID),
            Map.entry("to_char", STRFTIME),
            Map.entry("date_format", STRFTIME),
            Map.entry("to_timestamp", "datetime(epoch_seconds, 'unixepoch')"),
            Map.entry("date_trunc", "date(value) or strftime('%Y-%m-01', value)"),
            Map.entry("extract", "strftime('%Y', value) and friends"),
            Map.entry("greatest", "the multi-argument max(a, b, …)"),
            Map.entry("least", "the multi-argument min(a, b, …)"),
            Map.entry("array_agg", JSON_ARRAY_AGG),
            Map.entry("json_agg", JSON_ARRAY_AGG),
            Map.entry("jsonb_build_object", JSON_OBJECT),
            Map.entry("json_build_object", JSON_OBJECT),
            Map.entry("regexp_replace", "replace() for fixed text; regexp needs a server extension"),
            Map.entry("len", "length(value)"),
            Map.entry("if", "iif(condition, then, else) (SQLite 3.32+) or CASE WHEN … THEN … ELSE … END"),
            Map.entry("isnull", IFNULL),
            Map.entry("nvl", IFNULL));

    /** SQLite built-ins with the release that added them. */
    private static final Map<String, SqliteVersion> FUNCTIONS_SINCE = Map.ofEntries(
            Map.entry("iif", SqliteVersion.of(32)),
            Map.entry("unixepoch", SqliteVersion.of(38)),
            Map.entry("format", SqliteVersion.of(38)),
            Map.entry("octet_length", SqliteVersion.of(43)),
            Map.entry("timediff", SqliteVersion.of(43)),
            Map.entry("concat", SqliteVersion.of(44)),
            Map.entry("concat_ws", SqliteVersion.of(44)),
            Map.entry("string_agg", SqliteVersion.of(44)));

    @Override
    public List<RuleDescriptor> descriptors() {
        return List.of(FOREIGN, QUALIFIED, TOO_NEW);
    }

    @Override
    public void check(SqlStatement statement, RuleContext context) {
        for (int at : statement.findAll(QUALIFIED_CALL)) {
            if (at == 0 || !statement.matchesAt(NAMING_KEYWORD, at - 1)) {
                context.report(QUALIFIED.id(), at);
            }
        }
        for (int at : statement.findAll(CALL)) {
            if (at > 0 && statement.matchesAt(NAMING_KEYWORD, at - 1)) {
                continue;
            }
            String name = statement.token(at).text().toLowerCase(Locale.ROOT);
            String replacement = FOREIGN_FUNCTIONS.get(name);
            if (replacement != null) {
                context.report(FOREIGN.id(), at, name + "() is not a SQLite function; use " + replacement);
            }
            SqliteVersion since = FUNCTIONS_SINCE.get(name);
            if (since != null && !context.target().atLeast(since)) {
                context.report(TOO_NEW.id(), at, name + "() needs SQLite " + since + " (target is " + context.target() + ")");
            }
        }
    }
}
