package dev.libsql4j.devserver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Runs a scripted exchange against one server and records it in a form two servers can be compared
 * by: what varies between runs (batons, replication indexes, timings, scan counters) is masked, and a
 * refused request is reduced to its status and message, whether the server wrote it as text (sqld) or
 * as JSON (devserver).
 */
public final class Transcript {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** Fields whose values differ between any two runs. */
  private static final List<String> VOLATILE = List.of("query_duration_ms", "rows_read", "rows_written");

  /**
   * One request of a script. {@code $BATON} in the body is replaced by the baton of the script's
   * stream: the one returned by the last request that itself used {@code $BATON}. Requests with an
   * explicit {@code null} baton run on streams of their own and leave it alone.
   */
  public record Step(String method, String path, String body) {
    @Override
    public String toString() {
      return method + " " + path + " " + (body == null ? "" : body);
    }
  }

  private Transcript() {}

  /** A POST step. */
  public static Step post(String path, String body) {
    return new Step("POST", path, body);
  }

  /** A GET step. */
  public static Step get(String path) {
    return new Step("GET", path, null);
  }

  /** Runs {@code steps} against {@code server} and returns the comparable record. */
  public static List<String> record(URI server, List<Step> steps) {
    List<String> lines = new ArrayList<>();
    String baton = "null";
    for (Step step : steps) {
      String body = step.body() == null ? null : step.body().replace("$BATON", baton);
      HttpProbe.Reply reply = HttpProbe.send(server, step.method(), step.path(), body);
      String next = baton(reply);
      if (next != null && step.body().contains("$BATON")) {
        baton = next;
      }
      lines.add(step + "\n  -> " + reply.status() + " " + normalize(reply));
    }
    return lines;
  }

  private static String baton(HttpProbe.Reply reply) {
    if (reply.status() != 200 || !reply.body().startsWith("{\"baton\"")) {
      return null;
    }
    JsonNode baton = parse(reply.body().lines().findFirst().orElse("{}")).get("baton");
    return baton == null || baton.isNull() ? "null" : "\"" + baton.asText() + "\"";
  }

  static String normalize(HttpProbe.Reply reply) {
    if (reply.status() >= 400) {
      return "error: " + errorMessage(reply);
    }
    if (reply.body().isEmpty() || !(reply.body().startsWith("{") || reply.body().startsWith("["))) {
      return reply.body();
    }
    StringBuilder out = new StringBuilder();
    // A cursor body is one JSON document per line.
    for (Iterator<String> it = reply.body().lines().iterator(); it.hasNext(); ) {
      JsonNode node = mask(parse(it.next()));
      if (!node.path("type").asText().equals("replication_index")) {
        out.append(node).append('\n');
      }
    }
    return out.toString().strip();
  }

  private static String errorMessage(HttpProbe.Reply reply) {
    String message = reply.body();
    if (reply.contentType().startsWith("application/json")) {
      JsonNode node = parse(reply.body());
      message = node.has("message") ? node.get("message").asText() : node.path("error").asText();
    }
    // Serde and Jackson describe malformed JSON differently; what matters is that it is refused as such.
    int detail = message.indexOf("Cannot deserialize client message from JSON");
    return detail >= 0 ? "Cannot deserialize client message from JSON" : message;
  }

  private static JsonNode mask(JsonNode node) {
    if (node instanceof ObjectNode object) {
      VOLATILE.forEach(object::remove);
      for (String field : List.of("baton", "replication_index")) {
        if (object.hasNonNull(field) && !object.path("type").asText().equals("replication_index")) {
          object.set(field, TextNode.valueOf("<" + field + ">"));
        }
      }
      // sqld's own SQL parser words syntax errors its own way; the code is what must agree.
      if (object.path("code").asText().equals("SQL_PARSE_ERROR")) {
        object.set("message", TextNode.valueOf("<syntax error>"));
      }
      // sqld writes a cursor's last_insert_rowid as a number, the spec (and the devserver) a string.
      if (object.path("type").asText().equals("step_end") && object.path("last_insert_rowid").isNumber()) {
        object.set("last_insert_rowid", TextNode.valueOf(object.get("last_insert_rowid").asText()));
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
        mask(it.next().getValue());
      }
    } else if (node instanceof ArrayNode array) {
      array.forEach(Transcript::mask);
    }
    return node;
  }

  private static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + json, e);
    }
  }
}
