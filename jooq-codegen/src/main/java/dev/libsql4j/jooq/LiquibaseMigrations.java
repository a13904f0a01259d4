package dev.libsql4j.jooq;

import dev.libsql4j.lint.SourceFile;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import liquibase.Scope;
import liquibase.change.AbstractSQLChange;
import liquibase.change.Change;
import liquibase.change.core.SQLFileChange;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.resource.CompositeResourceAccessor;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.resource.ResourceAccessor;
import liquibase.sql.Sql;
import liquibase.sqlgenerator.SqlGeneratorFactory;
import org.jooq.tools.JooqLogger;

/**
 * A Liquibase changelog, run by Liquibase itself on the throwaway SQLite database (so types,
 * defaults and constraints are what Liquibase's SQLite support really creates, unlike jOOQ's
 * {@code LiquibaseDatabase}, which runs on H2). The changelog is looked up relative to the base
 * directory, then on the class path.
 *
 * <p>Before anything runs, the SQL of every change is linted: {@code sqlFile} changes under the
 * file's own path (exact lines), {@code sql} changes and generated changes under
 * {@code changelog[changeSet id by author]} with lines counted from the start of that SQL.
 */
final class LiquibaseMigrations {

  private static final JooqLogger LOG = JooqLogger.getLogger(LiquibaseMigrations.class);

  private LiquibaseMigrations() {
  }

  static void apply(Connection connection, CodegenSettings settings, SchemaLint lint) {
    String path = settings.changelog();
    try {
      ResourceAccessor resources = new CompositeResourceAccessor(
          new DirectoryResourceAccessor(settings.basedir()),
          new ClassLoaderResourceAccessor(LiquibaseMigrations.class.getClassLoader()));
      Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
      Scope.child(Map.of(Scope.Attr.resourceAccessor.name(), resources), () -> {
        DatabaseChangeLog changelog = ChangeLogParserFactory.getInstance().getParser(path, resources)
            .parse(path, new ChangeLogParameters(database), resources);
        lint.check(sqlOf(changelog, database));
        new CommandScope(UpdateCommandStep.COMMAND_NAME)
            .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
            .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, path)
            .execute();
      });
    } catch (SchemaLintException e) {
      throw e;
    } catch (Exception e) {
      throw new SchemaSourceException("Liquibase could not apply " + path + " to the temporary SQLite database: "
          + e.getMessage(), e);
    }
  }

  private static List<SourceFile> sqlOf(DatabaseChangeLog changelog, Database database) {
    List<SourceFile> sources = new ArrayList<>();
    for (ChangeSet changeSet : changelog.getChangeSets()) {
      String name = changeSet.getFilePath() + "[changeSet " + changeSet.getId() + " by " + changeSet.getAuthor() + "]";
      for (Change change : changeSet.getChanges()) {
        if (change instanceof SQLFileChange file) {
          sources.add(SourceFile.of(sqlFilePath(changeSet, file), file.getSql()));
        } else if (change instanceof AbstractSQLChange sql) {
          sources.add(SourceFile.of(name, sql.getSql()));
        } else {
          generated(change, database, name).ifPresent(sources::add);
        }
      }
    }
    return sources;
  }

  /** The SQL file's path as the changelog's own path is written, so that findings point at a real file. */
  private static String sqlFilePath(ChangeSet changeSet, SQLFileChange file) {
    return Boolean.TRUE.equals(file.isRelativeToChangelogFile())
        ? Path.of(changeSet.getFilePath()).resolveSibling(file.getPath()).toString()
        : file.getPath();
  }

  private static Optional<SourceFile> generated(Change change, Database database, String name) {
    try {
      Sql[] statements = SqlGeneratorFactory.getInstance().generateSql(change, database);
      return Optional.of(SourceFile.of(name,
          Arrays.stream(statements).map(Sql::toSql).collect(Collectors.joining(";\n"))));
    } catch (RuntimeException e) {
      // Some SQLite generators need the tables to exist already; Liquibase validates those changes itself.
      LOG.warn("libSQL lint", name + ": not linted, Liquibase cannot render " + change.getDescription()
          + " before it runs: " + e.getMessage());
      return Optional.empty();
    }
  }
}
