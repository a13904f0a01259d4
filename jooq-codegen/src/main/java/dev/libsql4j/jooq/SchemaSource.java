package dev.libsql4j.jooq;

import java.sql.Connection;

/**
 * A SQLite database holding the schema to generate code for: a live libSQL database, or a
 * throwaway SQLite file the migrations were applied to. Closing it releases the connection (and
 * deletes a throwaway file).
 */
interface SchemaSource extends AutoCloseable {

  /** The open connection jOOQ's SQLite meta queries run on. */
  Connection connection();

  @Override
  void close();

  /** Opens the source the settings describe; lints its SQL first, so that errors stop everything. */
  static SchemaSource open(CodegenSettings settings) {
    SchemaLint lint = new SchemaLint(settings);
    if (settings.live()) {
      return LiveSchema.open(settings, lint);
    }
    ScratchSqlite scratch = ScratchSqlite.create();
    try {
      if (settings.changelog() != null) {
        LiquibaseMigrations.apply(scratch.connection(), settings, lint);
      } else {
        ScriptMigrations.apply(scratch.connection(), settings, lint);
      }
      return scratch;
    } catch (RuntimeException e) {
      scratch.close();
      throw e;
    }
  }
}
