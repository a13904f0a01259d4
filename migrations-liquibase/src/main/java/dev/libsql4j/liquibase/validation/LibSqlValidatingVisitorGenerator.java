package dev.libsql4j.liquibase.validation;

import java.util.List;
import liquibase.changelog.RanChangeSet;
import liquibase.changelog.visitor.ValidatingVisitor;
import liquibase.changelog.visitor.ValidatingVisitorGenerator;

/**
 * Puts {@link LibSqlValidatingVisitor} in place of Liquibase's validating visitor (registered in
 * {@code META-INF/services}); it adds checks only for libSQL databases and behaves as Liquibase's
 * own everywhere else.
 */
public class LibSqlValidatingVisitorGenerator implements ValidatingVisitorGenerator {

  @Override
  public int getPriority() {
    return PRIORITY_DATABASE;
  }

  @Override
  public ValidatingVisitor generateValidatingVisitor(List<RanChangeSet> ranChangeSetList) {
    return new LibSqlValidatingVisitor(ranChangeSetList);
  }
}
