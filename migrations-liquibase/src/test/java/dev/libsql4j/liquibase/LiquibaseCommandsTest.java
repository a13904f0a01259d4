package dev.libsql4j.liquibase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.libsql4j.jdbc.LibSqlDataSource;
import dev.libsql4j.testing.SqldNode;
import java.sql.Connection;
import java.util.Map;
import liquibase.database.Database;
import liquibase.lockservice.LockService;
import liquibase.lockservice.LockServiceFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Liquibase's commands on real sqld over HTTP: the lock and history tables work, and update,
 * status, rollback and diff do what they do on any database.
 */
class LiquibaseCommandsTest {

  private static final String CHANGELOG = "commands/changelog.xml";

  @RegisterExtension
  final FreshSqld sqld = new FreshSqld();

  @Test
  void theLibSqlDatabaseIsChosenForJdbcLibsqlConnections() throws Exception {
    try (Connection c = sqld.connect()) {
      Database database = Liquibases.database(c);
      assertThat(database).isInstanceOf(LibSqlDatabase.class);
      assertThat(database.getShortName()).isEqualTo("sqlite");
      assertThat(((LibSqlDatabase) database).serverVersion().major()).isEqualTo(3);
      assertThat(database.getDefaultDriver(sqld.url())).isEqualTo("dev.libsql4j.jdbc.LibSqlDriver");
    }
  }

  @Test
  void statusUpdateAndStatusAgain() throws Exception {
    try (Connection c = sqld.connect()) {
      assertThat(Liquibases.run(Liquibases.database(c), "status", CHANGELOG, Map.of("verbose", true)))
          .contains("3 changesets have not been applied");

      Liquibases.update(c, CHANGELOG);

      assertThat(Db.rows(c, "SELECT id, author, exectype FROM databasechangelog ORDER BY orderexecuted"))
          .containsExactly("items|ops|EXECUTED", "items-data|ops|EXECUTED", "items-name-required|ops|EXECUTED");
      assertThat(Db.rows(c, "SELECT locked FROM databasechangeloglock")).containsExactly("0");
      assertThat(Db.rows(c, "SELECT \"notnull\" FROM pragma_table_info('item') WHERE name = 'name'")).containsExactly("1");
      assertThat(Liquibases.run(Liquibases.database(c), "status", CHANGELOG, Map.of()))
          .contains("is up to date");
    }
  }

  /**
   * Two Liquibase instances on one database, as in a rolling deployment. With the driver's default
   * {@code BEGIN IMMEDIATE}, a Liquibase connection that has only read (its start-up queries run in
   * a transaction) holds the write lock until its next commit, so the other instance would time out
   * instead of seeing the lock: such deployments use {@code transactionMode=deferred} (README).
   */
  @Test
  void theChangeLogLockKeepsASecondConnectionOutUntilReleased() throws Exception {
    try (LibSqlDataSource deferred = new LibSqlDataSource(sqld.url() + "?transactionMode=deferred");
         Connection first = deferred.getConnection(); Connection second = deferred.getConnection()) {
      LockService firstLock = LockServiceFactory.getInstance().getLockService(Liquibases.database(first));
      LockService secondLock = LockServiceFactory.getInstance().getLockService(Liquibases.database(second));

      assertThat(firstLock.acquireLock()).isTrue();
      assertThat(secondLock.acquireLock()).isFalse();
      assertThat(Db.rows(second, "SELECT locked FROM databasechangeloglock")).containsExactly("1");

      firstLock.releaseLock();
      assertThat(secondLock.acquireLock()).isTrue();
      secondLock.releaseLock();
      assertThat(Db.rows(first, "SELECT locked FROM databasechangeloglock")).containsExactly("0");
    } finally {
      LockServiceFactory.getInstance().resetAll();
    }
  }

  @Test
  void rollbackUndoesARebuildAndThenTheData() throws Exception {
    try (Connection c = sqld.connect()) {
      Liquibases.update(c, CHANGELOG);

      Liquibases.run(Liquibases.database(c), "rollbackCount", CHANGELOG, Map.of("count", 1));
      assertThat(Db.rows(c, "SELECT \"notnull\" FROM pragma_table_info('item') WHERE name = 'name'")).containsExactly("0");
      assertThat(Db.rows(c, "SELECT id, name FROM item ORDER BY id")).containsExactly("1|one", "2|two", "3|three");

      Liquibases.run(Liquibases.database(c), "rollbackCount", CHANGELOG, Map.of("count", 1));
      assertThat(Db.rows(c, "SELECT count(*) FROM item")).containsExactly("0");
      assertThat(Db.rows(c, "SELECT id FROM databasechangelog")).containsExactly("items");
    }
  }

  @Test
  void diffBetweenTwoSqldDatabases() throws Exception {
    try (SqldNode other = SqldNode.builder().start();
         LibSqlDataSource otherSource = new LibSqlDataSource("jdbc:libsql:" + other.httpUrl());
         Connection target = sqld.connect();
         Connection reference = otherSource.getConnection()) {
      Liquibases.update(reference, CHANGELOG);
      Db.run(reference, "CREATE INDEX item_name ON item (name)");
      Liquibases.run(Liquibases.database(target), "updateCount", CHANGELOG, Map.of("count", 1));

      String diff = Liquibases.run(Liquibases.database(target), "diff", null,
          Map.of("referenceDatabase", Liquibases.database(reference)));

      assertThat(diff).contains("Missing Index(s):").contains("item_name");
    }
  }
}
