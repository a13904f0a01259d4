package dev.libsql4j.liquibase.sqlgenerator;

import dev.libsql4j.liquibase.LibSqlDatabase;
import liquibase.database.Database;
import liquibase.sqlgenerator.core.AbstractSqlGenerator;
import liquibase.statement.SqlStatement;

/**
 * A generator that applies to libSQL databases only, ranked above Liquibase's generators for SQLite
 * (which also match, {@code LibSqlDatabase} being a {@code SQLiteDatabase}).
 *
 * @param <T> the statement it generates SQL for
 */
public abstract class LibSqlGenerator<T extends SqlStatement> extends AbstractSqlGenerator<T> {

  /** Above {@code PRIORITY_DATABASE}, which Liquibase's SQLite generators use. */
  static final int PRIORITY = PRIORITY_DATABASE + 10;

  @Override
  public int getPriority() {
    return PRIORITY;
  }

  @Override
  public boolean supports(T statement, Database database) {
    return database instanceof LibSqlDatabase;
  }
}
