package dev.libsql4j.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A minimal Hrana-over-HTTP caller for the harness's own tests: {@code POST /v3/pipeline} with
 * {@code execute} requests and a final {@code close}. (The real client lives in the hrana module,
 * which depends on this one, so it cannot be used here.)
 */
final class Hrana {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final URI baseUrl;
    private String token;
    private String namespace;

    private Hrana(URI baseUrl) {
        this.baseUrl = baseUrl;
    }

    static Hrana at(URI baseUrl) {
        return new Hrana(baseUrl);
    }

    Hrana token(String bearerToken) {
        this.token = bearerToken;
        return this;
    }

    Hrana namespace(String name) {
        this.namespace = name;
        return this;
    }

    /** Runs the statements in one pipeline; returns the raw HTTP answer. */
    Response pipeline(String... sqls) {
        ObjectNode body = JSON.createObjectNode();
        ArrayNode requests = body.putArray("requests");
        for (String sql : sqls) {
            ObjectNode execute = requests.addObject().put("type", "execute");
            execute.putObject("stmt").put("sql", sql);
        }
        requests.addObject().put("type", "close");
        return post("/v3/pipeline", body.toString());
    }

    /** Runs one statement through {@code POST /v3/cursor}; returns the NDJSON body as text. */
    Response cursor(String sql) {
        ObjectNode body = JSON.createObjectNode();
        body.putObject("batch").putArray("steps").addObject().putObject("stmt").put("sql", sql);
        return post("/v3/cursor", body.toString());
    }

    /** Runs the statements and fails unless HTTP and every statement succeeded. */
    List<JsonNode> execute(String... sqls) {
        Response response = pipeline(sqls);
        if (response.status() != 200) {
            throw new AssertionError("HTTP " + response.status() + ": " + response.body());
        }
        List<JsonNode> results = new ArrayList<>();
        for (int i = 0; i < sqls.length; i++) {
            JsonNode result = response.json().path("results").path(i);
            if (!"ok".equals(result.path("type").asText())) {
                throw new AssertionError("'" + sqls[i] + "' failed: " + result);
            }
            results.add(result.path("response").path("result"));
        }
        return results;
    }

    /** The rows of one query, each row a list of the values' text (null for SQL NULL). */
    List<List<String>> rows(String sql) {
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode row : execute(sql).get(0).path("rows")) {
            List<String> values = new ArrayList<>();
            row.forEach(value -> values.add(value.path("value").isMissingNode() ? null : value.path("value").asText()));
            rows.add(values);
        }
        return rows;
    }

    private Response post(String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (namespace != null) {
            request.header(Namespaces.HEADER, Namespaces.headerValue(namespace));
        }
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Response(int status, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }
    }
}
