package dev.libsql4j.lint;

import java.util.Objects;

/**
 * A SQLite release, the unit in which rules say when a feature arrived.
 *
 * <p>Lint results depend on the SQLite a libSQL server embeds, not on the server's own
 * version: {@link #SQLD_DEFAULT} is the one the current sqld ships.
 *
 * @param major always 3 in practice
 * @param minor the feature release, e.g. 35 for RETURNING
 * @param patch the bug-fix release
 */
public record SqliteVersion(int major, int minor, int patch) implements Comparable<SqliteVersion> {

    /** SQLite inside the sqld release libsql4j tests against (libSQL 0.24.x embeds 3.45.1). */
    public static final SqliteVersion SQLD_DEFAULT = new SqliteVersion(3, 45, 1);

    public SqliteVersion {
        if (major < 0 || minor < 0 || patch < 0) {
            throw new IllegalArgumentException("Negative SQLite version part: " + major + "." + minor + "." + patch);
        }
    }

    /** Parses {@code 3.45.1} or {@code 3.45} (patch 0). */
    public static SqliteVersion parse(String text) {
        Objects.requireNonNull(text, "text");
        String[] parts = text.trim().split("\\.");
        if (parts.length < 2 || parts.length > 3) {
            throw new IllegalArgumentException("Not a SQLite version (want 3.x or 3.x.y): " + text);
        }
        try {
            return new SqliteVersion(
                    Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), parts.length == 3 ? Integer.parseInt(parts[2]) : 0);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Not a SQLite version (want 3.x or 3.x.y): " + text, e);
        }
    }

    /** Shorthand for a 3.x.0 release, as feature releases are named in SQLite's changelog. */
    public static SqliteVersion of(int minor) {
        return new SqliteVersion(3, minor, 0);
    }

    /** True when this version is {@code other} or newer. */
    public boolean atLeast(SqliteVersion other) {
        return compareTo(other) >= 0;
    }

    @Override
    public int compareTo(SqliteVersion other) {
        int byMajor = Integer.compare(major, other.major);
        if (byMajor != 0) {
            return byMajor;
        }
        int byMinor = Integer.compare(minor, other.minor);
        return byMinor != 0 ? byMinor : Integer.compare(patch, other.patch);
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + patch;
    }
}
