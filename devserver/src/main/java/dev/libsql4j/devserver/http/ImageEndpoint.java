package dev.libsql4j.devserver.http;

import com.sun.net.httpserver.HttpExchange;
import dev.libsql4j.devserver.error.ProtocolException;
import dev.libsql4j.devserver.replication.PrimaryClient;
import dev.libsql4j.devserver.sql.Database;
import dev.libsql4j.devserver.sql.DatabaseImages;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * A primary's {@code GET /devserver/replication/image?after=N&wait_ms=M}: the namespace's committed state
 * (body) and its replication index (header {@value PrimaryClient#INDEX_HEADER}) once the primary has
 * committed beyond {@code N}, waiting up to {@code M} ms for that (a long poll); 204 when nothing came.
 * It hands out the whole database, so it needs full access when JWTs are checked.
 */
final class ImageEndpoint {

  private static final long MAX_WAIT_MS = 60_000;

  void image(HttpExchange exchange, Target target) throws IOException, ProtocolException {
    if (!target.access().canWrite()) {
      throw new ProtocolException(403, "AUTH_FORBIDDEN", "Replication needs a full-access token");
    }
    Database database = target.database();
    if (database.isReplica()) {
      throw ProtocolException.badRequest("NOT_A_PRIMARY", "This server is a replica: replicate from its primary");
    }
    Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
    long after = number(query, "after", 0, Long.MAX_VALUE);
    long waitMs = number(query, "wait_ms", 0, MAX_WAIT_MS);
    try {
      // after = Long.MAX_VALUE asks only whether the namespace exists.
      boolean newer = database.index().value() > after || after < Long.MAX_VALUE && waitMs > 0
          && database.index().awaitAtLeast(after + 1, Duration.ofMillis(waitMs));
      if (!newer) {
        HttpResponses.empty(exchange, 204);
        return;
      }
      DatabaseImages.Image image = DatabaseImages.take(database);
      exchange.getResponseHeaders().set(PrimaryClient.INDEX_HEADER, Long.toString(image.index()));
      HttpResponses.send(exchange, 200, "application/octet-stream", image.bytes());
    } catch (SQLException e) {
      throw new ProtocolException(500, "INTERNAL", "Cannot read the database: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ProtocolException(503, "INTERRUPTED", "The server is shutting down");
    }
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> values = new HashMap<>();
    if (raw != null) {
      for (String pair : raw.split("&")) {
        int eq = pair.indexOf('=');
        if (eq > 0) {
          values.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
      }
    }
    return values;
  }

  private static long number(Map<String, String> query, String name, long min, long max)
      throws ProtocolException {
    String text = query.get(name);
    if (text == null) {
      return min;
    }
    try {
      long value = Long.parseLong(text);
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // Reported below.
    }
    throw ProtocolException.badRequest("PROTO_INVALID", "`" + name + "` must be a number from " + min
        + " to " + max);
  }
}
