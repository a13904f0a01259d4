package dev.libsql4j.liquibase.rebuild;

/** SQLite identifier quoting for generated DDL. */
public final class Identifiers {

  private Identifiers() {
  }

  /** {@code name} in double quotes, inner quotes doubled: safe for any table, column or index name. */
  public static String quote(String name) {
    return '"' + name.replace("\"", "\"\"") + '"';
  }
}
