package dev.libsql4j.devserver.http;

import com.sun.net.httpserver.HttpExchange;
import dev.libsql4j.devserver.error.ProtocolException;
import dev.libsql4j.devserver.stream.RequestRunner;
import dev.libsql4j.devserver.stream.ServerStream;
import dev.libsql4j.devserver.stream.StreamRegistry;
import dev.libsql4j.hrana.http.ProtocolVersion;
import dev.libsql4j.hrana.json.HranaJson;
import dev.libsql4j.hrana.message.CursorRequest;
import dev.libsql4j.hrana.message.HranaError;
import dev.libsql4j.hrana.message.PipelineResponse;
import dev.libsql4j.hrana.message.StreamRequest;
import dev.libsql4j.hrana.message.StreamResult;
import java.io.IOException;
import java.util.List;

/**
 * sqld's deprecated stateless {@code /v1} endpoints, each call on a fresh stream:
 * {@code POST /v1/execute} ({@code {"stmt"}} → {@code {"result"}}) and {@code POST /v1/batch}
 * ({@code {"batch"}} → {@code {"result"}}), statement errors answered as HTTP errors with sqld's statuses.
 */
final class V1Endpoints {

  private final StreamRegistry streams;
  private final long maxResponseBytes;
  private final ReplicaRouter router;

  /** @param router on a replica, where requests that write go; null on a primary */
  V1Endpoints(StreamRegistry streams, long maxResponseBytes, ReplicaRouter router) {
    this.streams = streams;
    this.maxResponseBytes = maxResponseBytes;
    this.router = router;
  }

  void execute(HttpExchange exchange, Target target, byte[] body) throws IOException, ProtocolException {
    StrictIntegers.check(body);
    byte[] stmt = HttpResponses.parseBody(() -> JsonSubtree.extract(body, "stmt"));
    if (stmt == null) {
      throw ProtocolException.badRequest("PROTO_JSON_INVALID",
          "Cannot deserialize client message from JSON: missing field `stmt`");
    }
    CursorRequest wrapped = HttpResponses.parseBody(() -> HranaJson.decodeCursorRequest(
        JsonSubtree.wrap("{\"batch\":{\"steps\":[{\"stmt\":", stmt, "}]}}")));
    answer(exchange, target, new StreamRequest.Execute(wrapped.batch().steps().get(0).stmt()), body);
  }

  void batch(HttpExchange exchange, Target target, byte[] body) throws IOException, ProtocolException {
    StrictIntegers.check(body);
    CursorRequest request = HttpResponses.parseBody(() -> HranaJson.decodeCursorRequest(body));
    answer(exchange, target, new StreamRequest.BatchRequest(request.batch()), body);
  }

  /** Runs one request on a fresh stream and answers {@code {"result": …}} or the error as HTTP status. */
  private void answer(HttpExchange exchange, Target target, StreamRequest request, byte[] body)
      throws IOException, ProtocolException {
    if (router != null && !ReplicaRouter.runsLocally(List.of(request), null)) {
      router.forward(exchange, target, body);
      return;
    }
    ServerStream stream = streams.open(target.database());
    StreamResult result;
    try {
      result = new RequestRunner(ProtocolVersion.V2, target.guard(), maxResponseBytes)
          .run(stream, request);
    } finally {
      streams.discard(stream);
    }
    if (result instanceof StreamResult.Error error) {
      throw new ProtocolException(status(error.error()), error.error().code(), error.error().message());
    }
    byte[] response = HranaJson.encodePipelineResponse(new PipelineResponse(null, null, List.of(result)));
    byte[] value = JsonSubtree.extract(response, "results", "0", "response", "result");
    HttpResponses.send(exchange, 200, HttpResponses.JSON, JsonSubtree.wrap("{\"result\":", value, "}"));
  }

  /** sqld's statuses for statement errors on the legacy endpoints. */
  private static int status(HranaError error) {
    String code = error.code() == null ? "" : error.code();
    if (code.equals("ARGS_BOTH_POSITIONAL_AND_NAMED")) {
      return 501;
    }
    if (code.equals("SQLITE_BUSY") || code.startsWith("TRANSACTION_")) {
      return 503;
    }
    return code.startsWith("SQLITE_") ? 500 : 400;
  }
}
