package dev.libsql4j.liquibase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.sql.Connection;
import liquibase.exception.CommandExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Changes SQLite cannot do fail Liquibase's validation on libSQL — before any change set runs —
 * with the file, line, column, change set id and author, in all three changelog formats.
 */
class ChangeLogValidationTest {

  @RegisterExtension
  final FreshSqld sqld = new FreshSqld();

  @Test
  void xmlChangelogFailsAtValidateTimeWithFileLineAndChangeSet() throws Exception {
    String message = failedUpdate("invalid/changelog.xml");

    assertThat(message)
        .contains("invalid/changelog.xml:12:5: error[add-auto-increment]: changeset auto-increment-later (author ann), "
            + "addAutoIncrement: SQLite cannot add AUTOINCREMENT to an existing column")
        .contains("invalid/changelog.xml:16:44: error[ilike]: changeset postgres-sql (author bob), sql: ILIKE")
        .contains("invalid/changelog.xml:19:5: error[materialized-view]: changeset materialized (author bob), createView:");
    assertNothingRan();
  }

  @Test
  void yamlChangelogFailsAtValidateTimeWithFileLineAndChangeSet() throws Exception {
    String message = failedUpdate("invalid/changelog.yaml");

    assertThat(message)
        .contains("invalid/changelog.yaml:14:11: error[array-type]: changeset array-type (author cy), modifyDataType:")
        .contains("invalid/changelog.yaml:23:27: error[double-colon-cast]: changeset cast (author cy), sql:");
    assertNothingRan();
  }

  @Test
  void formattedSqlChangelogFailsAtValidateTimeWithFileLineAndChangeSet() throws Exception {
    String message = failedUpdate("invalid/changelog.sql");

    assertThat(message).contains("invalid/changelog.sql:8:1: error[truncate]: changeset truncate (author dee), sql:");
    assertNothingRan();
  }

  @Test
  void modifyDataTypeTheServerCannotHonourFailsAtValidateTime() throws Exception {
    try (Connection c = sqld.connect()) {
      Db.run(c, "CREATE TABLE account (id INTEGER PRIMARY KEY, email TEXT)", "CREATE TABLE measure (value REAL) STRICT",
          "INSERT INTO account (email) VALUES ('a@example.com')");
    }
    String message = failedUpdate("invalid/server-types.xml");

    assertThat(message)
        .contains("invalid/server-types.xml:7:5: error[rowid-alias-type]: changeset types (author eve), modifyDataType: "
            + "column id is the table's INTEGER PRIMARY KEY (the rowid)")
        .contains("invalid/server-types.xml:8:5: error[strict-table-type]: changeset types (author eve), modifyDataType: "
            + "table measure is STRICT, which does not allow VARCHAR(20)")
        .doesNotContain("server-types.xml:6:");
    try (Connection c = sqld.connect()) {
      assertThat(Db.rows(c, "SELECT type FROM pragma_table_info('account')")).containsExactly("INTEGER", "TEXT");
    }
  }

  private String failedUpdate(String changelog) throws Exception {
    try (Connection c = sqld.connect()) {
      Throwable failure = catchThrowable(() -> Liquibases.update(c, changelog));
      assertThat(failure).isInstanceOf(CommandExecutionException.class)
          .hasMessageContaining("Validation Failed");
      return failure.getMessage();
    }
  }

  /** The valid first change set did not run either: validation comes before everything. */
  private void assertNothingRan() throws Exception {
    try (Connection c = sqld.connect()) {
      assertThat(Db.rows(c, "SELECT name FROM sqlite_schema WHERE name = 'account'")).isEmpty();
    }
  }
}
