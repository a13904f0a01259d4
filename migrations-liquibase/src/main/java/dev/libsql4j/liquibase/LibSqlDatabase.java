package dev.libsql4j.liquibase;

import dev.libsql4j.liquibase.sqlgenerator.RebuildingGenerator;
import dev.libsql4j.lint.SqliteVersion;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import liquibase.Scope;
import liquibase.change.Change;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.database.DatabaseConnection;
import liquibase.database.core.SQLiteDatabase;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.DatabaseException;
import liquibase.exception.LiquibaseException;
import liquibase.exception.RollbackImpossibleException;
import liquibase.executor.Executor;
import liquibase.executor.ExecutorService;
import liquibase.executor.LoggingExecutor;
import liquibase.sql.visitor.SqlVisitor;
import liquibase.sqlgenerator.SqlGenerator;
import liquibase.sqlgenerator.SqlGeneratorFactory;
import liquibase.statement.SqlStatement;

/**
 * Liquibase's {@code Database} for {@code jdbc:libsql:} connections (the libsql4j driver).
 *
 * <p>Found through {@code META-INF/services/liquibase.database.Database} and chosen over Liquibase's
 * plain {@link SQLiteDatabase} for libsql4j connections. It keeps SQLite's short name
 * {@code sqlite}, so {@code dbms="sqlite"} change sets and preconditions apply to libSQL too.
 *
 * <p>Changes that SQLite's {@code ALTER TABLE} cannot do are done by rebuilding the table (see
 * {@link dev.libsql4j.liquibase.rebuild.TableRebuild}); a change set that contains one runs with
 * {@code PRAGMA foreign_keys} off, in one transaction that is committed only when
 * {@code PRAGMA foreign_key_check} finds nothing, after which foreign keys are on again.
 */
public class LibSqlDatabase extends SQLiteDatabase {

  /** The URL prefix of the libsql4j driver. */
  public static final String URL_PREFIX = "jdbc:libsql:";

  private final ForeignKeySuspension foreignKeys = new ForeignKeySuspension();
  private ChangeSet preparedChangeSet;
  private SqliteVersion serverVersion;

  @Override
  public int getPriority() {
    return PRIORITY_DATABASE;
  }

  @Override
  public boolean isCorrectDatabaseImplementation(DatabaseConnection conn) throws DatabaseException {
    String url = conn.getURL();
    return url != null && url.startsWith(URL_PREFIX);
  }

  @Override
  public String getDefaultDriver(String url) {
    return url != null && url.startsWith(URL_PREFIX) ? "dev.libsql4j.jdbc.LibSqlDriver" : null;
  }

  @Override
  public String getDatabaseProductName() {
    return "libSQL";
  }

  @Override
  public void setConnection(DatabaseConnection conn) {
    serverVersion = null;
    super.setConnection(conn);
  }

  /** The SQLite version of the server behind the connection ({@code sqlite_version()}), read once. */
  public SqliteVersion serverVersion() throws DatabaseException {
    if (serverVersion == null) {
      serverVersion = SqliteVersion.parse(getDatabaseProductVersion());
    }
    return serverVersion;
  }

  /** The JDBC connection under Liquibase's, for reading the schema in the current transaction. */
  public Connection jdbcConnection() {
    return ((JdbcConnection) getConnection()).getUnderlyingConnection();
  }

  @Override
  public void executeStatements(Change change, DatabaseChangeLog changeLog, List<SqlVisitor> sqlVisitors)
      throws LiquibaseException {
    prepareTransaction(change.getChangeSet(), false);
    super.executeStatements(change, changeLog, sqlVisitors);
  }

  @Override
  public void executeRollbackStatements(Change change, List<SqlVisitor> sqlVisitors) throws LiquibaseException {
    prepareTransaction(change.getChangeSet(), true);
    super.executeRollbackStatements(change, sqlVisitors);
  }

  @Override
  public void executeRollbackStatements(SqlStatement[] statements, List<SqlVisitor> sqlVisitors)
      throws LiquibaseException {
    // A change set's own <rollback> statements arrive here all at once, before any of them ran.
    for (SqlStatement statement : statements) {
      if (rebuilds(statement)) {
        suspendForeignKeys();
        break;
      }
    }
    super.executeRollbackStatements(statements, sqlVisitors);
  }

  /**
   * Before the first change of a change set runs: when any of its changes rebuilds a table, foreign
   * keys go off for the change set's transaction (they cannot change once it has begun).
   */
  private void prepareTransaction(ChangeSet changeSet, boolean rollback) throws LiquibaseException {
    if (changeSet == null || changeSet == preparedChangeSet) {
      return;
    }
    preparedChangeSet = changeSet;
    List<Change> changes = rollback && changeSet.getRollback() != null && !changeSet.getRollback().getChanges().isEmpty()
        ? changeSet.getRollback().getChanges() : changeSet.getChanges();
    boolean inverse = rollback && changes == changeSet.getChanges();
    for (Change change : changes) {
      SqlStatement[] statements;
      try {
        statements = inverse ? change.generateRollbackStatements(this) : change.generateStatements(this);
      } catch (RollbackImpossibleException e) {
        continue; // Liquibase reports it when it gets there
      }
      for (SqlStatement statement : statements) {
        if (rebuilds(statement)) {
          suspendForeignKeys();
          return;
        }
      }
    }
  }

  private boolean rebuilds(SqlStatement statement) {
    for (SqlGenerator<?> generator : SqlGeneratorFactory.getInstance().getGenerators(statement, this)) {
      return generator instanceof RebuildingGenerator<?> rebuilding && rebuilding.rebuildsFor(statement, this);
    }
    return false;
  }

  private void suspendForeignKeys() throws DatabaseException {
    Executor executor = Scope.getCurrentScope().getSingleton(ExecutorService.class).getExecutor("jdbc", this);
    if (executor instanceof LoggingExecutor) {
      // update-sql: nothing runs here; whoever runs the script must do what we would.
      executor.comment("libsql4j: this change set rebuilds a table. Run it in one transaction with "
          + "PRAGMA foreign_keys = OFF set before BEGIN, and PRAGMA foreign_key_check (no rows) before COMMIT; "
          + "otherwise DROP TABLE fires ON DELETE CASCADE in the child tables");
      return;
    }
    try {
      foreignKeys.suspend(jdbcConnection());
    } catch (SQLException e) {
      throw new DatabaseException("could not turn foreign keys off for a table rebuild", e);
    }
  }

  @Override
  public void commit() throws DatabaseException {
    preparedChangeSet = null;
    if (foreignKeys.isSuspended()) {
      try {
        foreignKeys.check(jdbcConnection());
      } catch (SQLException | ForeignKeyViolationException e) {
        throw new DatabaseException(e.getMessage(), e);
      }
    }
    super.commit();
    restoreForeignKeys();
  }

  @Override
  public void rollback() throws DatabaseException {
    preparedChangeSet = null;
    super.rollback();
    restoreForeignKeys();
  }

  @Override
  public void close() throws DatabaseException {
    try {
      restoreForeignKeys();
    } finally {
      super.close();
    }
  }

  private void restoreForeignKeys() throws DatabaseException {
    if (!foreignKeys.isSuspended() || getConnection() == null || getConnection().isClosed()) {
      return;
    }
    try {
      foreignKeys.restore(jdbcConnection());
    } catch (SQLException e) {
      throw new DatabaseException("could not turn foreign keys back on after a table rebuild", e);
    }
  }
}
