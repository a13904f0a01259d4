package dev.libsql4j.lint;

/** How serious a finding is: an error fails the build, a warning is only printed. */
public enum Severity {
    /** The statement fails on libSQL (or silently does something else than intended). */
    ERROR,
    /** The statement may work, or could not be checked; a human should look. */
    WARNING;

    /** Lower-case label used in the compiler-style output ({@code error}, {@code warning}). */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Parses {@code error} / {@code warning}, case-insensitively. */
    public static Severity parse(String text) {
        return valueOf(text.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
