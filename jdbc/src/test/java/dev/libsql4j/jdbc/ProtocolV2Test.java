package dev.libsql4j.jdbc;

import static dev.libsql4j.jdbc.Jdbc.exec;
import static org.assertj.core.api.Assertions.assertThat;

import dev.libsql4j.testing.SqldExtension;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** With {@code protocol=v2} the core flow runs on {@code /v2/pipeline} (no cursors, no guards). */
// The /v2 fallback of the HTTP probe; over WebSocket the subprotocol is negotiated (WebSocketTest).
@Tag(SqldDatabase.HTTP_ONLY)
class ProtocolV2Test {

  @RegisterExtension
  static final SqldDatabase DB = SqldDatabase.proxied(SqldExtension.standalone(), "?protocol=v2");

  @BeforeAll
  static void createSchema() throws SQLException {
    exec(DB.dataSource(), "CREATE TABLE v (id INTEGER PRIMARY KEY, s TEXT)");
  }

  @Test
  void theCoreFlowWorksOverV2() throws SQLException {
    DB.proxy().reset();
    try (Connection connection = DB.dataSource().getConnection();
         PreparedStatement insert = connection.prepareStatement("INSERT INTO v(s) VALUES (:s)",
             Statement.RETURN_GENERATED_KEYS)) {
      insert.setString(1, "auto");
      insert.executeUpdate();
      try (ResultSet keys = insert.getGeneratedKeys()) {
        assertThat(keys.next()).isTrue();
      }
      connection.setAutoCommit(false);
      for (int i = 0; i < 3; i++) {
        insert.setString(1, "batch" + i);
        insert.addBatch();
      }
      assertThat(insert.executeBatch()).containsExactly(1, 1, 1);
      insert.setString(1, "single");
      insert.executeUpdate();
      connection.commit();
      connection.setAutoCommit(true);
      try (Statement query = connection.createStatement()) {
        query.setFetchSize(10);
        try (ResultSet rows = query.executeQuery("SELECT count(*) FROM v")) {
          assertThat(rows.next()).isTrue();
          assertThat(rows.getInt(1)).isEqualTo(5);
        }
      }
    }
    assertThat(DB.proxy().requests("/v3/pipeline")).isZero();
    assertThat(DB.proxy().requests("/v3/cursor")).isZero();
    assertThat(DB.proxy().requests("/v2/pipeline")).isEqualTo(5);
  }
}
