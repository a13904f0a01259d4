package dev.libsql4j.devserver.http;

import com.sun.net.httpserver.HttpExchange;
import dev.libsql4j.devserver.error.ProtocolException;
import dev.libsql4j.devserver.sql.RowSink;
import dev.libsql4j.devserver.sql.StepOutcome;
import dev.libsql4j.devserver.stream.BatchRunner;
import dev.libsql4j.devserver.stream.RequestRunner;
import dev.libsql4j.devserver.stream.ServerStream;
import dev.libsql4j.devserver.stream.StreamRegistry;
import dev.libsql4j.hrana.http.ProtocolVersion;
import dev.libsql4j.hrana.json.HranaJson;
import dev.libsql4j.hrana.message.Col;
import dev.libsql4j.hrana.message.CursorEntry;
import dev.libsql4j.hrana.message.CursorHeader;
import dev.libsql4j.hrana.message.CursorRequest;
import dev.libsql4j.hrana.message.HranaError;
import dev.libsql4j.hrana.message.PipelineRequest;
import dev.libsql4j.hrana.message.PipelineResponse;
import dev.libsql4j.hrana.message.Stmt;
import dev.libsql4j.hrana.message.StreamRequest;
import dev.libsql4j.hrana.message.StreamResult;
import dev.libsql4j.hrana.message.Value;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * {@code POST /v2|v3/pipeline} and {@code POST /v3/cursor}: decode the body with the shared Hrana codec,
 * open or take the stream its baton names, run, answer with the next baton. On a replica, what does not
 * only read goes to the primary instead ({@link ReplicaRouter}).
 */
final class HranaEndpoints {

  private final StreamRegistry streams;
  private final long maxResponseBytes;
  private final ReplicaRouter router;

  /** @param router on a replica, where requests that write go; null on a primary */
  HranaEndpoints(StreamRegistry streams, long maxResponseBytes, ReplicaRouter router) {
    this.streams = streams;
    this.maxResponseBytes = maxResponseBytes;
    this.router = router;
  }

  /** Runs a pipeline. */
  void pipeline(HttpExchange exchange, Target target, byte[] body, ProtocolVersion version)
      throws IOException, ProtocolException {
    StrictIntegers.check(body);
    PipelineRequest request = HttpResponses.parseBody(() -> HranaJson.decodePipelineRequest(body));
    if (router != null && ReplicaRouter.isForwarded(request.baton())) {
      router.pipeline(exchange, target, request, null);
      return;
    }
    ServerStream stream = stream(request.baton(), target);
    if (router != null && !runsLocally(request.requests(), stream)) {
      try {
        router.pipeline(exchange, target, request, request.baton() == null ? null : stream);
      } finally {
        streams.discard(stream);
      }
      return;
    }
    RequestRunner runner = new RequestRunner(version, target.guard(), maxResponseBytes);
    List<StreamResult> results;
    try {
      results = runner.runAll(stream, request.requests());
    } catch (ProtocolException | RuntimeException e) {
      streams.discard(stream);
      throw e;
    }
    String baton = null;
    if (stream.isClosed()) {
      streams.discard(stream);
    } else {
      baton = streams.issueBaton(stream);
      streams.release(stream);
    }
    HttpResponses.send(exchange, 200, HttpResponses.JSON,
        HranaJson.encodePipelineResponse(new PipelineResponse(baton, null, results)));
  }

  /**
   * Streams a batch's results as newline-delimited JSON. Entries are written as SQLite produces rows,
   * so memory stays bounded; a slow reader slows the statement down (TCP back-pressure).
   */
  void cursor(HttpExchange exchange, Target target, byte[] body) throws IOException, ProtocolException {
    StrictIntegers.check(body);
    CursorRequest request = HttpResponses.parseBody(() -> HranaJson.decodeCursorRequest(body));
    if (router != null && ReplicaRouter.isForwarded(request.baton())) {
      router.cursor(exchange, target, request);
      return;
    }
    ServerStream stream = stream(request.baton(), target);
    if (router != null && !runsLocally(List.of(new StreamRequest.BatchRequest(request.batch())), stream)) {
      // A cursor cannot carry the stream's stored SQL along: only a fresh stream moves.
      streams.discard(stream);
      router.cursor(exchange, target, request);
      return;
    }
    CursorWriter writer = new CursorWriter(exchange, stream);
    try {
      try {
        BatchRunner.run(stream, request.batch(), ProtocolVersion.V3, target.guard(), writer);
      } finally {
        stream.session().endRequest();
      }
      writer.finish();
    } catch (ProtocolException | IOException | RuntimeException e) {
      streams.discard(stream);
      if (writer.started) {
        // Headers are gone: all that can be done is to cut the body short.
        exchange.close();
        return;
      }
      throw e;
    }
    streams.release(stream);
  }

  private boolean runsLocally(List<StreamRequest> requests, ServerStream stream) {
    try {
      return ReplicaRouter.runsLocally(requests, stream);
    } catch (RuntimeException e) {
      streams.discard(stream);
      throw e;
    }
  }

  private ServerStream stream(String baton, Target target) throws ProtocolException {
    return baton == null ? streams.open(target.database()) : streams.take(baton, target.database());
  }

  /** Writes cursor entries, sending the header line (with the next baton) before the first one. */
  private final class CursorWriter implements BatchRunner.StepHandler {
    private final HttpExchange exchange;
    private final ServerStream stream;
    private OutputStream out;
    boolean started;

    CursorWriter(HttpExchange exchange, ServerStream stream) {
      this.exchange = exchange;
      this.stream = stream;
    }

    private void start() throws IOException {
      if (started) {
        return;
      }
      started = true;
      // sqld answers JSON cursors as text/plain.
      exchange.getResponseHeaders().set("Content-Type", "text/plain");
      exchange.sendResponseHeaders(200, 0);
      out = new BufferedOutputStream(exchange.getResponseBody(), 16 * 1024);
      line(HranaJson.encodeCursorHeader(new CursorHeader(streams.issueBaton(stream), null)));
    }

    private void line(byte[] json) throws IOException {
      out.write(json);
      out.write('\n');
    }

    @Override
    public RowSink begin(int step, Stmt stmt) throws IOException {
      start();
      boolean wantRows = !Boolean.FALSE.equals(stmt.wantRows());
      return new RowSink() {
        @Override
        public void columns(List<Col> cols) throws IOException {
          line(HranaJson.encodeCursorEntry(new CursorEntry.StepBegin(step, cols)));
        }

        @Override
        public void row(List<Value> values) throws IOException {
          if (wantRows) {
            line(HranaJson.encodeCursorEntry(new CursorEntry.Row(values)));
          }
        }
      };
    }

    @Override
    public void succeeded(int step, StepOutcome outcome) throws IOException {
      line(HranaJson.encodeCursorEntry(
          new CursorEntry.StepEnd(outcome.affectedRowCount(), outcome.lastInsertRowid())));
    }

    @Override
    public void failed(int step, HranaError error) throws IOException {
      start();
      line(HranaJson.encodeCursorEntry(new CursorEntry.StepError(step, error)));
    }

    void finish() throws IOException {
      start();
      out.close();
    }
  }
}
