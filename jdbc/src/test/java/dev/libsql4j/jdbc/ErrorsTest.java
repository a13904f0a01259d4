package dev.libsql4j.jdbc;

import static dev.libsql4j.jdbc.Jdbc.exec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.libsql4j.testing.SqldNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Server errors arrive as the right SQLException subclass with the server's code and message. */
class ErrorsTest {

  @RegisterExtension
  static final SqldDatabase DB = SqldDatabase.direct();

  @BeforeAll
  static void createSchema() throws SQLException {
    exec(DB.dataSource(), "CREATE TABLE e (a INT UNIQUE NOT NULL)", "INSERT INTO e VALUES (1)");
  }

  @Test
  void aConstraintViolationIs23xxxAndTheConnectionStaysUsable() throws SQLException {
    try (Connection connection = DB.dataSource().getConnection(); Statement statement = connection.createStatement()) {
      SQLIntegrityConstraintViolationException e = catchThrowableOfType(SQLIntegrityConstraintViolationException.class,
          () -> statement.executeUpdate("INSERT INTO e VALUES (1)"));
      assertThat(e.getSQLState()).isEqualTo("23505");
      assertThat(e.getErrorCode()).isEqualTo(19);
      assertThat(e.getMessage()).contains("SQLITE_CONSTRAINT").contains("UNIQUE constraint failed: e.a");
      SQLIntegrityConstraintViolationException notNull = catchThrowableOfType(
          SQLIntegrityConstraintViolationException.class, () -> statement.executeUpdate("INSERT INTO e VALUES (NULL)"));
      assertThat(notNull.getSQLState()).isEqualTo("23502");
      assertThat(statement.executeUpdate("INSERT INTO e VALUES (2)")).isEqualTo(1);
    }
  }

  @Test
  void anSqlErrorIs42xxx() throws SQLException {
    try (Connection connection = DB.dataSource().getConnection(); Statement statement = connection.createStatement()) {
      SQLSyntaxErrorException e = catchThrowableOfType(SQLSyntaxErrorException.class,
          () -> statement.executeQuery("SELECT nope FROM e"));
      assertThat(e.getSQLState()).startsWith("42");
      assertThat(e.getMessage()).contains("no such column: nope");
      SQLSyntaxErrorException syntax = catchThrowableOfType(SQLSyntaxErrorException.class,
          () -> statement.execute("SELEC 1"));
      assertThat(syntax.getSQLState()).startsWith("42");
    }
  }

  @Test
  void aStoppedServerIs08xxx() throws Exception {
    try (SqldNode node = SqldNode.builder().start();
         LibSqlDataSource own = new LibSqlDataSource(SqldDatabase.jdbcUrl(node.httpUrl(), ""))) {
      try (Connection connection = own.getConnection(); Statement statement = connection.createStatement()) {
        statement.execute("SELECT 1");
        node.stop();
        SQLTransientConnectionException e = catchThrowableOfType(SQLTransientConnectionException.class,
            () -> statement.execute("SELECT 1"));
        assertThat(e.getSQLState()).startsWith("08");
        assertThat(connection.isValid(2)).isFalse();
        node.restart();
        assertThat(connection.isValid(5)).isTrue();
        assertThat(statement.execute("SELECT 1")).isTrue();
      }
    }
  }

  @Test
  void aMissingParameterIs07001BeforeAnythingIsSent() throws SQLException {
    try (Connection connection = DB.dataSource().getConnection();
         java.sql.PreparedStatement statement = connection.prepareStatement("SELECT ?, ?")) {
      statement.setInt(1, 1);
      SQLException e = catchThrowableOfType(SQLException.class, statement::executeQuery);
      assertThat(e.getSQLState()).isEqualTo("07001");
    }
  }

  @Test
  void aClosedConnectionIs08003() throws SQLException {
    Connection connection = DB.dataSource().getConnection();
    connection.close();
    SQLException e = catchThrowableOfType(SQLException.class, connection::createStatement);
    assertThat(e.getSQLState()).isEqualTo("08003");
    assertThat(connection.isValid(1)).isFalse();
  }
}
