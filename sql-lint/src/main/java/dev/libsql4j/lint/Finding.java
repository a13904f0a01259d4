package dev.libsql4j.lint;

import java.util.Objects;

/**
 * One problem found in SQL: which rule, where, and how to fix it.
 *
 * @param ruleId     the rule's stable id, as listed by {@link RuleCatalog} and used in suppression comments
 * @param severity   error or warning, after configured overrides
 * @param message    what is wrong, for this statement
 * @param suggestion how to write it for SQLite / libSQL
 * @param file       the {@link SourceFile#name()}
 * @param line       1-based line of the offending token
 * @param column     1-based column of the offending token
 */
public record Finding(String ruleId, Severity severity, String message, String suggestion,
                      String file, int line, int column) {

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(suggestion, "suggestion");
        Objects.requireNonNull(file, "file");
    }
}
