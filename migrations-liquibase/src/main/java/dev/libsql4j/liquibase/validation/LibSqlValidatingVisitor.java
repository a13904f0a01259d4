package dev.libsql4j.liquibase.validation;

import dev.libsql4j.liquibase.LibSqlDatabase;
import dev.libsql4j.lint.Finding;
import dev.libsql4j.lint.FindingFormatter;
import dev.libsql4j.lint.Severity;
import dev.libsql4j.lint.SqlLinter;
import java.util.List;
import liquibase.Scope;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.RanChangeSet;
import liquibase.changelog.visitor.ValidatingVisitor;
import liquibase.database.Database;
import liquibase.exception.DatabaseException;
import liquibase.exception.UnexpectedLiquibaseException;

/**
 * Liquibase's validation plus, on libSQL, the {@link ChangeLogChecker} for the server's SQLite
 * version: a change SQLite cannot do fails {@code update} before the first change set runs, with
 * {@code file:line:col: error[rule]: changeset id (author a), change: …} in the message.
 */
public class LibSqlValidatingVisitor extends ValidatingVisitor {

  private ChangeLogChecker checker;

  /** @param ranChangeSets as Liquibase passes them, to skip change sets that already ran */
  public LibSqlValidatingVisitor(List<RanChangeSet> ranChangeSets) {
    super(ranChangeSets);
  }

  @Override
  protected void additionalValidations(ChangeSet changeSet, Database database, boolean shouldValidate, boolean ran) {
    if (!shouldValidate || !(database instanceof LibSqlDatabase libSql)) {
      return;
    }
    for (Finding finding : checker(libSql).check(changeSet, Scope.getCurrentScope().getResourceAccessor())) {
      if (finding.severity() == Severity.ERROR) {
        getValidationErrors().addError(FindingFormatter.format(finding), changeSet);
      } else {
        getWarnings().addWarning(FindingFormatter.format(finding));
      }
    }
  }

  private ChangeLogChecker checker(LibSqlDatabase database) {
    if (checker == null) {
      try {
        checker = new ChangeLogChecker(SqlLinter.builder().targetVersion(database.serverVersion()).build(),
            new ModifyDataTypeRule(database));
      } catch (DatabaseException e) {
        throw new UnexpectedLiquibaseException("cannot read the server's SQLite version", e);
      }
    }
    return checker;
  }
}
