package dev.libsql4j.jdbc.meta;

/**
 * The version of SQLite a server runs, as {@code sqlite_version()} reports it (e.g.
 * {@code 3.45.1}), with the feature checks that depend on it.
 *
 * @param text the version as reported
 * @param major the first number
 * @param minor the second number
 */
record SqliteVersion(String text, int major, int minor) {

  /** Parses {@code major.minor[.patch…]}; parts that are not numbers count as 0. */
  static SqliteVersion parse(String text) {
    String[] parts = text.split("\\.");
    return new SqliteVersion(text, number(parts, 0), number(parts, 1));
  }

  /** Whether this version is {@code major.minor} or later. */
  boolean atLeast(int wantedMajor, int wantedMinor) {
    return major > wantedMajor || (major == wantedMajor && minor >= wantedMinor);
  }

  private static int number(String[] parts, int index) {
    try {
      return index < parts.length ? Integer.parseInt(parts[index].trim()) : 0;
    } catch (NumberFormatException notANumber) {
      return 0;
    }
  }
}
