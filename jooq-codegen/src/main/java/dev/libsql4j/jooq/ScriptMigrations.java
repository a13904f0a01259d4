package dev.libsql4j.jooq;

import dev.libsql4j.lint.SourceFile;
import dev.libsql4j.lint.lexer.LineMap;
import dev.libsql4j.lint.lexer.SqlLexer;
import dev.libsql4j.lint.statement.SqlStatement;
import dev.libsql4j.lint.statement.StatementSplitter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Plain {@code .sql} migrations: every file of the configured directories (or the files named
 * directly), in natural order ({@code V2} before {@code V10}, as Flyway orders versions), linted
 * together and then applied statement by statement.
 */
final class ScriptMigrations {

  private ScriptMigrations() {
  }

  /** Lints all scripts, then applies them to {@code connection}; nothing is applied if the lint fails. */
  static void apply(Connection connection, CodegenSettings settings, SchemaLint lint) {
    List<SourceFile> scripts = read(settings.scripts(), settings.basedir());
    lint.check(scripts);
    scripts.forEach(script -> execute(connection, script));
  }

  /** The scripts in application order, named by their path relative to the base directory. */
  static List<SourceFile> read(List<Path> locations, Path basedir) {
    List<SourceFile> scripts = new ArrayList<>();
    for (Path location : locations) {
      for (Path file : files(location)) {
        try {
          scripts.add(SourceFile.of(displayName(file, basedir), Files.readString(file)));
        } catch (IOException e) {
          throw new UncheckedIOException("Cannot read migration " + file, e);
        }
      }
    }
    return scripts;
  }

  private static List<Path> files(Path location) {
    if (Files.isRegularFile(location)) {
      return List.of(location);
    }
    if (!Files.isDirectory(location)) {
      throw new IllegalArgumentException("LibSqlDatabase 'scripts' location does not exist: " + location);
    }
    try (Stream<Path> entries = Files.list(location)) {
      return entries.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().toLowerCase().endsWith(".sql"))
          .sorted((a, b) -> NaturalOrder.INSTANCE.compare(a.getFileName().toString(), b.getFileName().toString()))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list migrations in " + location, e);
    }
  }

  private static String displayName(Path file, Path basedir) {
    Path absolute = file.toAbsolutePath().normalize();
    return absolute.startsWith(basedir) ? basedir.relativize(absolute).toString() : absolute.toString();
  }

  /** Runs the statements of one script in order; a refused statement is reported at its file position. */
  static void execute(Connection connection, SourceFile script) {
    LineMap lines = new LineMap(script.text());
    try (Statement statement = connection.createStatement()) {
      for (SqlStatement sql : StatementSplitter.split(script, SqlLexer.tokenize(script.text()))) {
        try {
          statement.execute(sql.text());
        } catch (SQLException e) {
          int offset = sql.token(0).start();
          throw new SchemaSourceException(script.name() + ":" + lines.line(offset) + ":" + lines.column(offset)
              + ": SQLite refused the statement: " + e.getMessage(), e);
        }
      }
    } catch (SQLException e) {
      throw new SchemaSourceException("Cannot apply " + script.name() + ": " + e.getMessage(), e);
    }
  }
}
