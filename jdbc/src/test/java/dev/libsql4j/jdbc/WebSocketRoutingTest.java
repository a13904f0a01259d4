package dev.libsql4j.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.libsql4j.hrana.ws.HranaWsClient;
import dev.libsql4j.jdbc.routing.Node;
import dev.libsql4j.jdbc.routing.NodeGroup;
import dev.libsql4j.testing.SqldCluster;
import dev.libsql4j.testing.SqldNode;
import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Replica routing over WebSocket ({@code jdbc:libsql:ws://primary?replicas=ws://…}) on a real sqld
 * primary with two replicas: which node got which message is read from each node's WebSocket
 * message counters. Tagged {@code sqld-only}: the devserver has no WebSocket endpoint. (It sets its
 * transport itself, so it runs the same in the {@code ws-transport} execution.)
 */
@Tag("sqld-only")
class WebSocketRoutingTest {

  private static SqldCluster cluster;
  private LibSqlDataSource dataSource;
  private final List<String> served = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void startCluster() {
    cluster = SqldCluster.start(2);
  }

  @AfterAll
  static void stopCluster() {
    cluster.close();
  }

  @BeforeEach
  void webSocketDataSource() {
    dataSource = new LibSqlDataSource("jdbc:libsql:" + webSocket(cluster.primary()) + "?replicas="
        + cluster.replicas().stream().map(WebSocketRoutingTest::webSocket).collect(Collectors.joining(",")));
    dataSource.setRoutingListener((node, role, kind, index) -> served.add(role + " " + kind));
  }

  @AfterEach
  void closeDataSource() {
    dataSource.close();
  }

  private static String webSocket(SqldNode node) {
    URI http = node.httpUrl();
    return "ws://" + http.getHost() + ":" + http.getPort();
  }

  /** Messages of {@code type} the node's WebSocket client sent. */
  private static long sent(Node node, String type) {
    return ((HranaWsClient) node.database().client()).traffic().count(type);
  }

  private static NodeGroup nodes(Connection c) throws SQLException {
    return c.unwrap(LibSqlConnection.class).session().database().nodes();
  }

  /** A read that needs no table (the replicas may not have applied the writes yet). */
  private static void read(Connection c) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT 1")) {
      assertThat(rs.next()).isTrue();
    }
  }

  @Test
  void readsGoToTheReplicasInTurnAndWritesToThePrimaryEachOverItsOwnWebSockets() throws SQLException {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      NodeGroup nodes = nodes(c);
      for (int i = 0; i < 5; i++) {
        s.execute("CREATE TABLE IF NOT EXISTS item (id INTEGER PRIMARY KEY)");
        read(c);
        read(c);
      }
      assertThat(served).filteredOn(e -> e.endsWith("READ")).containsOnly("REPLICA READ").hasSize(10);
      assertThat(served).filteredOn(e -> e.endsWith("WRITE")).containsOnly("PRIMARY WRITE").hasSize(5);
      // Round-robin: each replica got five reads, each an execute on a stream of its own.
      assertThat(nodes.replicas()).allSatisfy(replica -> {
        assertThat(sent(replica, "execute")).isEqualTo(5);
        assertThat(sent(replica, "open_stream")).isEqualTo(5);
        assertThat(sent(replica, "close_stream")).isEqualTo(5);
      });
      // The writes ran on the connection's kept stream on the primary: one execute each, one stream.
      assertThat(sent(nodes.primary(), "execute")).isEqualTo(5);
      assertThat(sent(nodes.primary(), "open_stream")).isEqualTo(1);
    }
  }
}
