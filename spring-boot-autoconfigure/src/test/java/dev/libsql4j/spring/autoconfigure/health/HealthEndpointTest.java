package dev.libsql4j.spring.autoconfigure.health;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.libsql4j.testing.SqldCluster;
import dev.libsql4j.testing.SqldNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@code /actuator/health/libsql} over real HTTP on a random port, on a real sqld primary and
 * replica: what a monitoring system or a load balancer sees, and how a stopped replica counts in
 * the application's overall status.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    classes = HealthEndpointTest.App.class,
    properties = "management.endpoint.health.show-details=always")
class HealthEndpointTest {

  private static final SqldCluster CLUSTER = SqldCluster.start(1);
  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort
  private int port;

  @DynamicPropertySource
  static void cluster(DynamicPropertyRegistry registry) {
    // the test resources' application.yml reads these (the cluster has no auth: any token passes)
    registry.add("sqld.url", () -> "jdbc:libsql:" + CLUSTER.primary().httpUrl());
    registry.add("sqld.token", () -> "unused");
    registry.add("libsql.replicas", () -> CLUSTER.replicas().get(0).httpUrl().toString());
  }

  @AfterAll
  static void stopCluster() {
    CLUSTER.close();
  }

  @Test
  void showsThePrimaryAndTheReplica() throws Exception {
    HttpResponse<String> response = get("/actuator/health/libsql");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode libsql = JSON.readTree(response.body());
    assertThat(libsql.path("status").asText()).isEqualTo("UP");
    JsonNode primary = libsql.path("details").path("primary");
    assertThat(primary.path("status").asText()).isEqualTo("UP");
    assertThat(primary.path("url").asText()).isEqualTo(CLUSTER.primary().httpUrl().toString());
    assertThat(primary.path("roundTripMs").isIntegralNumber()).as(response.body()).isTrue();
    JsonNode replica = libsql.path("details").path("replica-1");
    assertThat(replica.path("status").asText()).isEqualTo("UP");
    assertThat(replica.path("url").asText()).isEqualTo(CLUSTER.replicas().get(0).httpUrl().toString());
  }

  @Test
  void aStoppedReplicaLeavesTheApplicationUp() throws Exception {
    SqldNode replica = CLUSTER.replicas().get(0);
    replica.stop();
    try {
      HttpResponse<String> overall = get("/actuator/health");
      assertThat(overall.statusCode()).as(overall.body()).isEqualTo(200);
      JsonNode health = JSON.readTree(overall.body());
      assertThat(health.path("status").asText()).isEqualTo("UP");
      JsonNode libsql = health.path("components").path("libsql");
      assertThat(libsql.path("status").asText()).isEqualTo("UP");
      assertThat(libsql.path("details").path("replica-1").path("status").asText()).isEqualTo("DOWN");
      assertThat(libsql.path("details").path("replica-1").path("error").asText()).startsWith("unreachable: ");
    } finally {
      replica.restart();
    }
  }

  private HttpResponse<String> get(String path) throws Exception {
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** The smallest application with the Actuator, Spring MVC and libsql4j's auto-configuration. */
  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class App {
  }
}
