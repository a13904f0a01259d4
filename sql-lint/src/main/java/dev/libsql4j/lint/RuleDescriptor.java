package dev.libsql4j.lint;

import java.util.Objects;
import java.util.Optional;

/**
 * What a rule id means: its default severity, its standard message and fix, and — for
 * features SQLite gained over time — the first version that has them.
 *
 * @param id             stable id, used in output, suppression comments and configuration
 * @param severity       default severity
 * @param message        what is wrong (rules may give a more specific message per finding)
 * @param suggestion     the rewrite for SQLite / libSQL
 * @param supportedSince first SQLite version with the feature, or null when no version has it
 */
public record RuleDescriptor(String id, Severity severity, String message, String suggestion,
                             SqliteVersion supportedSince) {

    public RuleDescriptor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(suggestion, "suggestion");
    }

    /** A construct that no SQLite version supports. */
    public static RuleDescriptor unsupported(String id, Severity severity, String message, String suggestion) {
        return new RuleDescriptor(id, severity, message, suggestion, null);
    }

    /** A feature SQLite has from {@code since} on: flagged only for older targets. */
    public static RuleDescriptor since(SqliteVersion since, String id, String message, String suggestion) {
        return new RuleDescriptor(id, Severity.ERROR, message, suggestion, since);
    }

    /** The first SQLite version with the feature, if any. */
    public Optional<SqliteVersion> since() {
        return Optional.ofNullable(supportedSince);
    }

    /** True when {@code target} lacks the construct, i.e. when the rule applies at all. */
    public boolean appliesTo(SqliteVersion target) {
        return supportedSince == null || !target.atLeast(supportedSince);
    }
}
