package dev.libsql4j.tenancy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A LOCAL STUB of the Turso Platform API for tests. It follows the documented contract only
 * (docs.turso.tech API reference, summarised in section 7.4 of docs/hrana-protocol.md): paths,
 * methods, bodies and status codes of the database operations {@link TursoPlatformTenantDatabases}
 * uses. It is not Turso: passing against it shows that we speak the documented contract, not that
 * the real service behaves the same.
 *
 * <p>Modelled: bearer-token check (401), databases per organisation and group, 409 for an existing
 * name, 404 for a missing one, tokens minted per database with their query parameters recorded.
 */
final class TursoPlatformStub implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern DATABASES = Pattern.compile("/v1/organizations/([^/]+)/databases");
  private static final Pattern DATABASE = Pattern.compile("/v1/organizations/([^/]+)/databases/([^/]+)");
  private static final Pattern TOKENS = Pattern.compile("/v1/organizations/([^/]+)/databases/([^/]+)/auth/tokens");

  /** A database as the API describes it. */
  record Database(String name, String group, String dbId, String hostname) {
    Map<String, Object> json() {
      return Map.of("Name", name, "DbId", dbId, "Hostname", hostname, "group", group, "regions", List.of("fra"));
    }
  }

  private final HttpServer server;
  private final String organization;
  private final String platformToken;
  private final Set<String> groups;
  private final Map<String, Database> databases = new TreeMap<>();
  private final List<String> tokenRequests = new ArrayList<>();

  private TursoPlatformStub(String organization, String platformToken, Set<String> groups) throws IOException {
    this.organization = organization;
    this.platformToken = platformToken;
    this.groups = groups;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  static TursoPlatformStub start(String organization, String platformToken, String... groups) throws IOException {
    return new TursoPlatformStub(organization, platformToken, Set.of(groups));
  }

  URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** Query strings of the token requests received, in order. */
  synchronized List<String> tokenRequests() {
    return List.copyOf(tokenRequests);
  }

  private synchronized void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!("Bearer " + platformToken).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
        reply(exchange, 401, Map.of("error", "token contains an invalid number of segments"));
        return;
      }
      String path = exchange.getRequestURI().getPath();
      String method = exchange.getRequestMethod();
      Matcher m;
      if ((m = TOKENS.matcher(path)).matches() && method.equals("POST")) {
        mintToken(exchange, m.group(1), m.group(2));
      } else if ((m = DATABASE.matcher(path)).matches()) {
        oneDatabase(exchange, method, m.group(1), m.group(2));
      } else if ((m = DATABASES.matcher(path)).matches()) {
        allDatabases(exchange, method, m.group(1));
      } else {
        reply(exchange, 404, Map.of("error", "not found"));
      }
    }
  }

  private void allDatabases(HttpExchange exchange, String method, String org) throws IOException {
    if (!org.equals(organization)) {
      reply(exchange, 404, Map.of("error", "organization not found"));
    } else if (method.equals("GET")) {
      reply(exchange, 200, Map.of("databases", databases.values().stream().map(Database::json).toList()));
    } else if (method.equals("POST")) {
      JsonNode body = JSON.readTree(exchange.getRequestBody());
      String name = body.path("name").asText();
      String group = body.path("group").asText();
      if (!groups.contains(group)) {
        reply(exchange, 400, Map.of("error", "group " + group + " not found"));
      } else if (databases.containsKey(name)) {
        reply(exchange, 409, Map.of("error", "database with name " + name + " already exists"));
      } else {
        Database database = new Database(name, group, UUID.randomUUID().toString(), name + "-" + org + ".turso.io");
        databases.put(name, database);
        reply(exchange, 200, Map.of("database", Map.of("DbId", database.dbId(), "Hostname", database.hostname(),
            "Name", name)));
      }
    } else {
      reply(exchange, 405, Map.of("error", "method not allowed"));
    }
  }

  private void oneDatabase(HttpExchange exchange, String method, String org, String name) throws IOException {
    Database database = org.equals(organization) ? databases.get(name) : null;
    if (database == null) {
      reply(exchange, 404, Map.of("error", "could not find database with name " + name));
    } else if (method.equals("GET")) {
      reply(exchange, 200, Map.of("database", database.json()));
    } else if (method.equals("DELETE")) {
      databases.remove(name);
      reply(exchange, 200, Map.of("database", name));
    } else {
      reply(exchange, 405, Map.of("error", "method not allowed"));
    }
  }

  private void mintToken(HttpExchange exchange, String org, String name) throws IOException {
    if (!org.equals(organization) || !databases.containsKey(name)) {
      reply(exchange, 404, Map.of("error", "could not find database with name " + name));
      return;
    }
    tokenRequests.add(exchange.getRequestURI().getRawQuery());
    reply(exchange, 200, Map.of("jwt", "stub-jwt-for-" + name));
  }

  private static void reply(HttpExchange exchange, int status, Object body) throws IOException {
    byte[] bytes = JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
