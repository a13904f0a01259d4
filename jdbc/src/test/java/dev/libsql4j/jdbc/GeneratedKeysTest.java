package dev.libsql4j.jdbc;

import static dev.libsql4j.jdbc.Jdbc.exec;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Generated keys come with the statement's own response: zero extra requests. */
class GeneratedKeysTest {

  @RegisterExtension
  static final SqldDatabase DB = SqldDatabase.proxied();

  @BeforeAll
  static void createSchema() throws SQLException {
    exec(DB.dataSource(), "CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT)",
        "CREATE TABLE codes (code TEXT PRIMARY KEY DEFAULT ('c' || abs(random() % 1000)), label TEXT) WITHOUT ROWID");
  }

  @BeforeEach
  void clean() throws SQLException {
    exec(DB.dataSource(), "DELETE FROM people", "DELETE FROM codes");
  }

  private static List<Object> keys(Statement statement) throws SQLException {
    List<Object> keys = new ArrayList<>();
    try (ResultSet rows = statement.getGeneratedKeys()) {
      while (rows.next()) {
        keys.add(rows.getObject(1));
      }
    }
    return keys;
  }

  @Tag(SqldDatabase.HTTP_ONLY)
  @Test
  void returnGeneratedKeysGivesTheRowidLikeSqliteJdbc() throws SQLException {
    try (Connection connection = DB.dataSource().getConnection();
         PreparedStatement insert = connection.prepareStatement("INSERT INTO people(name) VALUES (?)",
             Statement.RETURN_GENERATED_KEYS)) {
      DB.proxy().reset();
      insert.setString(1, "ann");
      assertThat(insert.executeUpdate()).isEqualTo(1);
      try (ResultSet rows = insert.getGeneratedKeys()) {
        assertThat(rows.getMetaData().getColumnLabel(1)).isEqualTo("last_insert_rowid()");
        assertThat(rows.next()).isTrue();
        assertThat(rows.getLong(1)).isPositive();
      }
      assertThat(DB.proxy().requests()).isEqualTo(1);
    }
  }

  @Tag(SqldDatabase.HTTP_ONLY)
  @Test
  void namedKeyColumnsAreReturnedForNonRowidTables() throws SQLException {
    try (Connection connection = DB.dataSource().getConnection();
         PreparedStatement insert = connection.prepareStatement("INSERT INTO codes(label) VALUES (?);",
             new String[] {"code"})) {
      DB.proxy().reset();
      insert.setString(1, "first");
      assertThat(insert.executeUpdate()).isEqualTo(1);
      assertThat(keys(insert)).singleElement().asString().startsWith("c");
      assertThat(DB.proxy().requests()).isEqualTo(1);
    }
  }

  @Test
  void keyColumnIndexesSelectFromAllColumns() throws SQLException {
    try (Connection connection = DB.dataSource().getConnection(); Statement statement = connection.createStatement()) {
      statement.executeUpdate("INSERT INTO people(id, name) VALUES (42, 'bob')", new int[] {1});
      assertThat(keys(statement)).containsExactly(42);
    }
  }

  @Test
  void updatesReturnTheirKeysToo() throws SQLException {
    exec(DB.dataSource(), "INSERT INTO people(id, name) VALUES (1, 'a'), (2, 'b'), (3, 'c')");
    try (Connection connection = DB.dataSource().getConnection();
         PreparedStatement update = connection.prepareStatement("UPDATE people SET name = ? WHERE id >= 2",
             new String[] {"id"})) {
      update.setString(1, "z");
      assertThat(update.executeUpdate()).isEqualTo(2);
      assertThat(keys(update)).containsExactlyInAnyOrder(2, 3);
    }
  }

  @Tag(SqldDatabase.HTTP_ONLY)
  @Test
  void aBatchReturnsOneKeyPerInsertInTheSameRequest() throws SQLException {
    try (Connection connection = DB.dataSource().getConnection();
         PreparedStatement insert = connection.prepareStatement("INSERT INTO people(name) VALUES (?)",
             Statement.RETURN_GENERATED_KEYS)) {
      for (String name : List.of("a", "b", "c")) {
        insert.setString(1, name);
        insert.addBatch();
      }
      DB.proxy().reset();
      insert.executeBatch();
      assertThat(DB.proxy().requests()).isEqualTo(1);
      List<Object> keys = keys(insert);
      assertThat(keys).hasSize(3).doesNotHaveDuplicates();
    }
  }

  @Tag(SqldDatabase.HTTP_ONLY)
  @Test
  void keysInsideATransactionCostNoExtraRequest() throws SQLException {
    try (Connection connection = DB.dataSource().getConnection();
         PreparedStatement insert = connection.prepareStatement("INSERT INTO people(name) VALUES (?)",
             new String[] {"id"})) {
      connection.setAutoCommit(false);
      DB.proxy().reset();
      insert.setString(1, "t");
      insert.executeUpdate();
      assertThat(keys(insert)).hasSize(1);
      connection.commit();
      assertThat(DB.proxy().requests()).isEqualTo(2);
    }
  }

  @Test
  void aStatementWithoutKeysHasAnEmptyKeyResult() throws SQLException {
    try (Connection connection = DB.dataSource().getConnection(); Statement statement = connection.createStatement()) {
      statement.executeUpdate("INSERT INTO people(name) VALUES ('no keys asked')");
      assertThat(keys(statement)).isEmpty();
    }
  }
}
