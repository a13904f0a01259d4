package dev.libsql4j.jdbc;

import static dev.libsql4j.jdbc.Jdbc.exec;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Values and parameters against the real server: what is bound is what is read back. */
class ValuesTest {

  @RegisterExtension
  static final SqldDatabase DB = SqldDatabase.direct();

  @BeforeAll
  static void createSchema() throws SQLException {
    exec(DB.dataSource(), "CREATE TABLE typed (i INTEGER, big BIGINT, r REAL, t TEXT, b BLOB, d DATE, ts TIMESTAMP, "
        + "n NUMERIC, bo BOOLEAN, v VARCHAR(10))");
  }

  @Test
  void everyParameterStyleBindsByJdbcIndex() throws SQLException {
    try (Connection connection = DB.dataSource().getConnection()) {
      for (String sql : new String[] {"SELECT ?, ?", "SELECT ?1, ?2", "SELECT :a, :b", "SELECT @a, $b", "SELECT ?, :b"}) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
          statement.setInt(1, 10);
          statement.setString(2, "x");
          try (ResultSet rows = statement.executeQuery()) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getInt(1)).as(sql).isEqualTo(10);
            assertThat(rows.getString(2)).as(sql).isEqualTo("x");
          }
        }
      }
    }
  }

  @Test
  void aRepeatedNameIsOneParameter() throws SQLException {
    try (Connection connection = DB.dataSource().getConnection();
         PreparedStatement statement = connection.prepareStatement("SELECT :x + :x, ?3")) {
      assertThat(statement.getParameterMetaData().getParameterCount()).isEqualTo(3);
      statement.setInt(1, 21);
      statement.setInt(3, 5);
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        assertThat(rows.getInt(1)).isEqualTo(42);
        assertThat(rows.getInt(2)).isEqualTo(5);
      }
    }
  }

  @Test
  void boundValuesComeBackAsSqliteJdbcReturnsThem() throws SQLException {
    UUID uuid = UUID.randomUUID();
    Timestamp timestamp = Timestamp.valueOf("2024-01-02 03:04:05.678");
    try (Connection connection = DB.dataSource().getConnection();
         PreparedStatement insert = connection.prepareStatement(
             "INSERT INTO typed VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      insert.setInt(1, 7);
      insert.setLong(2, 5_000_000_000L);
      insert.setDouble(3, 1.5);
      insert.setObject(4, uuid);
      insert.setBytes(5, new byte[] {1, 2, (byte) 0xff});
      insert.setDate(6, java.sql.Date.valueOf("2024-01-02"));
      insert.setTimestamp(7, timestamp);
      insert.setBigDecimal(8, new BigDecimal("3.25"));
      insert.setBoolean(9, true);
      insert.setNull(10, Types.VARCHAR);
      insert.executeUpdate();
    }
    try (Connection connection = DB.dataSource().getConnection(); Statement statement = connection.createStatement();
         ResultSet rows = statement.executeQuery("SELECT * FROM typed")) {
      assertThat(rows.next()).isTrue();
      assertThat(rows.getObject("i")).isEqualTo(7);
      assertThat(rows.getObject("big")).isEqualTo(5_000_000_000L);
      assertThat(rows.getObject("r")).isEqualTo(1.5);
      assertThat(rows.getObject("t", UUID.class)).isEqualTo(uuid);
      assertThat(rows.getBytes("b")).containsExactly(1, 2, 0xff);
      assertThat(rows.getString("d")).isEqualTo("2024-01-02");
      assertThat(rows.getDate("d")).isEqualTo(java.sql.Date.valueOf("2024-01-02"));
      assertThat(rows.getObject("d", LocalDate.class)).isEqualTo(LocalDate.of(2024, 1, 2));
      assertThat(rows.getTimestamp("ts")).isEqualTo(timestamp);
      assertThat(rows.getObject("ts", LocalDateTime.class)).isEqualTo(timestamp.toLocalDateTime());
      // NUMERIC affinity turns the text '3.25' into a REAL, as in SQLite.
      assertThat(rows.getObject("n")).isEqualTo(3.25);
      assertThat(rows.getBigDecimal("n")).isEqualByComparingTo("3.25");
      assertThat(rows.getBoolean("bo")).isTrue();
      assertThat(rows.getObject("v")).isNull();
      assertThat(rows.wasNull()).isTrue();
      assertThat(rows.getInt("v")).isZero();

      ResultSetMetaData meta = rows.getMetaData();
      assertThat(meta.getColumnType(1)).isEqualTo(Types.INTEGER);
      assertThat(meta.getColumnType(2)).isEqualTo(Types.BIGINT);
      assertThat(meta.getColumnType(3)).isEqualTo(Types.REAL);
      assertThat(meta.getColumnType(5)).isEqualTo(Types.BLOB);
      assertThat(meta.getColumnType(6)).isEqualTo(Types.DATE);
      assertThat(meta.getColumnType(7)).isEqualTo(Types.TIMESTAMP);
      assertThat(meta.getColumnType(9)).isEqualTo(Types.BOOLEAN);
      assertThat(meta.getColumnTypeName(10)).isEqualTo("VARCHAR");
      assertThat(meta.getPrecision(10)).isEqualTo(10);
    }
  }

  @Test
  void epochMillisStorageIsAvailable() throws SQLException {
    try (LibSqlDataSource millis = new LibSqlDataSource(SqldDatabase.jdbcUrl(DB.node().httpUrl(), "dateTimeFormat=epochMillis"));
         Connection connection = millis.getConnection();
         PreparedStatement select = connection.prepareStatement("SELECT ?, typeof(?)")) {
      Timestamp timestamp = new Timestamp(1_700_000_000_000L);
      select.setTimestamp(1, timestamp);
      select.setTimestamp(2, timestamp);
      try (ResultSet rows = select.executeQuery()) {
        rows.next();
        assertThat(rows.getLong(1)).isEqualTo(1_700_000_000_000L);
        assertThat(rows.getString(2)).isEqualTo("integer");
        assertThat(rows.getTimestamp(1)).isEqualTo(timestamp);
      }
    }
  }

  /** Spring's StatementCreatorUtils.setNull: ask the parameter type, then setNull with it. */
  @Test
  void setNullWithTheReportedParameterTypeBindsNull() throws SQLException {
    try (Connection connection = DB.dataSource().getConnection();
         PreparedStatement select = connection.prepareStatement("SELECT ? IS NULL")) {
      int type = select.getParameterMetaData().getParameterType(1);
      assertThat(type).isEqualTo(Types.OTHER);
      select.setNull(1, type);
      try (ResultSet rows = select.executeQuery()) {
        rows.next();
        assertThat(rows.getBoolean(1)).isTrue();
      }
    }
  }

  @Test
  void expressionColumnsAreTypedByTheirValue() throws SQLException {
    try (Connection connection = DB.dataSource().getConnection(); Statement statement = connection.createStatement();
         ResultSet rows = statement.executeQuery("SELECT 1, 3000000000, 1.0, 'x', x'00', NULL, julianday('2024-01-02')")) {
      rows.next();
      ResultSetMetaData meta = rows.getMetaData();
      assertThat(meta.getColumnType(1)).isEqualTo(Types.INTEGER);
      assertThat(meta.getColumnType(2)).isEqualTo(Types.BIGINT);
      assertThat(meta.getColumnType(3)).isEqualTo(Types.FLOAT);
      assertThat(meta.getColumnType(4)).isEqualTo(Types.VARCHAR);
      assertThat(meta.getColumnType(5)).isEqualTo(Types.BLOB);
      assertThat(meta.getColumnType(6)).isEqualTo(Types.NUMERIC);
      assertThat(meta.getColumnTypeName(6)).isEqualTo("NUMERIC");
      assertThat(meta.getColumnClassName(2)).isEqualTo("java.lang.Long");
      assertThat(meta.getColumnClassName(5)).isEqualTo("java.lang.Object");
      assertThat(rows.getString(3)).isEqualTo("1.0");
      assertThat(rows.getDate(7)).isEqualTo(java.sql.Date.valueOf("2024-01-02"));
    }
  }

  @Test
  void aScriptOfSeveralStatementsRuns() throws SQLException {
    try (Connection connection = DB.dataSource().getConnection(); Statement statement = connection.createStatement()) {
      assertThat(statement.execute("CREATE TABLE s1 (x); INSERT INTO s1 VALUES (1); INSERT INTO s1 VALUES (2);"))
          .isFalse();
      assertThat(Jdbc.queryLong(connection, "SELECT count(*) FROM s1")).isEqualTo(2);
    }
  }

  @Test
  void updateCountsFollowSqliteJdbc() throws SQLException {
    try (Connection connection = DB.dataSource().getConnection(); Statement statement = connection.createStatement()) {
      assertThat(statement.executeUpdate("CREATE TABLE uc (x)")).isZero();
      assertThat(statement.executeUpdate("INSERT INTO uc VALUES (1), (2)")).isEqualTo(2);
      assertThat(statement.executeUpdate("UPDATE uc SET x = 3 WHERE x = 99")).isZero();
      assertThat(statement.execute("SELECT * FROM uc")).isTrue();
      assertThat(statement.getUpdateCount()).isEqualTo(-1);
      assertThat(statement.execute("DELETE FROM uc")).isFalse();
      assertThat(statement.getUpdateCount()).isEqualTo(2);
      assertThat(statement.getMoreResults()).isFalse();
      assertThat(statement.getUpdateCount()).isEqualTo(-1);
    }
  }
}
