package dev.libsql4j.devserver.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.libsql4j.devserver.error.ProtocolException;
import dev.libsql4j.devserver.namespace.NamespaceConfig;
import dev.libsql4j.devserver.namespace.NamespaceRegistry;
import dev.libsql4j.devserver.replication.Replicator;
import dev.libsql4j.devserver.sql.Database;
import dev.libsql4j.devserver.sql.DatabaseImages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The admin API on its own listener, compatible with sqld's for what the devserver supports:
 * {@code POST /v1/namespaces/{ns}/create}, {@code DELETE /v1/namespaces/{ns}},
 * {@code GET|POST /v1/namespaces/{ns}/config} ({@code block_reads}, {@code block_writes},
 * {@code block_reason} and {@code txn_timeout_s} enforced; see {@link NamespaceConfig}) and
 * {@code GET /v1/namespaces/{ns}/stats} and {@code POST /v1/namespaces/{ns}/fork/{to}}. Bodies must be JSON ({@code Content-Type: application/json}),
 * as sqld requires; errors use sqld's {@code {"error": …}}. A replica also answers
 * {@code POST /v1/replication/pause} and {@code POST /v1/replication/resume} (for tests of stale reads).
 */
public final class AdminApi implements HttpHandler {

  private static final Pattern ROUTE =
      Pattern.compile("/v1/namespaces/([^/]+)(/create|/config|/stats|/fork/([^/]+))?");

  private final NamespaceRegistry namespaces;
  private final Replicator replicator;
  private final Map<String, NamespaceConfig> configs = new ConcurrentHashMap<>();

  /**
   * @param namespaces the databases to administer
   * @param replicator on a replica, its replication (paused and resumed here); null on a primary
   */
  public AdminApi(NamespaceRegistry namespaces, Replicator replicator) {
    this.namespaces = namespaces;
    this.replicator = replicator;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    GuardedExchange.serve(exchange, this::route);
  }

  private void route(HttpExchange exchange) throws IOException, ProtocolException {
    String path = exchange.getRequestURI().getPath();
    if (replicator != null && path.startsWith("/v1/replication/")) {
      replication(exchange, path);
      return;
    }
    Matcher m = ROUTE.matcher(path);
    if (!m.matches()) {
      HttpResponses.empty(exchange, 404);
      return;
    }
    String name = m.group(1);
    String action = m.group(2) == null ? "" : m.group(3) != null ? "/fork" : m.group(2);
    String method = exchange.getRequestMethod();
    switch (method + " " + action) {
      case "POST /create" -> {
        jsonBody(exchange);
        namespaces.create(name);
        HttpResponses.empty(exchange, 200);
      }
      case "DELETE " -> {
        namespaces.delete(name);
        configs.remove(name);
        HttpResponses.empty(exchange, 200);
      }
      case "GET /config" -> {
        namespaces.get(name);
        HttpResponses.send(exchange, 200, HttpResponses.JSON,
            configs.getOrDefault(name, NamespaceConfig.defaults()).toJson());
      }
      case "POST /config" -> {
        Database database = namespaces.get(name);
        NamespaceConfig config = NamespaceConfig.parse(jsonBody(exchange));
        configs.put(name, config);
        database.configure(config.settings());
        HttpResponses.empty(exchange, 200);
      }
      case "POST /fork" -> {
        fork(name, m.group(3));
        HttpResponses.empty(exchange, 200);
      }
      case "GET /stats" -> HttpResponses.send(exchange, 200, HttpResponses.JSON,
          HttpResponses.text(stats(namespaces.get(name))));
      default -> HttpResponses.empty(exchange, 405);
    }
  }

  private void replication(HttpExchange exchange, String path) throws IOException {
    if (!exchange.getRequestMethod().equals("POST")) {
      HttpResponses.empty(exchange, 405);
      return;
    }
    switch (path) {
      case "/v1/replication/pause" -> replicator.pause();
      case "/v1/replication/resume" -> replicator.resume();
      default -> {
        HttpResponses.empty(exchange, 404);
        return;
      }
    }
    HttpResponses.empty(exchange, 200);
  }

  /**
   * sqld's fork: a new namespace holding a copy of another's committed state (404 when the source does
   * not exist, 400 when the target does), copied as replication copies it ({@link DatabaseImages}).
   */
  private void fork(String from, String to) throws ProtocolException {
    Database source = namespaces.get(from);
    if (namespaces.exists(to)) {
      throw ProtocolException.badRequest("NAMESPACE_EXISTS", "Namespace `" + to + "` already exists");
    }
    try {
      DatabaseImages.Image image = DatabaseImages.take(source);
      DatabaseImages.apply(namespaces.create(to), image);
    } catch (SQLException | IOException e) {
      throw new ProtocolException(500, "INTERNAL", "Cannot fork `" + from + "`: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ProtocolException(503, "INTERRUPTED", "The server is shutting down");
    }
  }

  /** The body, which sqld requires to be JSON. */
  private static byte[] jsonBody(HttpExchange exchange) throws IOException, ProtocolException {
    String type = exchange.getRequestHeaders().getFirst("Content-Type");
    if (type == null || !type.startsWith("application/json")) {
      throw new ProtocolException(415, "UNSUPPORTED_MEDIA_TYPE",
          "Expected request with `Content-Type: application/json`");
    }
    return HttpResponses.body(exchange, 1 << 20);
  }

  private static String stats(Database database) throws ProtocolException {
    long bytes = 0;
    try {
      for (String suffix : new String[] {"", "-wal"}) {
        Path file = Path.of(database.file() + suffix);
        bytes += Files.exists(file) ? Files.size(file) : 0;
      }
    } catch (IOException e) {
      throw new ProtocolException(500, "INTERNAL", "Cannot read the database size: " + e.getMessage());
    }
    Long index = database.replicationIndex();
    return "{\"storage_bytes_used\":" + bytes + ",\"replication_index\":"
        + (index == null ? "null" : "\"" + index + "\"") + "}";
  }
}
