package dev.libsql4j.devserver.namespace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.libsql4j.devserver.error.ProtocolException;
import dev.libsql4j.devserver.sql.Database;
import java.io.IOException;
import java.time.Duration;

/**
 * A namespace's configuration as sqld's admin API reads and writes it ({@code GET|POST
 * /v1/namespaces/{ns}/config}). {@code block_reads}, {@code block_writes}, {@code block_reason} and
 * {@code txn_timeout_s} take effect ({@link Database.Settings}); the other fields are kept and shown.
 * As in sqld, a posted config must name both {@code block_*} flags, replaces the whole config, and
 * ignores fields it does not know.
 */
public final class NamespaceConfig {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** sqld 0.24.32's answer for a namespace that was never configured. */
  private static final String DEFAULT = "{\"block_reads\":false,\"block_writes\":false,\"block_reason\":null,"
      + "\"max_db_size\":\"1000.0 PB\",\"heartbeat_url\":null,\"jwt_key\":null,\"allow_attach\":false,"
      + "\"txn_timeout_s\":null,\"durability_mode\":\"relaxed\"}";

  private final ObjectNode fields;

  private NamespaceConfig(ObjectNode fields) {
    this.fields = fields;
  }

  /** The config of a namespace nobody configured. */
  public static NamespaceConfig defaults() {
    try {
      return new NamespaceConfig((ObjectNode) JSON.readTree(DEFAULT));
    } catch (JsonProcessingException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  /** Reads a posted config; 422 with sqld's wording when it lacks a flag or has a field of the wrong type. */
  public static NamespaceConfig parse(byte[] body) throws ProtocolException {
    JsonNode posted;
    try {
      posted = JSON.readTree(body);
    } catch (IOException e) {
      throw invalid("invalid JSON: " + e.getMessage());
    }
    if (posted == null || !posted.isObject()) {
      throw invalid("invalid type: expected a JSON object");
    }
    ObjectNode fields = defaults().fields;
    for (String flag : new String[] {"block_reads", "block_writes"}) {
      JsonNode value = posted.get(flag);
      if (value == null) {
        throw invalid("missing field `" + flag + "`");
      }
      if (!value.isBoolean()) {
        throw invalid(flag + ": invalid type: " + value + ", expected a boolean");
      }
      fields.set(flag, value);
    }
    JsonNode reason = posted.get("block_reason");
    if (reason != null && !reason.isNull() && !reason.isTextual()) {
      throw invalid("block_reason: invalid type: " + reason + ", expected a string");
    }
    JsonNode timeout = posted.get("txn_timeout_s");
    if (timeout != null && !timeout.isNull() && !(timeout.canConvertToLong() && timeout.asLong() > 0)) {
      throw invalid("txn_timeout_s: invalid value: " + timeout + ", expected a positive integer");
    }
    // Known fields replace the defaults (the flags were checked above); unknown ones are ignored.
    posted.fields().forEachRemaining(field -> {
      if (fields.has(field.getKey())) {
        fields.set(field.getKey(), field.getValue());
      }
    });
    return new NamespaceConfig(fields);
  }

  private static ProtocolException invalid(String problem) {
    return new ProtocolException(422, "INVALID_CONFIG",
        "Failed to deserialize the JSON body into the target type: " + problem);
  }

  /** What the database enforces. */
  public Database.Settings settings() {
    JsonNode reason = fields.get("block_reason");
    JsonNode timeout = fields.get("txn_timeout_s");
    return new Database.Settings(fields.get("block_reads").asBoolean(), fields.get("block_writes").asBoolean(),
        reason.isNull() ? null : reason.asText(), timeout.isNull() ? null : Duration.ofSeconds(timeout.asLong()));
  }

  /** The config as {@code GET …/config} answers it. */
  public byte[] toJson() {
    try {
      return JSON.writeValueAsBytes(fields);
    } catch (JsonProcessingException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
