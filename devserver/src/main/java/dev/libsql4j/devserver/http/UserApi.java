package dev.libsql4j.devserver.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.libsql4j.devserver.auth.Access;
import dev.libsql4j.devserver.auth.Authenticator;
import dev.libsql4j.devserver.error.ProtocolException;
import dev.libsql4j.devserver.namespace.NamespaceRegistry;
import dev.libsql4j.devserver.namespace.NamespaceResolver;
import dev.libsql4j.devserver.replication.PrimaryClient;
import dev.libsql4j.devserver.stream.StreamRegistry;
import dev.libsql4j.hrana.http.ProtocolVersion;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The user-facing HTTP API, routed like sqld's: probes, Hrana pipelines and cursors, the
 * {@code /dev/{ns}/} development routes and the legacy endpoints. Unknown paths get an empty 404, a
 * known path with the wrong method 405; CORS is open (preflights answered). No request, however
 * malformed, escapes as anything but an HTTP answer.
 */
public final class UserApi implements HttpHandler {

  private static final Pattern DEV_PIPELINE = Pattern.compile("/dev/([^/]+)/v([23])/pipeline");
  private static final String PROBE = "Hello, this is HTTP API v2 (Hrana over HTTP)";

  private final NamespaceResolver resolver;
  private final NamespaceRegistry namespaces;
  private final Authenticator authenticator;
  private final HranaEndpoints hrana;
  private final V1Endpoints v1;
  private final V0Endpoint v0;
  private final ImageEndpoint images = new ImageEndpoint();
  private final long maxRequestBytes;
  private final String version;

  /**
   * @param resolver picks a request's namespace
   * @param namespaces the databases
   * @param authenticator checks credentials
   * @param streams the open streams
   * @param maxRequestBytes the largest accepted body (413 beyond)
   * @param maxResponseBytes the largest pipeline result
   * @param version the text {@code GET /version} answers
   * @param primary on a replica, the primary that requests which write go to; null on a primary
   */
  public UserApi(NamespaceResolver resolver, NamespaceRegistry namespaces, Authenticator authenticator,
                 StreamRegistry streams, long maxRequestBytes, long maxResponseBytes, String version,
                 PrimaryClient primary) {
    ReplicaRouter router = primary == null ? null : new ReplicaRouter(primary);
    this.resolver = resolver;
    this.namespaces = namespaces;
    this.authenticator = authenticator;
    this.hrana = new HranaEndpoints(streams, maxResponseBytes, router);
    this.v1 = new V1Endpoints(streams, maxResponseBytes, router);
    this.v0 = new V0Endpoint(streams, router);
    this.maxRequestBytes = maxRequestBytes;
    this.version = version;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    GuardedExchange.serve(exchange, this::route);
  }

  private void route(HttpExchange exchange) throws IOException, ProtocolException {
    // Like sqld: any origin, method and header, so that browser clients can call it.
    var cors = exchange.getResponseHeaders();
    cors.set("Access-Control-Allow-Origin", "*");
    if (exchange.getRequestMethod().equals("OPTIONS")) {
      cors.set("Access-Control-Allow-Methods", "*");
      cors.set("Access-Control-Allow-Headers", "*");
      HttpResponses.empty(exchange, 200);
      return;
    }
    String path = exchange.getRequestURI().getPath();
    boolean post = exchange.getRequestMethod().equals("POST");
    boolean get = exchange.getRequestMethod().equals("GET");
    Matcher dev = DEV_PIPELINE.matcher(path);
    switch (path) {
      case "/health" -> answer(exchange, get, () -> HttpResponses.empty(exchange, 200));
      case "/version" -> answer(exchange, get,
          () -> HttpResponses.send(exchange, 200, HttpResponses.TEXT, HttpResponses.text(version)));
      case "/v1" -> answer(exchange, get, () -> HttpResponses.send(exchange, 200, HttpResponses.TEXT,
          HttpResponses.text("This is sqld HTTP API v1")));
      case "/v2", "/v3" -> answer(exchange, get,
          () -> HttpResponses.send(exchange, 200, HttpResponses.TEXT, HttpResponses.text(PROBE)));
      case "/v2/pipeline" -> answer(exchange, post,
          () -> hrana.pipeline(exchange, target(exchange, null), body(exchange), ProtocolVersion.V2));
      case "/v3/pipeline" -> answer(exchange, post,
          () -> hrana.pipeline(exchange, target(exchange, null), body(exchange), ProtocolVersion.V3));
      case "/v3/cursor" -> answer(exchange, post,
          () -> hrana.cursor(exchange, target(exchange, null), body(exchange)));
      case "/v1/execute" -> answer(exchange, post,
          () -> v1.execute(exchange, target(exchange, null), body(exchange)));
      case "/v1/batch" -> answer(exchange, post,
          () -> v1.batch(exchange, target(exchange, null), body(exchange)));
      case "/" -> answer(exchange, post,
          () -> v0.statements(exchange, target(exchange, null), body(exchange)));
      case PrimaryClient.IMAGE_PATH -> answer(exchange, get,
          () -> images.image(exchange, target(exchange, null)));
      default -> {
        if (dev.matches()) {
          ProtocolVersion version = dev.group(2).equals("2") ? ProtocolVersion.V2 : ProtocolVersion.V3;
          answer(exchange, post,
              () -> hrana.pipeline(exchange, target(exchange, dev.group(1)), body(exchange), version));
        } else {
          HttpResponses.empty(exchange, 404);
        }
      }
    }
  }

  @FunctionalInterface
  private interface Action {
    void run() throws IOException, ProtocolException;
  }

  private static void answer(HttpExchange exchange, boolean methodAllowed, Action action)
      throws IOException, ProtocolException {
    if (methodAllowed) {
      action.run();
    } else {
      HttpResponses.empty(exchange, 405);
    }
  }

  private byte[] body(HttpExchange exchange) throws IOException, ProtocolException {
    return HttpResponses.body(exchange, maxRequestBytes);
  }

  /** Namespace, then credentials, then the namespace's database. */
  private Target target(HttpExchange exchange, String pathNamespace) throws ProtocolException {
    var headers = exchange.getRequestHeaders();
    String namespace = resolver.resolve(pathNamespace, headers.getFirst("x-namespace-bin"),
        headers.getFirst("x-namespace"), headers.getFirst("Host"));
    Access access = authenticator.authenticate(headers.getFirst("Authorization"), namespace);
    return new Target(namespace, namespaces.get(namespace), access);
  }
}
