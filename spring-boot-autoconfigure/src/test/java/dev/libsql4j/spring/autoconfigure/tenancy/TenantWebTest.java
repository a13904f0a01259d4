package dev.libsql4j.spring.autoconfigure.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.libsql4j.spring.autoconfigure.tenancy.web.TenantNotesApplication;
import dev.libsql4j.tenancy.SqldAdminTenantDatabases;
import dev.libsql4j.tenancy.TenantName;
import dev.libsql4j.testing.SqldExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A Spring Boot web application with JPA on real sqld namespaces, over real HTTP on a random port: the
 * tenant comes from the X-Tenant-Id header or the 'tenant' claim of a Bearer JWT, each tenant sees
 * only its own entities, and bad or unknown tenants get 400 / 404.
 */
@SpringBootTest(classes = TenantNotesApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TenantWebTest {

  @RegisterExtension
  static final SqldExtension SQLD = SqldExtension.withNamespaces();

  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort
  int port;

  @Autowired
  TenantProvisioner provisioner;

  @DynamicPropertySource
  static void sqld(DynamicPropertyRegistry registry) {
    registry.add("sqld.url", () -> "jdbc:libsql:" + SQLD.node().httpUrl());
    registry.add("sqld.token", () -> "");
    registry.add("libsql.namespace", () -> "default");
    registry.add("spring.jpa.hibernate.ddl-auto", () -> "none");   // tenants get their schema from Liquibase
    registry.add("libsql.tenancy.enabled", () -> "true");
    registry.add("libsql.tenancy.admin-url", () -> SQLD.node().adminUrl().toString());
    registry.add("libsql.tenancy.migration.changelog", () -> "classpath:db/tenant-notes.yaml");
    registry.add("libsql.tenancy.migration.on-startup", () -> "lazy");
    registry.add("libsql.tenancy.resolver.jwt-claim", () -> "tenant");
  }

  @Test
  void anEntitySavedForOneTenantIsInvisibleToAnother() throws Exception {
    provisioner.create("web-acme");
    provisioner.create("web-globex");

    assertThat(send("POST", "/notes", "acme's secret", "X-Tenant-Id", "web-acme").statusCode()).isEqualTo(200);

    assertThat(body(send("GET", "/notes", null, "X-Tenant-Id", "web-acme"))).isEqualTo("[\"acme's secret\"]");
    assertThat(body(send("GET", "/notes", null, "X-Tenant-Id", "web-globex"))).isEqualTo("[]");
  }

  @Test
  void theTenantClaimOfABearerJwtSelectsTheTenant() throws Exception {
    provisioner.create("web-jwt");
    send("POST", "/notes", "from the header", "X-Tenant-Id", "web-jwt");

    HttpResponse<String> viaClaim = send("GET", "/notes", null, "Authorization", "Bearer " + jwt("web-jwt"));

    assertThat(viaClaim.statusCode()).isEqualTo(200);
    assertThat(viaClaim.body()).isEqualTo("[\"from the header\"]");
  }

  @Test
  void aHeaderContradictingTheTokensClaimIsRefused() throws Exception {
    HttpResponse<String> answer = send("GET", "/notes", null,
        "Authorization", "Bearer " + jwt("web-jwt"), "X-Tenant-Id", "web-acme");
    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(message(answer)).isEqualTo(
        "The X-Tenant-Id header names tenant 'web-acme' but the Bearer token's 'tenant' claim names 'web-jwt'");
  }

  @Test
  void anInvalidTenantNameIs400WithTheRule() throws Exception {
    HttpResponse<String> answer = send("GET", "/notes", null, "X-Tenant-Id", "Acme Corp");
    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/json"));
    assertThat(message(answer)).isEqualTo("The X-Tenant-Id header does not name a valid tenant: Tenant name "
        + "'Acme Corp' may only contain lowercase letters a-z, digits and dashes (Turso's rule for database names)");
  }

  @Test
  void aTokenThatIsNotAJwtIs400() throws Exception {
    HttpResponse<String> answer = send("GET", "/notes", null, "Authorization", "Bearer opaque-token");
    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(message(answer)).contains("not a JWT").doesNotContain("opaque-token");
  }

  @Test
  void aTenantScopedRequestWithoutATenantIs400() throws Exception {
    HttpResponse<String> answer = send("GET", "/notes", null);
    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(message(answer)).isEqualTo(
        "This request needs a tenant: send the X-Tenant-Id header or a Bearer JWT with a 'tenant' claim");
  }

  @Test
  void aRequestThatNeedsNoTenantWorksWithoutOne() throws Exception {
    HttpResponse<String> answer = send("GET", "/ping", null);
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.body()).isEqualTo("pong");
  }

  @Test
  void anUnknownTenantIs404() throws Exception {
    HttpResponse<String> answer = send("GET", "/notes", null, "X-Tenant-Id", "web-never-created");
    assertThat(answer.statusCode()).isEqualTo(404);
    assertThat(message(answer)).isEqualTo("Tenant 'web-never-created' not found: it has no database");
  }

  @Test
  void aDeletedTenantIs404() throws Exception {
    provisioner.create("web-leaving");
    send("POST", "/notes", "bye", "X-Tenant-Id", "web-leaving");

    provisioner.delete("web-leaving");

    assertThat(send("GET", "/notes", null, "X-Tenant-Id", "web-leaving").statusCode()).isEqualTo(404);
    try (SqldAdminTenantDatabases admin = SqldAdminTenantDatabases
        .builder(SQLD.node().httpUrl(), SQLD.node().adminUrl()).build()) {
      assertThat(admin.exists(TenantName.of("web-leaving"))).isFalse();
    }
  }

  /** An unsigned-looking JWT (HS256 header, any signature): the filter reads claims, it does not verify. */
  private static String jwt(String tenant) {
    Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
    return url.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
        + url.encodeToString(("{\"sub\":\"u1\",\"tenant\":\"" + tenant + "\"}").getBytes(StandardCharsets.UTF_8))
        + "." + url.encodeToString("not-verified-here".getBytes(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> send(String method, String path, String body, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "text/plain");
    }
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String body(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response.body();
  }

  private static String message(HttpResponse<String> response) throws Exception {
    JsonNode json = JSON.readTree(response.body());
    assertThat(json.path("status").asInt()).isEqualTo(response.statusCode());
    return json.path("message").asText();
  }
}
