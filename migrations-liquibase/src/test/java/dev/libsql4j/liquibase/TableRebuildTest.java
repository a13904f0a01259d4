package dev.libsql4j.liquibase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.libsql4j.liquibase.rebuild.TableRebuild;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import liquibase.exception.CommandExecutionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Changes that SQLite's ALTER TABLE cannot do, run by Liquibase on real sqld over tables with rows,
 * indexes, triggers, a view and an ON DELETE CASCADE foreign key: every rebuild keeps all of them.
 */
class TableRebuildTest {

  @RegisterExtension
  final FreshSqld sqld = new FreshSqld();

  private static final String PARENT_ROWS = "SELECT id, name, code, score FROM parent ORDER BY id";
  private static final String CHILD_ROWS = "SELECT id, parent_id, note FROM child ORDER BY id";
  private static final String OBJECTS_BUT_TABLES =
      "SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE type <> 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";

  @BeforeEach
  void schemaWithRows() throws Exception {
    try (Connection c = sqld.connect()) {
      Db.run(c, statements("schema.sql"));
      Db.run(c,
          "INSERT INTO parent (id, name, code, score) WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50) "
              + "SELECT i, 'parent ' || i, 'c' || (i % 7), 0 FROM n",
          "INSERT INTO child (parent_id, note) SELECT id, 'first of ' || id FROM parent",
          "INSERT INTO child (parent_id, note) SELECT id, 'second of ' || id FROM parent",
          // The AUTOINCREMENT counter (50) is now above the largest id: a rebuild must not lower it.
          "DELETE FROM parent WHERE id = 50");
    }
  }

  @Test
  void rebuildingTheParentTableKeepsRowsIndexesTriggersViewsAndCascade() throws Exception {
    List<String> parents;
    List<String> children;
    List<String> others;
    try (Connection c = sqld.connect()) {
      parents = Db.rows(c, PARENT_ROWS);
      children = Db.rows(c, CHILD_ROWS);
      others = Db.rows(c, OBJECTS_BUT_TABLES);
      assertThat(parents).hasSize(49);
      assertThat(children).hasSize(98);
    }

    try (Connection c = sqld.connect()) {
      Liquibases.update(c, "rebuild/parent-changes.xml");

      assertThat(Db.rows(c, PARENT_ROWS)).isEqualTo(parents);
      assertThat(Db.rows(c, CHILD_ROWS)).isEqualTo(children);
      assertThat(Db.rows(c, OBJECTS_BUT_TABLES)).isEqualTo(others);
      assertThat(Db.rows(c, "SELECT sql FROM sqlite_schema WHERE name = 'parent'")).singleElement().asString()
          .contains("name TEXT NOT NULL", "CHECK (length(code) < 10)", "AUTOINCREMENT", "VARCHAR(20)", "DEFAULT 0");
      assertThat(Db.rows(c, "SELECT \"table\", \"on_delete\" FROM pragma_foreign_key_list('child')"))
          .containsExactly("parent|CASCADE");

      // Foreign keys are enforced again on the connection Liquibase used.
      assertThat(Db.rows(c, "PRAGMA foreign_keys")).containsExactly("1");
      assertThatThrownBy(() -> Db.run(c, "INSERT INTO child (parent_id) VALUES (999)"))
          .isInstanceOf(SQLIntegrityConstraintViolationException.class);
      // ... and they still act: deleting a parent deletes its children.
      Db.run(c, "DELETE FROM parent WHERE id = 1");
      assertThat(Db.rows(c, "SELECT count(*) FROM child WHERE parent_id = 1")).containsExactly("0");
      assertThat(Db.rows(c, "SELECT count(*) FROM child")).containsExactly("96");
      // The new NOT NULL holds, the triggers fire, the AUTOINCREMENT counter did not go back.
      assertThatThrownBy(() -> Db.run(c, "INSERT INTO parent (name) VALUES (NULL)"))
          .isInstanceOf(SQLIntegrityConstraintViolationException.class);
      Db.run(c, "INSERT INTO parent (name) VALUES ('new')");
      assertThat(Db.rows(c, "SELECT id, score FROM parent WHERE name = 'new'")).containsExactly("51|0");
      Db.run(c, "INSERT INTO child (parent_id) VALUES (51)", "UPDATE parent SET code = 'z' WHERE id = 2");
      assertThat(Db.rows(c, "SELECT score FROM parent WHERE id = 51")).containsExactly("1");
      assertThat(Db.rows(c, "SELECT what FROM audit")).contains("parent 2");
      assertThat(Db.rows(c, "SELECT n FROM parent_children WHERE name = 'parent 3'")).containsExactly("2");
    }
  }

  @Test
  void rebuildingTheChildTableKeepsItsCascadeAndAddsTheNewForeignKeyWithItsAction() throws Exception {
    List<String> children;
    try (Connection c = sqld.connect()) {
      children = Db.rows(c, CHILD_ROWS);
    }
    try (Connection c = sqld.connect()) {
      Liquibases.update(c, "rebuild/child-changes.xml");

      assertThat(Db.rows(c, CHILD_ROWS)).isEqualTo(children);
      assertThat(Db.rows(c, "SELECT \"table\", \"from\", \"on_delete\" FROM pragma_foreign_key_list('child')"))
          .containsExactly("parent|parent_id|CASCADE");
      assertThat(Db.rows(c, "SELECT name FROM pragma_table_info('child')")).containsExactly("id", "parent_id", "note");
      assertThat(Db.rows(c, "SELECT dflt_value FROM pragma_table_info('child') WHERE name = 'note'")).containsExactly("null");
      assertThat(Db.rows(c, "SELECT sql FROM sqlite_schema WHERE name = 'child_parent'")).hasSize(1);
      assertThat(Db.rows(c, "SELECT count(*) FROM databasechangelog")).containsExactly("2");
    }
  }

  @Test
  void primaryKeyUniqueColumnAndUniqueConstraintChangesKeepRowsAndCascade() throws Exception {
    List<String> children;
    try (Connection c = sqld.connect()) {
      children = Db.rows(c, CHILD_ROWS);
    }
    try (Connection c = sqld.connect()) {
      Liquibases.update(c, "rebuild/keys.xml");

      assertThat(Db.rows(c, CHILD_ROWS)).isEqualTo(children);
      assertThat(Db.rows(c, "SELECT name FROM pragma_table_info('child') WHERE pk = 1")).containsExactly("id");
      assertThat(Db.rows(c, "SELECT sql FROM sqlite_schema WHERE name = 'child'")).singleElement().asString()
          .contains("CONSTRAINT \"child_pk\" PRIMARY KEY (\"id\")", "\"code\" TEXT UNIQUE", "ON DELETE CASCADE");
      assertThat(Db.rows(c, "SELECT name FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL ORDER BY name"))
          .containsExactly("child_parent", "child_parent_note_uq", "parent_name");
      Db.run(c, "UPDATE child SET code = 'a' WHERE id = 1");
      assertThatThrownBy(() -> Db.run(c, "UPDATE child SET code = 'a' WHERE id = 2"))
          .isInstanceOf(SQLIntegrityConstraintViolationException.class);
      assertThatThrownBy(() -> Db.run(c, "INSERT INTO child (id, parent_id, note) VALUES (1, 1, 'x')"))
          .isInstanceOf(SQLIntegrityConstraintViolationException.class);
      Db.run(c, "DELETE FROM parent WHERE id = 7");
      assertThat(Db.rows(c, "SELECT count(*) FROM child WHERE parent_id = 7")).containsExactly("0");
    }
  }

  @Test
  void theForeignKeyAddedByARebuildActsOnDelete() throws Exception {
    try (Connection c = sqld.connect()) {
      Liquibases.run(Liquibases.database(c), "updateCount", "rebuild/child-changes.xml", Map.of("count", 1));
    }
    try (Connection c = sqld.connect()) {
      Db.run(c, "UPDATE child SET owner_id = 3 WHERE id = 1");
      Db.run(c, "DELETE FROM parent WHERE id = 3"); // ON DELETE SET NULL on owner_id; CASCADE deletes 3's own children
      assertThat(Db.rows(c, "SELECT id, owner_id FROM child WHERE id = 1")).containsExactly("1|null");
      assertThatThrownBy(() -> Db.run(c, "UPDATE child SET owner_id = 999 WHERE id = 1"))
          .isInstanceOf(SQLIntegrityConstraintViolationException.class);
    }
  }

  /** A rebuild whose foreign_key_check fails at commit, and bad SQL after a rebuild in the same change set. */
  @ParameterizedTest
  @CsvSource({
      "rebuild/violating-fk.xml, note-references-parent, foreign_key_check",
      "rebuild/bad-sql-midway.xml, rebuild-then-bad-sql, no_such_table"})
  void aFailingChangeSetLeavesTheDatabaseAsItWas(String changelog, String changeSet, String cause) throws Exception {
    List<String> before;
    try (Connection c = sqld.connect()) {
      before = Db.snapshot(c, "parent", "child", "audit");
    }
    try (Connection c = sqld.connect()) {
      assertThatThrownBy(() -> Liquibases.update(c, changelog))
          .isInstanceOf(CommandExecutionException.class)
          .hasMessageContaining(changeSet)
          .hasMessageContaining(cause);
      assertThat(Db.rows(c, "PRAGMA foreign_keys")).containsExactly("1");
    }
    try (Connection c = sqld.connect()) {
      assertThat(withoutLiquibaseTables(Db.snapshot(c, "parent", "child", "audit"))).isEqualTo(before);
      assertThat(Db.rows(c, "SELECT count(*) FROM databasechangelog")).containsExactly("0");
    }
  }

  @Test
  void dropColumnByRebuildAsOnServersBefore335KeepsEverythingElse() throws Exception {
    try (Connection c = sqld.connect()) {
      List<String> children = Db.rows(c, CHILD_ROWS);
      List<String> others = Db.rows(c, OBJECTS_BUT_TABLES);
      Db.run(c, "PRAGMA foreign_keys = OFF");
      c.setAutoCommit(false);
      List<String> plan = TableRebuild.read(c, "parent").statements(d -> d.withoutColumn("score").withoutColumn("code"));
      assertThat(plan).anyMatch(s -> s.startsWith("DROP VIEW")).anyMatch(s -> s.startsWith("DROP TRIGGER \"child_counts\""));
      // child_counts updates parent.score, which is gone: SQLite only notices when the trigger fires.
      Db.run(c, plan.toArray(String[]::new));
      c.commit();
      c.setAutoCommit(true);
      Db.run(c, "PRAGMA foreign_keys = ON");

      assertThat(Db.rows(c, "SELECT name FROM pragma_table_info('parent')")).containsExactly("id", "name");
      assertThat(Db.rows(c, "SELECT count(*) FROM parent")).containsExactly("49");
      assertThat(Db.rows(c, CHILD_ROWS)).isEqualTo(children);
      assertThat(Db.rows(c, OBJECTS_BUT_TABLES)).isEqualTo(others);
      Db.run(c, "DELETE FROM parent WHERE id = 4");
      assertThat(Db.rows(c, "SELECT count(*) FROM child WHERE parent_id = 4")).containsExactly("0");
    }
  }

  private static List<String> withoutLiquibaseTables(List<String> snapshot) {
    List<String> kept = new ArrayList<>();
    for (String line : snapshot) {
      if (!line.toLowerCase().contains("databasechangelog")) {
        kept.add(line);
      }
    }
    return kept;
  }

  /** A SQL file of the test class path, run as one sequence by the driver. */
  static String statements(String resource) throws IOException {
    try (InputStream in = TableRebuildTest.class.getClassLoader().getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
