package dev.libsql4j.liquibase.validation;

import java.util.Optional;
import liquibase.change.Change;

/** A check of one change that {@link ChangeLogChecker} runs besides its own, e.g. against the live schema. */
@FunctionalInterface
public interface ChangeRule {

  /** The problem with {@code change}, if it has one. */
  Optional<Problem> check(Change change);

  /**
   * What is wrong with a change.
   *
   * @param ruleId     stable id, as in sql-lint's findings
   * @param message    what is wrong
   * @param suggestion what to do instead
   */
  record Problem(String ruleId, String message, String suggestion) {
  }
}
