package dev.libsql4j.spring.autoconfigure.health;

import dev.libsql4j.hrana.http.HranaClientConfig;
import dev.libsql4j.hrana.http.HranaException;
import dev.libsql4j.hrana.http.HranaHttpClient;
import dev.libsql4j.hrana.http.ProtocolPreference;
import dev.libsql4j.hrana.message.PipelineRequest;
import dev.libsql4j.hrana.message.PipelineResponse;
import dev.libsql4j.hrana.message.Stmt;
import dev.libsql4j.hrana.message.StreamRequest;
import dev.libsql4j.hrana.message.StreamResponse;
import dev.libsql4j.hrana.message.StreamResult;
import dev.libsql4j.jdbc.config.DriverConfig;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * Probes one node with one request: {@code SELECT 1} and {@code close} in one Hrana pipeline, sent
 * straight to that node (no routing, no pool, so a dead node blocks nothing but this probe, for at
 * most the timeout). Hrana 2's {@code /v2/pipeline} is used because every libSQL server has it and
 * it needs no version probe.
 */
final class NodeProbe implements AutoCloseable {

  private static final PipelineRequest SELECT_1 = new PipelineRequest(null,
      List.of(new StreamRequest.Execute(Stmt.of("SELECT 1")), new StreamRequest.Close()));

  private final URI url;
  private final Duration timeout;
  private final HranaHttpClient client;

  /** A probe of the node {@code node} describes (its URL, token and namespace). */
  NodeProbe(DriverConfig node, Duration timeout) {
    this.url = node.baseUrl();
    this.timeout = timeout;
    HranaClientConfig.Builder config = HranaClientConfig.builder()
        .baseUrl(node.baseUrl())
        .protocol(ProtocolPreference.V2)
        .connectTimeout(timeout)
        .requestTimeout(timeout);
    if (node.authToken() != null) {
      config.authToken(node.authToken());
    }
    if (node.namespace() != null) {
      config.namespace(node.namespace());
    }
    this.client = new HranaHttpClient(config.build());
  }

  /** Sends the request and says what came back. */
  NodeHealth probe() {
    long start = System.nanoTime();
    try {
      PipelineResponse response = client.pipeline(null, SELECT_1, timeout);
      long roundTripMs = millisSince(start);
      StreamResult first = response.results().get(0);
      if (first instanceof StreamResult.Ok ok && ok.response() instanceof StreamResponse.Execute execute) {
        return new NodeHealth(url, true, roundTripMs, execute.result().replicationIndex(), null);
      }
      String reason = first instanceof StreamResult.Error error ? error.error().toString() : "unexpected answer";
      return new NodeHealth(url, false, roundTripMs, null, "SELECT 1 failed: " + reason);
    } catch (HranaException e) {
      return new NodeHealth(url, false, millisSince(start), null, reason(e));
    }
  }

  /** A sentence for the failure; HranaException messages never contain the token. */
  private String reason(HranaException e) {
    return switch (e.kind()) {
      case UNAUTHORIZED -> "the server rejected the auth token as missing, invalid or expired (libsql.auth-token): "
          + e.getMessage();
      case FORBIDDEN -> "the auth token grants no access to this database: " + e.getMessage();
      case NOT_FOUND -> "no libSQL database at this address (check the URL and libsql.namespace): " + e.getMessage();
      case TIMEOUT -> "no answer within " + timeout.toMillis() + " ms (libsql.health.timeout): " + e.getMessage();
      case TRANSPORT -> "unreachable: " + e.getMessage();
      case OVERLOADED -> "overloaded: " + e.getMessage();
      default -> e.getMessage();
    };
  }

  private static long millisSince(long startNanos) {
    return Duration.ofNanos(System.nanoTime() - startNanos).toMillis();
  }

  @Override
  public void close() {
    client.close();
  }
}
