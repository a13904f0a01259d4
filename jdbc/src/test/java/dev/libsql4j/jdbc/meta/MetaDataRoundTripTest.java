package dev.libsql4j.jdbc.meta;

import static org.assertj.core.api.Assertions.assertThat;

import dev.libsql4j.testing.CountingProxy;
import dev.libsql4j.testing.SqldExtension;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What each metadata call costs on the wire: one pipeline request per catalog call, whatever the
 * number of tables, and none for fixed answers.
 */
// Counts HTTP requests through the CountingProxy.
@Tag("http-only")
class MetaDataRoundTripTest {

  @RegisterExtension
  static final SqldExtension SQLD = SqldExtension.standalone();

  private static CountingProxy proxy;
  private static Connection connection;
  private static DatabaseMetaData meta;

  /** A metadata call whose cost is measured. */
  @FunctionalInterface
  interface MetaCall {
    Object call() throws SQLException;
  }

  @BeforeAll
  static void connect() throws SQLException {
    proxy = CountingProxy.start(SQLD.node().httpUrl());
    connection = DriverManager.getConnection("jdbc:libsql:" + proxy.url());
    try (Statement statement = connection.createStatement()) {
      for (int i = 0; i < 20; i++) {
        statement.execute("CREATE TABLE parent" + i + " (id INTEGER PRIMARY KEY, name TEXT UNIQUE)");
        statement.execute("CREATE TABLE child" + i + " (id INTEGER PRIMARY KEY, parent_id INTEGER "
            + "REFERENCES parent" + i + "(id), note TEXT)");
        statement.execute("CREATE INDEX ix_child" + i + " ON child" + i + " (note)");
      }
    }
    meta = connection.getMetaData();
  }

  @AfterAll
  static void disconnect() throws SQLException {
    try (CountingProxy closing = proxy) {
      connection.close();
    }
  }

  @BeforeEach
  void resetCount() {
    proxy.reset();
  }

  @Test
  void catalogCallsAreOneRequestEach() throws SQLException {
    assertRequests(1, () -> meta.getTables(null, null, "%", null));
    assertRequests(1, () -> meta.getColumns(null, null, "%", "%"));
    assertRequests(1, () -> meta.getPrimaryKeys(null, null, "parent3"));
    assertRequests(1, () -> meta.getImportedKeys(null, null, "child3"));
    assertRequests(1, () -> meta.getExportedKeys(null, null, "parent3"));
    assertRequests(1, () -> meta.getCrossReference(null, null, "parent3", null, null, "child3"));
    assertRequests(1, () -> meta.getIndexInfo(null, null, "child3", false, false));
  }

  @Test
  void fixedAnswersSendNothing() throws SQLException {
    meta.getDatabaseProductVersion(); // asked once per database, then known
    proxy.reset();
    assertRequests(0, meta::getTypeInfo);
    assertRequests(0, meta::getTableTypes);
    assertRequests(0, meta::getSchemas);
    assertRequests(0, meta::getCatalogs);
    assertRequests(0, () -> meta.getProcedures(null, null, "%"));
    assertRequests(0, () -> meta.getFunctions(null, null, "%"));
    assertRequests(0, () -> meta.getUDTs(null, null, "%", null));
    assertRequests(0, meta::getDatabaseProductVersion);
    assertRequests(0, meta::supportsFullOuterJoins);
    assertRequests(0, meta::getSQLKeywords);
  }

  @Test
  void allColumnsOfManyTablesComeInOneAnswer() throws SQLException {
    int rows = 0;
    try (ResultSet columns = meta.getColumns(null, null, "child%", null)) {
      while (columns.next()) {
        rows++;
      }
    }
    assertThat(rows).isEqualTo(20 * 3);
    assertThat(proxy.requests()).isEqualTo(1);
  }

  private static void assertRequests(int expected, MetaCall call) throws SQLException {
    proxy.reset();
    Object result = call.call();
    if (result instanceof ResultSet rs) {
      rs.close();
    }
    assertThat(proxy.requests()).as("requests").isEqualTo(expected);
  }
}
