package dev.libsql4j.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.libsql4j.jdbc.LibSqlDataSource;
import dev.libsql4j.testing.SqldNode;
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
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Which node served each statement is observable twice: a debug line of the driver's
 * {@code StatementRouter} logger and the {@code RoutingListener} call, both with the node's URL, its
 * role and the replication index of its answer.
 */
class ServingNodeReportTest {

  private static final String ROUTER_LOGGER = "dev.libsql4j.jdbc.exec.StatementRouter";

  private static ClusterFixture fixture;
  private LibSqlDataSource dataSource;
  private final List<String> reported = new CopyOnWriteArrayList<>();
  private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
  private Logger routerLogger;
  private Level levelBefore;

  @BeforeAll
  static void start() throws Exception {
    fixture = new ClusterFixture();
    fixture.execute("CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT)");
    fixture.awaitReplicas("SELECT count(*) FROM note", 0);
  }

  @AfterAll
  static void stop() {
    fixture.close();
  }

  @BeforeEach
  void listenAndLog() {
    dataSource = new LibSqlDataSource("jdbc:libsql:" + fixture.cluster.primary().httpUrl() + "?replicas="
        + fixture.cluster.replicas().stream().map(node -> node.httpUrl().toString()).collect(Collectors.joining(",")));
    dataSource.setRoutingListener((node, role, kind, index) -> reported.add(kind + " served by " + role + " " + node
        + " (replication index " + index + ")"));
    routerLogger = (Logger) LoggerFactory.getLogger(ROUTER_LOGGER);
    levelBefore = routerLogger.getLevel();
    routerLogger.setLevel(Level.DEBUG);
    logged.start();
    routerLogger.addAppender(logged);
  }

  @AfterEach
  void stopLogging() {
    routerLogger.detachAppender(logged);
    routerLogger.setLevel(levelBefore);
    dataSource.close();
  }

  @Test
  void eachStatementsNodeIsLoggedAtDebugAndReportedToTheListener() throws SQLException {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.executeUpdate("INSERT INTO note (text) VALUES ('x')");
      try (ResultSet rs = Consistency.primary(() -> s.executeQuery("SELECT count(*) FROM note"))) {
        assertThat(rs.next()).isTrue();
      }
      try (ResultSet rs = s.executeQuery("SELECT 1")) {
        assertThat(rs.next()).isTrue();
      }
    }
    SqldNode primary = fixture.cluster.primary();
    assertThat(reported).hasSize(3);
    assertThat(reported.get(0)).matches("WRITE served by PRIMARY " + primary.httpUrl() + " \\(replication index \\d+\\)");
    assertThat(reported.get(1)).matches("READ served by PRIMARY " + primary.httpUrl() + " \\(replication index \\d+\\)");
    assertThat(reported.get(2)).matches("READ served by REPLICA http://127\\.0\\.0\\.1:\\d+ \\(replication index \\d+\\)");
    assertThat(fixture.cluster.replicas()).anySatisfy(replica -> assertThat(reported.get(2)).contains(replica.httpUrl().toString()));
    // The log line says the same, statement by statement, at debug.
    List<String> debugLines = logged.list.stream()
        .filter(event -> event.getLevel() == Level.DEBUG && event.getFormattedMessage().contains(" served by "))
        .map(ILoggingEvent::getFormattedMessage).toList();
    assertThat(debugLines).containsExactlyElementsOf(reported);
  }
}
