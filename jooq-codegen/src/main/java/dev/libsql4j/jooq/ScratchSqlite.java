package dev.libsql4j.jooq;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import org.sqlite.JDBC;

/**
 * A throwaway SQLite file (sqlite-jdbc) that migrations are applied to at build time, so code
 * generation needs no server: what jOOQ reads back is what SQLite itself stored.
 */
final class ScratchSqlite extends ConnectedSchema {

  private final Path file;

  private ScratchSqlite(Path file, Connection connection) {
    super(connection);
    this.file = file;
  }

  /** A new, empty database in a temporary file. */
  static ScratchSqlite create() {
    Path file;
    try {
      file = Files.createTempFile("libsql4j-jooq-", ".db");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create a temporary SQLite file for code generation", e);
    }
    try {
      // Named explicitly: the plugin's class loader is not always the one DriverManager scans.
      Connection connection = new JDBC().connect("jdbc:sqlite:" + file, new Properties());
      return new ScratchSqlite(file, connection);
    } catch (SQLException e) {
      deleteQuietly(file);
      throw new SchemaSourceException("Cannot open the temporary SQLite file " + file + ": " + e.getMessage(), e);
    }
  }

  @Override
  void release() {
    deleteQuietly(file);
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      file.toFile().deleteOnExit();
    }
  }
}
