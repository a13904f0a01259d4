package dev.libsql4j.lint.rules;

import dev.libsql4j.lint.SqliteVersion;

/** What a {@link Rule} may know and do while it checks a statement. */
public interface RuleContext {

    /** The SQLite version the SQL must run on; most rules leave version checks to their descriptor. */
    SqliteVersion target();

    /** Reports the rule's standard message at the statement token {@code tokenIndex}. */
    void report(String ruleId, int tokenIndex);

    /** Reports a message specific to this occurrence at the statement token {@code tokenIndex}. */
    void report(String ruleId, int tokenIndex, String message);
}
