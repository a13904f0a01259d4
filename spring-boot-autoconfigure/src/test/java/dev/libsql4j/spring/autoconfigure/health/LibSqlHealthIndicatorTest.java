package dev.libsql4j.spring.autoconfigure.health;

import static org.assertj.core.api.Assertions.assertThat;

import dev.libsql4j.devserver.DevServer;
import dev.libsql4j.spring.autoconfigure.DevServerReplicas;
import dev.libsql4j.spring.autoconfigure.LibSqlDataSourceAutoConfiguration;
import dev.libsql4j.testing.CountingProxy;
import dev.libsql4j.testing.JwtKeys;
import dev.libsql4j.testing.SqldCluster;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The {@code libsql} health indicator on a real sqld primary with one replica (JWT auth): one entry
 * per node, one request per node and check, and what a down replica, a down primary and a bad token
 * look like.
 */
class LibSqlHealthIndicatorTest {

  private static final JwtKeys KEYS = JwtKeys.generate();
  private static SqldCluster cluster;

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(LibSqlDataSourceAutoConfiguration.class,
          DataSourceAutoConfiguration.class, LibSqlHealthAutoConfiguration.class));

  @BeforeAll
  static void startCluster() throws Exception {
    cluster = SqldCluster.builder().replicas(1).jwtAuth(KEYS).start();
    Properties token = new Properties();
    token.setProperty("authToken", KEYS.fullAccessToken());
    try (Connection c = DriverManager.getConnection("jdbc:libsql:" + cluster.primary().httpUrl(), token);
         Statement s = c.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS written (v INTEGER)");
      s.execute("INSERT INTO written VALUES (1)");
    }
    awaitReplicated(token);
  }

  /** Until the replica has the write, so that it reports a replication index. */
  private static void awaitReplicated(Properties token) throws Exception {
    long deadline = System.nanoTime() + 20_000_000_000L;
    try (Connection c = DriverManager.getConnection("jdbc:libsql:" + cluster.replicas().get(0).httpUrl(), token);
         Statement s = c.createStatement()) {
      while (!hasTheRow(s)) {
        if (System.nanoTime() > deadline) {
          throw new AssertionError("the replica did not get the primary's write within 20 s");
        }
        Thread.sleep(50);
      }
    }
  }

  private static boolean hasTheRow(Statement replica) {
    try (ResultSet rows = replica.executeQuery("SELECT count(*) FROM written")) {
      return rows.next() && rows.getInt(1) > 0;
    } catch (SQLException tableNotReplicatedYet) {
      return false;
    }
  }

  @AfterAll
  static void stopCluster() {
    cluster.close();
  }

  private ApplicationContextRunner onCluster(String primaryUrl, String replicaUrl) {
    return runner.withPropertyValues("libsql.url=" + primaryUrl, "libsql.replicas=" + replicaUrl,
        "libsql.auth-token=" + KEYS.fullAccessToken());
  }

  @Test
  void everyNodeIsUpWithItsRoundTripAndReplicationIndexForOneRequestEach() {
    try (CountingProxy primary = CountingProxy.start(cluster.primary().httpUrl());
         CountingProxy replica = CountingProxy.start(cluster.replicas().get(0).httpUrl())) {
      onCluster(primary.url().toString(), replica.url().toString()).run(context -> {
        HealthIndicator indicator = context.getBean("libsqlHealthIndicator", HealthIndicator.class);
        primary.reset();
        replica.reset();

        Health health = indicator.health();

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsOnlyKeys("primary", "replica-1");
        Map<String, Object> primaryNode = node(health, "primary");
        assertThat(primaryNode).containsEntry("status", "UP").containsEntry("url", primary.url().toString())
            .containsKeys("roundTripMs", "replicationIndex").doesNotContainKey("error");
        assertThat((Long) primaryNode.get("replicationIndex")).as("after a write").isPositive();
        Map<String, Object> replicaNode = node(health, "replica-1");
        assertThat(replicaNode).containsEntry("status", "UP").containsEntry("url", replica.url().toString())
            .containsKey("roundTripMs").doesNotContainKey("error");
        assertThat(replicaNode).containsKey("replicationIndex");
        assertThat((Long) replicaNode.get("replicationLag")).isEqualTo(Math.max(0,
            (Long) primaryNode.get("replicationIndex") - (Long) replicaNode.get("replicationIndex")));
        assertThat(primary.requests()).as("requests to the primary: %s", primary).isEqualTo(1);
        assertThat(primary.requests("/v2/pipeline")).isEqualTo(1);
        assertThat(replica.requests()).as("requests to the replica: %s", replica).isEqualTo(1);
        assertThat(health.toString()).doesNotContain(KEYS.fullAccessToken());
      });
    }
  }

  @Test
  void aStoppedReplicaIsDownInItsEntryWhileTheWholeStaysUp() {
    onCluster(cluster.primary().httpUrl().toString(), cluster.replicas().get(0).httpUrl().toString())
        .run(context -> {
          HealthIndicator indicator = context.getBean("libsqlHealthIndicator", HealthIndicator.class);
          cluster.replicas().get(0).stop();
          try {
            Health health = indicator.health();
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(node(health, "primary")).containsEntry("status", "UP");
            assertThat(node(health, "replica-1")).containsEntry("status", "DOWN")
                .doesNotContainKeys("replicationIndex", "replicationLag");
            assertThat((String) node(health, "replica-1").get("error")).startsWith("unreachable: ");
          } finally {
            cluster.replicas().get(0).restart();
          }
          assertThat(node(indicator.health(), "replica-1")).as("after the restart").containsEntry("status", "UP");
        });
  }

  @Test
  void aDownPrimaryMakesTheWholeDown() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    onCluster("http://127.0.0.1:" + closedPort, cluster.replicas().get(0).httpUrl().toString())
        .withPropertyValues("libsql.check-on-startup=false").run(context -> {
          Health health = context.getBean("libsqlHealthIndicator", HealthIndicator.class).health();
          assertThat(health.getStatus()).isEqualTo(Status.DOWN);
          assertThat(node(health, "primary")).containsEntry("status", "DOWN")
              .containsEntry("url", "http://127.0.0.1:" + closedPort);
          assertThat(node(health, "replica-1")).containsEntry("status", "UP")
              .as("no lag without the primary's index").doesNotContainKey("replicationLag");
        });
  }

  @Test
  void aBadTokenIsDownWithTheReasonAndWithoutTheToken() {
    String expired = KEYS.expiredToken();
    runner.withPropertyValues("libsql.url=" + cluster.primary().httpUrl(), "libsql.auth-token=" + expired,
        "libsql.check-on-startup=false").run(context -> {
          Health health = context.getBean("libsqlHealthIndicator", HealthIndicator.class).health();
          assertThat(health.getStatus()).isEqualTo(Status.DOWN);
          assertThat((String) node(health, "primary").get("error"))
              .startsWith("the server rejected the auth token as missing, invalid or expired (libsql.auth-token): ");
          assertThat(health.toString()).doesNotContain(expired);
        });
  }

  @Test
  void coversTheEmbeddedDevserverAndItsReplicas(@TempDir Path dataDir) {
    runner.withPropertyValues("libsql.devserver.data-dir=" + dataDir, "libsql.devserver.replicas=1").run(context -> {
      Health health = context.getBean("libsqlHealthIndicator", HealthIndicator.class).health();
      assertThat(health.getStatus()).isEqualTo(Status.UP);
      assertThat(node(health, "primary")).containsEntry("status", "UP")
          .containsEntry("url", context.getBean(DevServer.class).httpUrl().toString());
      assertThat(node(health, "replica-1")).containsEntry("status", "UP")
          .containsEntry("url", context.getBean(DevServerReplicas.class).httpUrls().get(0).toString());
    });
  }

  @Test
  void offWhenDisabledOrWithoutTheActuator() {
    onCluster(cluster.primary().httpUrl().toString(), cluster.replicas().get(0).httpUrl().toString())
        .withPropertyValues("management.health.libsql.enabled=false")
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(LibSqlHealthIndicator.class));
    onCluster(cluster.primary().httpUrl().toString(), cluster.replicas().get(0).httpUrl().toString())
        .withClassLoader(new FilteredClassLoader(HealthIndicator.class))
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(LibSqlHealthIndicator.class));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> node(Health health, String name) {
    return (Map<String, Object>) health.getDetails().get(name);
  }
}
