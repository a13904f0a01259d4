package dev.libsql4j.jdbc;

import static dev.libsql4j.jdbc.Jdbc.exec;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code PreparedStatement.getMetaData()} before execution: one {@code describe} request, kept. */
class PreparedMetaDataTest {

  @RegisterExtension
  static final SqldDatabase DB = SqldDatabase.proxied();

  @BeforeAll
  static void createSchema() throws SQLException {
    exec(DB.dataSource(), "CREATE TABLE item (id INTEGER PRIMARY KEY, name VARCHAR(20), price DECIMAL(10,2))");
  }

  @Tag(SqldDatabase.HTTP_ONLY)
  @Test
  void columnsAreDescribedOnceBeforeExecution() throws SQLException {
    try (Connection connection = DB.dataSource().getConnection();
         PreparedStatement select = connection.prepareStatement(
             "SELECT id, name AS label, price * ? AS total FROM item WHERE id = ?")) {
      DB.proxy().reset();
      ResultSetMetaData meta = select.getMetaData();
      assertThat(meta.getColumnCount()).isEqualTo(3);
      assertThat(meta.getColumnLabel(2)).isEqualTo("label");
      assertThat(meta.getColumnType(1)).isEqualTo(Types.INTEGER);
      assertThat(meta.getColumnTypeName(2)).isEqualTo("VARCHAR");
      assertThat(meta.getPrecision(2)).isEqualTo(20);
      assertThat(meta.getColumnTypeName(3)).as("an expression, with no row to type it").isEqualTo("NUMERIC");
      assertThat(select.getMetaData()).isSameAs(meta);
      assertThat(DB.proxy().requests()).isEqualTo(1);

      select.setInt(1, 2);
      select.setInt(2, 1);
      try (ResultSet rows = select.executeQuery()) {
        assertThat(rows.next()).isFalse();
      }
      assertThat(DB.proxy().requests()).isEqualTo(2);
    }
  }

  @Test
  void aStatementWithoutRowsHasNoColumns() throws SQLException {
    try (Connection connection = DB.dataSource().getConnection();
         PreparedStatement insert = connection.prepareStatement("INSERT INTO item (name) VALUES (?)")) {
      assertThat(insert.getMetaData().getColumnCount()).isZero();
    }
  }

  @Test
  void inATransactionTheUncommittedSchemaIsDescribed() throws SQLException {
    try (Connection connection = DB.dataSource().getConnection()) {
      connection.setAutoCommit(false);
      try (Statement statement = connection.createStatement()) {
        statement.execute("CREATE TABLE draft (note TEXT)");
      }
      try (PreparedStatement select = connection.prepareStatement("SELECT note FROM draft")) {
        assertThat(select.getMetaData().getColumnTypeName(1)).isEqualTo("TEXT");
      }
      connection.rollback();
    }
  }
}
