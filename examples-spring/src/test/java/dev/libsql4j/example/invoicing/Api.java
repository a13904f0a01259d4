package dev.libsql4j.example.invoicing;

import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/** The service's REST API over real HTTP, as curl would call it; errors are answers, not exceptions. */
final class Api {

  /** A status and a JSON body. */
  record Answer(HttpStatusCode status, JsonNode body) {

    int code() {
      return status.value();
    }
  }

  private final RestClient http;

  Api(int port) {
    http = RestClient.builder().baseUrl("http://127.0.0.1:" + port).build();
  }

  Answer get(String path, String organisation) {
    return send(http.get().uri(path), organisation);
  }

  Answer post(String path, String organisation, Object body) {
    RestClient.RequestBodySpec request = http.post().uri(path).contentType(MediaType.APPLICATION_JSON);
    if (body != null) {
      request.body(body);
    }
    return send(request, organisation);
  }

  Answer signUp(String slug, String name) {
    return post("/api/organisations", null, Map.of("slug", slug, "name", name));
  }

  private static Answer send(RestClient.RequestHeadersSpec<?> request, String organisation) {
    if (organisation != null) {
      request.header(InvoicingApplication.TENANT_HEADER, organisation);
    }
    return request.exchange((req, res) -> new Answer(res.getStatusCode(), res.bodyTo(JsonNode.class)));
  }
}
