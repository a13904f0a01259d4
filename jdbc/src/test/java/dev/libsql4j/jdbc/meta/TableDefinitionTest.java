package dev.libsql4j.jdbc.meta;

import static java.sql.DatabaseMetaData.importedKeyInitiallyDeferred;
import static java.sql.DatabaseMetaData.importedKeyInitiallyImmediate;
import static java.sql.DatabaseMetaData.importedKeyNotDeferrable;
import static org.assertj.core.api.Assertions.assertThat;

import dev.libsql4j.jdbc.meta.TableDefinition.ForeignKey;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableDefinitionTest {

  @Test
  void namedTablePrimaryKeyIsFound() {
    TableDefinition table = TableDefinition.parse(
        "CREATE TABLE t (a INT, b INT, CONSTRAINT pk_t PRIMARY KEY (a, b))");
    assertThat(table.primaryKeyName()).isEqualTo("pk_t");
  }

  @Test
  void namedColumnPrimaryKeyIsFound() {
    assertThat(TableDefinition.parse(
        "CREATE TABLE t (id INTEGER CONSTRAINT \"pk id\" PRIMARY KEY, x)").primaryKeyName())
        .isEqualTo("pk id");
  }

  @Test
  void unnamedPrimaryKeyHasNoName() {
    assertThat(TableDefinition.parse("CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT)")
        .primaryKeyName()).isNull();
  }

  @Test
  void aConstraintNameDoesNotLeakToALaterPrimaryKey() {
    TableDefinition table = TableDefinition.parse("CREATE TABLE t (a INT, b INT, "
        + "CONSTRAINT fk_a FOREIGN KEY (a) REFERENCES x(id), PRIMARY KEY (b))");
    assertThat(table.primaryKeyName()).isNull();
    assertThat(table.foreignKey(0)).isEqualTo(new ForeignKey("fk_a", importedKeyNotDeferrable));
  }

  @Test
  void keywordsInsideStringsCommentsAndChecksAreIgnored() {
    TableDefinition table = TableDefinition.parse("CREATE TABLE t (\n"
        + "  a TEXT DEFAULT 'CONSTRAINT x PRIMARY KEY', -- CONSTRAINT y REFERENCES z\n"
        + "  b INT CHECK (b IN (1, 2)) /* CONSTRAINT q */ REFERENCES other(id)\n"
        + ")");
    assertThat(table.primaryKeyName()).isNull();
    assertThat(table.foreignKey(0)).isEqualTo(new ForeignKey(null, importedKeyNotDeferrable));
    assertThat(table.foreignKey(1)).isNull();
  }

  @Test
  void deferrabilityFollowsTheDeclaration() {
    TableDefinition table = TableDefinition.parse("CREATE TABLE t (a, b, c, d, "
        + "FOREIGN KEY (a) REFERENCES x ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED, "
        + "FOREIGN KEY (b) REFERENCES x MATCH FULL DEFERRABLE, "
        + "FOREIGN KEY (c) REFERENCES x (id) DEFERRABLE INITIALLY IMMEDIATE, "
        + "FOREIGN KEY (d) REFERENCES x NOT DEFERRABLE INITIALLY DEFERRED)");
    assertThat(List.of(table.foreignKey(3), table.foreignKey(2), table.foreignKey(1),
        table.foreignKey(0)))
        .extracting(ForeignKey::deferrability)
        .containsExactly(importedKeyInitiallyDeferred, importedKeyInitiallyImmediate,
            importedKeyInitiallyImmediate, importedKeyNotDeferrable);
  }

  @Test
  void nonTableStatementsHaveNoConstraints() {
    assertThat(TableDefinition.parse("CREATE TABLE t AS SELECT 1 AS x").foreignKey(0)).isNull();
    assertThat(TableDefinition.parse("CREATE VIRTUAL TABLE f USING fts5(body)").primaryKeyName())
        .isNull();
    assertThat(TableDefinition.parse(null).foreignKey(0)).isNull();
    assertThat(TableDefinition.parse("CREATE TABLE broken (a REFERENCES").foreignKey(0))
        .isEqualTo(new ForeignKey(null, importedKeyNotDeferrable));
  }

  /** The pragma ids SQLite itself assigns are what {@link TableDefinition#foreignKey} expects. */
  @Test
  void namesMatchSqlitesForeignKeyIds() throws Exception {
    String sql = "CREATE TABLE child (id INTEGER PRIMARY KEY, "
        + "a INT CONSTRAINT fk_a REFERENCES parent(id), "
        + "b INT REFERENCES parent(id), "
        + "c INT, d INT, "
        + "CONSTRAINT [fk c] FOREIGN KEY (c) REFERENCES parent(id), "
        + "FOREIGN KEY (d) REFERENCES parent(id))";
    List<String> byId = new ArrayList<>();
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite::memory:");
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE parent (id INTEGER PRIMARY KEY)");
      statement.execute(sql);
      try (ResultSet rs = statement.executeQuery(
          "SELECT id, \"from\" FROM pragma_foreign_key_list('child') ORDER BY id")) {
        while (rs.next()) {
          ForeignKey key = TableDefinition.parse(sql).foreignKey(rs.getInt(1));
          byId.add(rs.getString(2) + "=" + key.name());
        }
      }
    }
    assertThat(byId).containsExactly("d=null", "c=fk c", "b=null", "a=fk_a");
  }
}
