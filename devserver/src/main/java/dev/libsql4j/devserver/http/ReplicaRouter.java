package dev.libsql4j.devserver.http;

import com.sun.net.httpserver.HttpExchange;
import dev.libsql4j.devserver.error.ProtocolException;
import dev.libsql4j.devserver.replication.PrimaryClient;
import dev.libsql4j.devserver.sql.SqlText;
import dev.libsql4j.devserver.sql.StatementKind;
import dev.libsql4j.devserver.stream.ServerStream;
import dev.libsql4j.hrana.json.HranaJson;
import dev.libsql4j.hrana.message.BatchStep;
import dev.libsql4j.hrana.message.CursorHeader;
import dev.libsql4j.hrana.message.CursorRequest;
import dev.libsql4j.hrana.message.PipelineRequest;
import dev.libsql4j.hrana.message.PipelineResponse;
import dev.libsql4j.hrana.message.Stmt;
import dev.libsql4j.hrana.message.StreamRequest;
import dev.libsql4j.hrana.message.StreamResult;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * A replica's routing, after sqld's: what only reads runs on the local copy; writes, transactions
 * (other than read-only ones) and everything after them on the same stream go to the primary.
 *
 * <p>A stream moved to the primary stays there: its batons are the primary's, marked with
 * {@value #FORWARDED} so that the replica knows where the next request goes. A local stream that moves
 * takes its stored SQL texts along (they are stored again on the primary first). Forwarded requests
 * carry the client's credentials and the resolved namespace.
 */
final class ReplicaRouter {

  /** The prefix of batons of streams that live on the primary (never a local baton: those have no dots in their first part). */
  static final String FORWARDED = "primary.";

  private final PrimaryClient primary;

  ReplicaRouter(PrimaryClient primary) {
    this.primary = primary;
  }

  /** Whether a baton names a stream on the primary. */
  static boolean isForwarded(String baton) {
    return baton != null && baton.startsWith(FORWARDED);
  }

  /**
   * Whether the requests can run on the local copy: every statement only reads (or starts, ends a
   * read-only transaction), or the local stream is inside a read-only transaction already (where
   * writes are refused locally, as on a primary devserver).
   *
   * @param stream the local stream the requests continue, or null for a new one
   */
  static boolean runsLocally(List<StreamRequest> requests, ServerStream stream) {
    if (stream != null && stream.session().inReadOnlyTransaction()) {
      return true;
    }
    Map<Integer, String> stored = new HashMap<>();
    IntFunction<String> storedSql = id -> stored.containsKey(id) ? stored.get(id) : storedOn(stream, id);
    for (StreamRequest request : requests) {
      if (!runsLocally(request, stored, storedSql)) {
        return false;
      }
    }
    return true;
  }

  private static boolean runsLocally(StreamRequest request, Map<Integer, String> stored,
                                     IntFunction<String> storedSql) {
    if (request instanceof StreamRequest.Execute execute) {
      return readsOnly(sql(execute.stmt(), storedSql));
    }
    if (request instanceof StreamRequest.BatchRequest batch) {
      return batch.batch().steps().stream().map(BatchStep::stmt)
          .allMatch(stmt -> readsOnly(sql(stmt, storedSql)));
    }
    if (request instanceof StreamRequest.Sequence sequence) {
      return readsOnly(sequence.sql() != null ? sequence.sql() : storedSql.apply(sequence.sqlId()));
    }
    if (request instanceof StreamRequest.StoreSql store) {
      stored.put(store.sqlId(), store.sql());
    }
    return true;
  }

  private static String storedOn(ServerStream stream, int id) {
    try {
      return stream == null ? null : stream.sql(null, id);
    } catch (ProtocolException unknown) {
      return null;
    }
  }

  private static String sql(Stmt stmt, IntFunction<String> storedSql) {
    return stmt.sql() != null ? stmt.sql() : stmt.sqlId() == null ? null : storedSql.apply(stmt.sqlId());
  }

  /** Whether every statement of {@code sql} reads only; unknown SQL fails locally. */
  static boolean readsOnly(String sql) {
    if (sql == null) {
      return true;
    }
    return SqlText.statements(sql).stream().allMatch(ReplicaRouter::runsOnReplica);
  }

  private static boolean runsOnReplica(SqlText.Statement statement) {
    return switch (StatementKind.of(statement)) {
      case SELECT, EXPLAIN, BEGIN_READONLY, COMMIT, ROLLBACK -> true;
      case PRAGMA -> !StatementKind.mayWrite(statement);
      default -> false;
    };
  }

  /**
   * Sends a pipeline to the primary and answers with its response, batons marked as forwarded.
   *
   * @param local the local stream the pipeline continues (it moves to the primary), or null
   */
  void pipeline(HttpExchange exchange, Target target, PipelineRequest request, ServerStream local)
      throws IOException, ProtocolException {
    List<StreamRequest> requests = new ArrayList<>();
    if (local != null) {
      local.storedSql().forEach((id, sql) -> requests.add(new StreamRequest.StoreSql(id, sql)));
    }
    int moved = requests.size();
    requests.addAll(request.requests());
    String baton = isForwarded(request.baton()) ? request.baton().substring(FORWARDED.length()) : null;
    byte[] body = HranaJson.encodePipelineRequest(new PipelineRequest(baton, requests));
    HttpResponse<InputStream> response = send(exchange, target, body);
    try (InputStream in = response.body()) {
      byte[] answer = in.readAllBytes();
      if (response.statusCode() != 200) {
        relay(exchange, response, answer);
        return;
      }
      PipelineResponse primaryResponse = HttpResponses.parseBody(() -> HranaJson.decodePipelineResponse(answer));
      List<StreamResult> results = primaryResponse.results();
      HttpResponses.send(exchange, 200, HttpResponses.JSON, HranaJson.encodePipelineResponse(
          new PipelineResponse(mark(primaryResponse.baton()), null, results.subList(moved, results.size()))));
    }
  }

  /** Sends a cursor request to the primary and streams its response back, the header's baton marked. */
  void cursor(HttpExchange exchange, Target target, CursorRequest request) throws IOException, ProtocolException {
    String baton = isForwarded(request.baton()) ? request.baton().substring(FORWARDED.length()) : null;
    HttpResponse<InputStream> response = send(exchange, target,
        HranaJson.encodeCursorRequest(new CursorRequest(baton, request.batch())));
    try (InputStream in = new BufferedInputStream(response.body())) {
      if (response.statusCode() != 200) {
        relay(exchange, response, in.readAllBytes());
        return;
      }
      byte[] headerLine = line(in);
      CursorHeader header = HranaJson.cursorReader(new ByteArrayInputStream(headerLine)).readHeader();
      exchange.getResponseHeaders().set("Content-Type", "text/plain");
      exchange.sendResponseHeaders(200, 0);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(HranaJson.encodeCursorHeader(new CursorHeader(mark(header.baton()), null)));
        out.write('\n');
        in.transferTo(out);
      }
    }
  }

  /** Sends a legacy request ({@code /v1/execute}, {@code /v1/batch}, {@code /}) to the primary as it is. */
  void forward(HttpExchange exchange, Target target, byte[] body) throws IOException, ProtocolException {
    HttpResponse<InputStream> response = send(exchange, target, body);
    try (InputStream in = response.body()) {
      relay(exchange, response, in.readAllBytes());
    }
  }

  private HttpResponse<InputStream> send(HttpExchange exchange, Target target, byte[] body)
      throws ProtocolException {
    Map<String, String> headers = new HashMap<>();
    String authorization = exchange.getRequestHeaders().getFirst("Authorization");
    if (authorization != null) {
      headers.put("Authorization", authorization);
    }
    headers.put("Content-Type", "application/json");
    headers.put("x-namespace-bin", Base64.getEncoder().withoutPadding()
        .encodeToString(target.namespace().getBytes(StandardCharsets.UTF_8)));
    // The namespace is already resolved: a /dev/{ns}/ path goes on as the plain route.
    String path = exchange.getRequestURI().getPath().replaceFirst("^/dev/[^/]+", "");
    try {
      return primary.forward(path, headers, body);
    } catch (IOException e) {
      throw new ProtocolException(502, "PRIMARY_UNREACHABLE",
          "The replica cannot reach its primary " + primary.url() + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ProtocolException(503, "INTERRUPTED", "The server is shutting down");
    }
  }

  private static void relay(HttpExchange exchange, HttpResponse<?> response, byte[] body) throws IOException {
    HttpResponses.send(exchange, response.statusCode(),
        response.headers().firstValue("Content-Type").orElse(null), body);
  }

  private static String mark(String primaryBaton) {
    return primaryBaton == null ? null : FORWARDED + primaryBaton;
  }

  private static byte[] line(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (int b; (b = in.read()) >= 0 && b != '\n'; ) {
      line.write(b);
    }
    return line.toByteArray();
  }
}
