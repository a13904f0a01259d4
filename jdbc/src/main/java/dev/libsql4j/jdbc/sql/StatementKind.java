package dev.libsql4j.jdbc.sql;

import java.util.Locale;

/**
 * What a SQL statement does, judged by its leading keyword (for {@code WITH}, by the keyword of the
 * main statement after the common table expressions).
 */
public enum StatementKind {
  /** {@code SELECT}. */
  SELECT,
  /** {@code VALUES (…)}. */
  VALUES,
  /** {@code INSERT} (including {@code INSERT OR …}). */
  INSERT,
  /** {@code REPLACE}, SQLite's alias of {@code INSERT OR REPLACE}. */
  REPLACE,
  /** {@code UPDATE}. */
  UPDATE,
  /** {@code DELETE}. */
  DELETE,
  /** {@code EXPLAIN …}. */
  EXPLAIN,
  /** {@code PRAGMA …}. */
  PRAGMA,
  /** {@code BEGIN …}. */
  BEGIN,
  /** {@code COMMIT} or {@code END}. */
  COMMIT,
  /** {@code ROLLBACK} (also {@code ROLLBACK TO}, see {@link ParsedSql#isRollbackToSavepoint()}). */
  ROLLBACK,
  /** {@code SAVEPOINT name}. */
  SAVEPOINT,
  /** {@code RELEASE [SAVEPOINT] name}. */
  RELEASE,
  /** Anything else: DDL, {@code ATTACH}, {@code VACUUM}, … */
  OTHER;

  /** Maps a leading keyword to a kind; {@code WITH} is resolved by the scanner and never passed. */
  static StatementKind ofKeyword(String word) {
    return switch (word.toUpperCase(Locale.ROOT)) {
      case "SELECT" -> SELECT;
      case "VALUES" -> VALUES;
      case "INSERT" -> INSERT;
      case "REPLACE" -> REPLACE;
      case "UPDATE" -> UPDATE;
      case "DELETE" -> DELETE;
      case "EXPLAIN" -> EXPLAIN;
      case "PRAGMA" -> PRAGMA;
      case "BEGIN" -> BEGIN;
      case "COMMIT", "END" -> COMMIT;
      case "ROLLBACK" -> ROLLBACK;
      case "SAVEPOINT" -> SAVEPOINT;
      case "RELEASE" -> RELEASE;
      default -> OTHER;
    };
  }

  /** Whether the statement changes rows and so may carry a {@code RETURNING} clause. */
  public boolean isDml() {
    return this == INSERT || this == REPLACE || this == UPDATE || this == DELETE;
  }

  /** Whether the statement inserts rows, so that {@code last_insert_rowid} is meaningful. */
  public boolean isInsert() {
    return this == INSERT || this == REPLACE;
  }

  /** Whether the statement only reads, so its rows may be streamed through a cursor. */
  public boolean isQuery() {
    return this == SELECT || this == VALUES || this == EXPLAIN;
  }
}
