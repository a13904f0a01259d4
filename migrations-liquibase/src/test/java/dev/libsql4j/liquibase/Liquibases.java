package dev.libsql4j.liquibase;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.Map;
import liquibase.Scope;
import liquibase.command.CommandResults;
import liquibase.command.CommandScope;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

/** Runs Liquibase commands the way its CLI and Maven plugin do: through {@link CommandScope}. */
final class Liquibases {

  private Liquibases() {
  }

  static Database database(Connection connection) throws Exception {
    return DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
  }

  /** Runs {@code command} on the database with the changelog from the test class path; returns its output. */
  static String run(Database database, String command, String changelog, Map<String, Object> arguments)
      throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Map<String, Object> scope = Map.of(Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor());
    Scope.child(scope, () -> {
      CommandScope commandScope = new CommandScope(command)
          .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
          .setOutput(new PrintStream(out, true, StandardCharsets.UTF_8));
      if (changelog != null) {
        commandScope.addArgumentValue("changelogFile", changelog);
      }
      arguments.forEach(commandScope::addArgumentValue);
      CommandResults results = commandScope.execute();
      results.getResults().forEach((k, v) -> out.writeBytes((k + "=" + v + "\n").getBytes(StandardCharsets.UTF_8)));
    });
    return out.toString(StandardCharsets.UTF_8);
  }

  static String update(Connection connection, String changelog) throws Exception {
    return run(database(connection), "update", changelog, Map.of());
  }
}
