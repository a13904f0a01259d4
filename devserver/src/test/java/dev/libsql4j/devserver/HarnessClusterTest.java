package dev.libsql4j.devserver;

import static org.assertj.core.api.Assertions.assertThat;

import dev.libsql4j.testing.JwtKeys;
import dev.libsql4j.testing.Namespaces;
import dev.libsql4j.testing.ServerKind;
import dev.libsql4j.testing.SqldCluster;
import dev.libsql4j.testing.SqldNode;
import java.net.URI;
import org.junit.jupiter.api.Test;

/**
 * The testing harness hands out a devserver cluster like an sqld one: a primary and replicas as
 * processes, JWT auth on every node, replicas that forward writes and wait for {@code replication_index},
 * and (devserver only) pause/resume.
 */
class HarnessClusterTest {

  @Test
  void aDevserverClusterFromTheHarnessReplicatesWithAuth() {
    JwtKeys keys = JwtKeys.generate();
    try (SqldCluster cluster = SqldCluster.builder().server(ServerKind.DEVSERVER).replicas(1).jwtAuth(keys)
        .start()) {
      SqldNode primary = cluster.primary();
      SqldNode replica = cluster.replicas().get(0);
      assertThat(primary.server()).isEqualTo(ServerKind.DEVSERVER);
      assertThat(primary.grpcUrl()).isNull();
      String token = keys.fullAccessToken();

      String write = post(replica.httpUrl(), token, "CREATE TABLE t(x)", null);
      assertThat(write).contains("\"type\":\"ok\"");
      String index = replicationIndex(write);
      assertThat(post(replica.httpUrl(), token, "SELECT count(*) FROM t", index))
          .contains("{\"type\":\"integer\",\"value\":\"0\"}");

      replica.pauseReplication();
      String second = post(primary.httpUrl(), token, "INSERT INTO t VALUES (1)", null);
      assertThat(post(replica.httpUrl(), token, "SELECT count(*) FROM t", null))
          .contains("{\"type\":\"integer\",\"value\":\"0\"}");
      replica.resumeReplication();
      String secondIndex = replicationIndex(second);
      assertThat(post(replica.httpUrl(), token, "SELECT count(*) FROM t", secondIndex))
          .contains("{\"type\":\"integer\",\"value\":\"1\"}");
      // The replica checks tokens itself: none is refused there too.
      assertThat(HttpProbe.post(replica.httpUrl(), "/v3/pipeline", body("SELECT 1", null)).status()).isEqualTo(401);
    }
  }

  @Test
  void aNamespaceCreatedOnTheHarnessPrimaryIsServedByItsReplica() {
    try (SqldCluster cluster = SqldCluster.builder().server(ServerKind.DEVSERVER).replicas(1).namespaces(true)
        .start()) {
      SqldNode primary = cluster.primary();
      SqldNode replica = cluster.replicas().get(0);
      primary.createNamespace("acme");
      primary.createNamespace("globex");
      inNamespace(primary.httpUrl(), "acme", "CREATE TABLE invoice(n)", null);
      String index = replicationIndex(
          inNamespace(primary.httpUrl(), "acme", "INSERT INTO invoice VALUES ('acme-1')", null));

      assertThat(inNamespace(replica.httpUrl(), "acme", "SELECT n FROM invoice", index))
          .contains("{\"type\":\"text\",\"value\":\"acme-1\"}");
      assertThat(inNamespace(replica.httpUrl(), "globex",
          "SELECT count(*) FROM sqlite_master WHERE name = 'invoice'", null))
          .contains("{\"type\":\"integer\",\"value\":\"0\"}");
      assertThat(HttpProbe.post(replica.httpUrl(), "/v3/pipeline", body("SELECT 1", null),
          Namespaces.HEADER, Namespaces.headerValue("never-created")).status()).isEqualTo(404);
    }
  }

  private static String inNamespace(URI url, String namespace, String sql, String replicationIndex) {
    HttpProbe.Reply reply = HttpProbe.post(url, "/v3/pipeline", body(sql, replicationIndex),
        Namespaces.HEADER, Namespaces.headerValue(namespace));
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.body();
  }

  private static String post(URI url, String token, String sql, String replicationIndex) {
    HttpProbe.Reply reply = HttpProbe.post(url, "/v3/pipeline", body(sql, replicationIndex),
        "Authorization", "Bearer " + token);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.body();
  }

  private static String replicationIndex(String pipelineAnswer) {
    return pipelineAnswer.replaceAll(".*\"replication_index\":\"(\\d+)\".*", "$1");
  }

  private static String body(String sql, String replicationIndex) {
    String index = replicationIndex == null ? "" : ",\"replication_index\":\"" + replicationIndex + "\"";
    return "{\"requests\":[{\"type\":\"execute\",\"stmt\":{\"sql\":\"" + sql + "\"" + index + "}},"
        + "{\"type\":\"close\"}]}";
  }
}
