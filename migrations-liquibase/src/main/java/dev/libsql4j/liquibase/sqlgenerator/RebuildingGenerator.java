package dev.libsql4j.liquibase.sqlgenerator;

import dev.libsql4j.liquibase.LibSqlDatabase;
import dev.libsql4j.liquibase.rebuild.CreateTableSql;
import dev.libsql4j.liquibase.rebuild.Identifiers;
import dev.libsql4j.liquibase.rebuild.RebuildException;
import dev.libsql4j.liquibase.rebuild.TableRebuild;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;
import liquibase.database.Database;
import liquibase.exception.DatabaseException;
import liquibase.exception.UnexpectedLiquibaseException;
import liquibase.exception.ValidationErrors;
import liquibase.sql.Sql;
import liquibase.sql.UnparsedSql;
import liquibase.sqlgenerator.SqlGeneratorChain;
import liquibase.statement.SqlStatement;
import liquibase.structure.core.Table;

/**
 * A generator for a change that SQLite's {@code ALTER TABLE} cannot do (at least on some server
 * versions): it edits the table's stored {@code CREATE TABLE} text and emits a {@link TableRebuild}.
 *
 * <p>Liquibase's own SQLite generators, which it outranks, re-derive the table from a snapshot and
 * lose CHECK constraints, foreign-key actions, triggers and views.
 *
 * @param <T> the statement it generates SQL for
 */
public abstract class RebuildingGenerator<T extends SqlStatement> extends LibSqlGenerator<T> {

  /** How a statement changes the table's definition. */
  @FunctionalInterface
  protected interface Edit<T> {
    CreateTableSql apply(T statement, CreateTableSql definition, LibSqlDatabase database);
  }

  private final Function<T, String> tableName;
  private final Edit<T> edit;

  /**
   * @param tableName the table a statement rebuilds
   * @param edit      the table's new definition
   */
  protected RebuildingGenerator(Function<T, String> tableName, Edit<T> edit) {
    this.tableName = tableName;
    this.edit = edit;
  }

  @Override
  public boolean generateStatementsIsVolatile(Database database) {
    return true; // reads the table's definition from the database
  }

  @Override
  public ValidationErrors validate(T statement, Database database, SqlGeneratorChain<T> sqlGeneratorChain) {
    ValidationErrors errors = new ValidationErrors();
    errors.checkRequiredField("tableName", tableName(statement));
    return errors;
  }

  /** True when {@code statement} is done by a rebuild on this database (not natively). */
  @SuppressWarnings("unchecked")
  public final boolean rebuildsFor(SqlStatement statement, LibSqlDatabase database) {
    try {
      return rebuilds((T) statement, database);
    } catch (DatabaseException e) {
      throw new UnexpectedLiquibaseException(e);
    }
  }

  /** True when the statement needs a rebuild on this server; override for changes SQLite can do natively. */
  protected boolean rebuilds(T statement, LibSqlDatabase database) throws DatabaseException {
    return true;
  }

  /** The native SQL, for statements where {@link #rebuilds} is false. */
  protected Sql[] nativeSql(T statement, LibSqlDatabase database) {
    throw new IllegalStateException(getClass().getSimpleName() + " always rebuilds");
  }

  /** The table to rebuild. */
  protected final String tableName(T statement) {
    return tableName.apply(statement);
  }

  @Override
  public Sql[] generateSql(T statement, Database database, SqlGeneratorChain<T> sqlGeneratorChain) {
    LibSqlDatabase libSql = (LibSqlDatabase) database;
    try {
      if (!rebuilds(statement, libSql)) {
        return nativeSql(statement, libSql);
      }
      TableRebuild rebuild = TableRebuild.read(libSql.jdbcConnection(), tableName(statement));
      Table table = new Table().setName(tableName(statement));
      return rebuild.statements(definition -> edit.apply(statement, definition, libSql)).stream()
          .map(sql -> new UnparsedSql(sql, table)).toArray(Sql[]::new);
    } catch (SQLException | DatabaseException e) {
      throw new UnexpectedLiquibaseException("could not read the definition of table " + tableName(statement), e);
    } catch (RebuildException e) {
      throw new UnexpectedLiquibaseException("cannot rebuild table " + tableName(statement) + ": " + e.getMessage(), e);
    }
  }

  /** One {@code ALTER TABLE t <action>} per action: SQLite's ALTER TABLE takes one action at a time. */
  protected final Sql[] alterTable(T statement, List<String> actions) {
    Table table = new Table().setName(tableName(statement));
    return actions.stream()
        .map(action -> new UnparsedSql("ALTER TABLE " + Identifiers.quote(tableName(statement)) + " " + action, table))
        .toArray(Sql[]::new);
  }

  /** {@code "a, b"} → {@code "a", "b"} quoted, for column lists in generated DDL. */
  static String quotedList(String commaSeparated) {
    StringBuilder list = new StringBuilder();
    for (String name : commaSeparated.split(",")) {
      if (list.length() > 0) {
        list.append(", ");
      }
      list.append(Identifiers.quote(name.strip()));
    }
    return list.toString();
  }
}
