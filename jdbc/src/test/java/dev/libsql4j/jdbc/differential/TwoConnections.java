package dev.libsql4j.jdbc.differential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * The "same workload, two connections" kit: one connection to sqlite-jdbc on a fresh temporary
 * file, one to libsql4j on a real sqld. Set-up SQL runs on both; a {@link Probe} runs on both and
 * their observations must be equal, or differ exactly as a documented {@link Deviation} says.
 *
 * <pre>{@code
 * both.execute("CREATE TABLE t (x INTEGER)", "INSERT INTO t VALUES (1)");
 * both.assertSame("getObject", (c, out) -> out.rows("t", c.createStatement().executeQuery("SELECT x FROM t")));
 * }</pre>
 */
final class TwoConnections implements AutoCloseable {

  static final String SQLITE_JDBC = "sqlite-jdbc";
  static final String LIBSQL4J = "libsql4j";

  private final Path sqliteFile;
  private final Connection sqlite;
  private final Connection libsql;

  private TwoConnections(Path sqliteFile, Connection sqlite, Connection libsql) {
    this.sqliteFile = sqliteFile;
    this.sqlite = sqlite;
    this.libsql = libsql;
  }

  /** Opens sqlite-jdbc on a new temporary file and libsql4j on {@code libsqlJdbcUrl}. */
  static TwoConnections open(String libsqlJdbcUrl) throws SQLException, IOException {
    Path file = Files.createTempFile("libsql4j-differential", ".db");
    Connection sqlite = DriverManager.getConnection("jdbc:sqlite:" + file);
    try {
      return new TwoConnections(file, sqlite, DriverManager.getConnection(libsqlJdbcUrl));
    } catch (SQLException e) {
      sqlite.close();
      throw e;
    }
  }

  /** The sqlite-jdbc connection, for the rare probe that needs one side only. */
  Connection sqlite() {
    return sqlite;
  }

  /** The libsql4j connection. */
  Connection libsql() {
    return libsql;
  }

  /** Runs each statement on both databases (schema and data set-up). */
  void execute(String... sql) throws SQLException {
    for (Connection connection : new Connection[] {sqlite, libsql}) {
      try (Statement statement = connection.createStatement()) {
        for (String each : sql) {
          statement.execute(each);
        }
      }
    }
  }

  /** Runs the probe on both drivers and returns both observations, sqlite-jdbc's first. */
  Observation[] observe(Probe probe) throws SQLException {
    Observation expected = new Observation(SQLITE_JDBC);
    probe.run(sqlite, expected);
    Observation actual = new Observation(LIBSQL4J);
    probe.run(libsql, actual);
    return new Observation[] {expected, actual};
  }

  /** Asserts that libsql4j observes exactly what sqlite-jdbc observes. */
  void assertSame(String what, Probe probe) throws SQLException {
    Observation[] both = observe(probe);
    assertEqual(what, both[0], both[1]);
  }

  /**
   * Asserts a documented deliberate difference: the observations must differ (a difference that
   * went away must be removed from the documentation), and {@code check} receives sqlite-jdbc's
   * and libsql4j's observations to assert what each one is.
   */
  void assertDeviation(Deviation deviation, Probe probe,
      BiConsumer<Observation, Observation> check) throws SQLException {
    Observation[] both = observe(probe);
    assertThat(both[1].facts())
        .as("%s is documented as a difference, but both drivers now agree", deviation)
        .isNotEqualTo(both[0].facts());
    check.accept(both[0], both[1]);
  }

  /**
   * Asserts documented deliberate differences that can be stated as corrections of sqlite-jdbc's
   * answer: libsql4j must observe sqlite-jdbc's facts with all corrections applied, and each
   * correction must change something (one that no longer does is stale documentation).
   */
  void assertCorrected(String what, Probe probe, Correction... corrections) throws SQLException {
    Observation[] both = observe(probe);
    List<String> expected = both[0].facts();
    for (Correction correction : corrections) {
      List<String> corrected = correction.correct().apply(expected);
      assertThat(corrected)
          .as("%s: correction %s changes nothing; is it still a difference?", what,
              correction.deviation())
          .isNotEqualTo(expected);
      expected = corrected;
    }
    Observation corrected = new Observation(SQLITE_JDBC + " corrected by " + Arrays.stream(corrections)
        .map(c -> c.deviation().name()).collect(Collectors.joining(", ")));
    expected.forEach(corrected::fact);
    assertEqual(what, corrected, both[1]);
  }

  /** Fails with a readable diff unless the observations agree. */
  private static void assertEqual(String what, Observation expected, Observation actual) {
    String diff = FactDiff.of(expected, actual);
    if (!diff.isEmpty()) {
      fail(what + ": libsql4j differs from " + expected.driver() + "\n" + diff);
    }
  }

  @Override
  public void close() throws SQLException, IOException {
    try (sqlite; libsql) {
      Files.deleteIfExists(sqliteFile);
    }
  }
}
