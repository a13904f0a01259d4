package dev.libsql4j.jdbc.differential;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Writing values: one {@code setX}/{@code setObject} call binds the same value into every typical
 * column; what SQLite stored ({@code typeof} and value) and what the getters read back must be
 * the same on both drivers, but for the documented {@link Deviation}s.
 */
class ParameterRoundTripDifferentialTest extends DifferentialTest {

  /** Binds one value to parameter {@code index}. */
  @FunctionalInterface
  interface Setter {
    void bind(PreparedStatement statement, int index) throws SQLException;
  }

  /** A named way of binding a value, for test names. */
  record Binding(String name, Setter setter) {
    @Override
    public String toString() {
      return name;
    }
  }

  @BeforeAll
  static void schema() throws Exception {
    both.execute("CREATE TABLE rt (" + TypicalColumns.definitions() + ")");
  }

  static Stream<Binding> bindings() {
    return Stream.of(
        new Binding("setInt(42)", (s, i) -> s.setInt(i, 42)),
        new Binding("setLong(MAX)", (s, i) -> s.setLong(i, Long.MAX_VALUE)),
        new Binding("setShort(-3)", (s, i) -> s.setShort(i, (short) -3)),
        new Binding("setByte(7)", (s, i) -> s.setByte(i, (byte) 7)),
        new Binding("setDouble(3.75)", (s, i) -> s.setDouble(i, 3.75)),
        new Binding("setDouble(2.0)", (s, i) -> s.setDouble(i, 2.0)),
        new Binding("setFloat(1.25f)", (s, i) -> s.setFloat(i, 1.25f)),
        new Binding("setBigDecimal(12.34)", (s, i) -> s.setBigDecimal(i, new BigDecimal("12.34"))),
        new Binding("setBigDecimal(huge)",
            (s, i) -> s.setBigDecimal(i, new BigDecimal("12345678901234567890.123456789"))),
        new Binding("setString(hello)", (s, i) -> s.setString(i, "hello")),
        new Binding("setString(42)", (s, i) -> s.setString(i, "42")),
        new Binding("setString(empty)", (s, i) -> s.setString(i, "")),
        new Binding("setBytes", (s, i) -> s.setBytes(i, new byte[] {0, -1, 16})),
        new Binding("setBoolean(true)", (s, i) -> s.setBoolean(i, true)),
        new Binding("setBoolean(false)", (s, i) -> s.setBoolean(i, false)),
        new Binding("setNull(INTEGER)", (s, i) -> s.setNull(i, Types.INTEGER)),
        new Binding("setNull(VARCHAR)", (s, i) -> s.setNull(i, Types.VARCHAR)),
        new Binding("setObject(null)", (s, i) -> s.setObject(i, null)),
        new Binding("setObject(Integer)", (s, i) -> s.setObject(i, 42)),
        new Binding("setObject(Long)", (s, i) -> s.setObject(i, 1L << 33 | 1)),
        new Binding("setObject(Double)", (s, i) -> s.setObject(i, 0.25)),
        new Binding("setObject(Float)", (s, i) -> s.setObject(i, 0.5f)),
        new Binding("setObject(BigDecimal)", (s, i) -> s.setObject(i, new BigDecimal("0.10"))),
        new Binding("setObject(String)", (s, i) -> s.setObject(i, "text")),
        new Binding("setObject(byte[])", (s, i) -> s.setObject(i, new byte[] {1, 2})),
        new Binding("setObject(Boolean)", (s, i) -> s.setObject(i, Boolean.TRUE)),
        new Binding("setObject(String, INTEGER)", (s, i) -> s.setObject(i, "42", Types.INTEGER)),
        new Binding("setObject(Integer, VARCHAR)", (s, i) -> s.setObject(i, 42, Types.VARCHAR)));
  }

  /**
   * Date and time bindings, with the ISO-8601 text libsql4j stores for them and the timestamp it
   * reads back from that text.
   */
  static Stream<Arguments> dateBindings() {
    return Stream.of(
        Arguments.of(new Binding("setDate", (s, i) -> s.setDate(i, Date.valueOf("2024-01-02"))),
            "2024-01-02", "2024-01-02 00:00:00.0"),
        Arguments.of(new Binding("setTime", (s, i) -> s.setTime(i, Time.valueOf("12:34:56"))),
            "12:34:56.000", "1970-01-01 12:34:56.0"),
        Arguments.of(new Binding("setTimestamp",
                (s, i) -> s.setTimestamp(i, Timestamp.valueOf("2024-01-02 03:04:05.123"))),
            "2024-01-02 03:04:05.123", "2024-01-02 03:04:05.123"),
        Arguments.of(new Binding("setObject(sql.Date)",
                (s, i) -> s.setObject(i, Date.valueOf("2024-01-02"))),
            "2024-01-02", "2024-01-02 00:00:00.0"),
        Arguments.of(new Binding("setObject(Timestamp)",
                (s, i) -> s.setObject(i, Timestamp.valueOf("2024-01-02 03:04:05"))),
            "2024-01-02 03:04:05.000", "2024-01-02 03:04:05.0"),
        Arguments.of(new Binding("setObject(util.Date)",
                (s, i) -> s.setObject(i, new java.util.Date(EPOCH_MILLIS))),
            localText(EPOCH_MILLIS), new Timestamp(EPOCH_MILLIS).toString()),
        Arguments.of(new Binding("setObject(LocalDate)",
                (s, i) -> s.setObject(i, LocalDate.of(2024, 1, 2))),
            "2024-01-02", "2024-01-02 00:00:00.0"),
        Arguments.of(new Binding("setObject(LocalDateTime)",
                (s, i) -> s.setObject(i, LocalDateTime.of(2024, 1, 2, 3, 4, 5))),
            "2024-01-02 03:04:05.000", "2024-01-02 03:04:05.0"),
        Arguments.of(new Binding("setObject(LocalTime)",
                (s, i) -> s.setObject(i, LocalTime.of(12, 34, 56))),
            "12:34:56.000", "1970-01-01 12:34:56.0"));
  }

  private static final long EPOCH_MILLIS = 1_704_164_645_000L;

  @ParameterizedTest(name = "{0}")
  @MethodSource("bindings")
  void boundValueIsStoredAndReadTheSame(Binding binding) throws Exception {
    both.assertSame(binding.name(), insertAndRead(binding));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dateBindings")
  void datesAndTimesAreStoredAsIsoText(Binding binding, String text, String timestamp)
      throws Exception {
    both.assertDeviation(Deviation.DATES_AS_TEXT, insertAndRead(binding), (sqlite, ours) -> {
      String stored = TypicalColumns.DECLARED.keySet().stream()
          .map(column -> column + "=text '" + text + "' (String)")
          .collect(Collectors.joining(" ", "stored row: ", ""));
      // sqlite-jdbc writes epoch millis (or toString() for java.time) and reads less text back
      assertThat(ours.facts()).contains(stored, "c_text getString = " + text + " (String)",
          "c_text getTimestamp = " + timestamp + " (java.sql.Timestamp)");
    });
  }

  /** 2^40 has zero low 32 bits: sqlite-jdbc's getBoolean ({@code getInt() != 0}) says false. */
  @Test
  void wideLongIsTrue() throws Exception {
    Binding wide = new Binding("setLong(2^40)", (s, i) -> s.setLong(i, 1L << 40));
    both.assertCorrected(wide.name(), insertAndRead(wide), ValueConversionDifferentialTest.NONZERO_IS_TRUE);
  }

  @Test
  void integralBigDecimalIsBoundAsInteger() throws Exception {
    Binding seven = new Binding("setBigDecimal(7)", (s, i) -> s.setBigDecimal(i, new BigDecimal("7")));
    both.assertDeviation(Deviation.BIGDECIMAL_AS_INTEGER, insertAndRead(seven), (sqlite, ours) -> {
      // only the columns without numeric affinity can tell an INTEGER 7 from a TEXT '7'
      assertThat(ours.facts()).filteredOn(fact -> !fact.startsWith("c_blob ")
              && !fact.startsWith("c_none ") && !fact.startsWith("stored "))
          .isEqualTo(sqlite.facts().stream().filter(fact -> !fact.startsWith("c_blob ")
              && !fact.startsWith("c_none ") && !fact.startsWith("stored ")).toList());
      assertThat(sqlite.facts()).contains("c_none getObject = 7 (String)");
      assertThat(ours.facts()).contains("c_none getObject = 7 (Integer)");
      assertThat(ours.facts().stream().filter(fact -> fact.startsWith("stored row:")))
          .singleElement().asString().contains("c_blob=integer 7 (String)",
              "c_none=integer 7 (String)");
    });
  }

  /** Deletes the row, binds the value into every column of a new one, and reads it back. */
  private static Probe insertAndRead(Binding binding) {
    return (connection, out) -> {
      try (Statement statement = connection.createStatement()) {
        statement.executeUpdate("DELETE FROM rt");
      }
      String insert = "INSERT INTO rt (" + TypicalColumns.names() + ") VALUES ("
          + TypicalColumns.repeated("?") + ")";
      try (PreparedStatement statement = connection.prepareStatement(insert)) {
        for (int i = 1; i <= TypicalColumns.DECLARED.size(); i++) {
          binding.setter().bind(statement, i);
        }
        out.call("executeUpdate", statement::executeUpdate);
      }
      recordStored(connection, out);
    };
  }

  /** How libsql4j writes a java.util.Date: local time, milliseconds. */
  private static String localText(long millis) {
    return new java.text.SimpleDateFormat("yyyy-MM-dd HH:mm:ss.SSS").format(new java.util.Date(millis));
  }

  /**
   * Records the storage class and value of every column as SQL sees them, then what every getter
   * reads.
   */
  private static void recordStored(Connection connection, Observation out) throws SQLException {
    String stored = TypicalColumns.DECLARED.keySet().stream()
        // printf, not quote(): SQLite 3.45 and 3.54 quote a REAL differently
        .map(column -> "typeof(" + column + ") || ' ' || CASE typeof(" + column
            + ") WHEN 'real' THEN printf('%.17g', " + column + ") ELSE quote(" + column
            + ") END AS " + column)
        .collect(Collectors.joining(", ", "SELECT ", " FROM rt"));
    try (Statement statement = connection.createStatement()) {
      out.rows("stored", statement.executeQuery(stored));
      try (ResultSet rs = statement.executeQuery("SELECT " + TypicalColumns.names() + " FROM rt")) {
        if (rs.next()) {
          Getters.recordRow(rs, out);
        }
      }
    }
  }
}
