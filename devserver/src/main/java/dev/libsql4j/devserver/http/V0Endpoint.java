package dev.libsql4j.devserver.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.sun.net.httpserver.HttpExchange;
import dev.libsql4j.devserver.error.ProtocolException;
import dev.libsql4j.devserver.error.StatementException;
import dev.libsql4j.devserver.sql.RowSink;
import dev.libsql4j.devserver.sql.SqlText;
import dev.libsql4j.devserver.sql.StatementExecutor;
import dev.libsql4j.devserver.sql.StatementKind;
import dev.libsql4j.devserver.sql.StepOutcome;
import dev.libsql4j.devserver.stream.ServerStream;
import dev.libsql4j.devserver.stream.StatementGuard;
import dev.libsql4j.devserver.stream.StreamRegistry;
import dev.libsql4j.hrana.message.Col;
import dev.libsql4j.hrana.message.HranaError;
import dev.libsql4j.hrana.message.NamedArg;
import dev.libsql4j.hrana.message.Value;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * sqld's "v0" API, {@code POST /}: {@code {"statements": [sql | {"q", "params"}]}} with values as plain
 * JSON, run on a fresh stream in order up to the first failure (reported in its place; what ran before
 * stays), transaction statements refused.
 */
final class V0Endpoint {

  private static final JsonFactory FACTORY = new JsonFactory();
  private static final Pattern INPUT_ERROR = Pattern.compile("SQL input error: (.*) \\(at offset (\\d+)\\)");
  private static final String SQLITE_PREFIX = "SQLite error: ";

  private final StreamRegistry streams;
  private final ReplicaRouter router;

  /** @param router on a replica, where requests that write go; null on a primary */
  V0Endpoint(StreamRegistry streams, ReplicaRouter router) {
    this.streams = streams;
    this.router = router;
  }

  /** Answers {@code POST /}. */
  void statements(HttpExchange exchange, Target target, byte[] body) throws IOException, ProtocolException {
    List<Query> queries = HttpResponses.parseBody(() -> parseStatements(body));
    if (router != null && !queries.stream().allMatch(query -> ReplicaRouter.readsOnly(query.sql()))) {
      router.forward(exchange, target, body);
      return;
    }
    ServerStream stream = streams.open(target.database());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonGenerator out = FACTORY.createGenerator(bytes)) {
      runStatements(stream, target, queries, out);
    } finally {
      streams.discard(stream);
    }
    HttpResponses.send(exchange, 200, HttpResponses.JSON, bytes.toByteArray());
  }

  private record Query(String sql, List<Value> args, List<NamedArg> namedArgs) {}

  /**
   * Runs the statements in order, each in autocommit, up to the first failure, which is reported as
   * {@code {"error": …}} in its place (sqld keeps what ran before it).
   */
  private void runStatements(ServerStream stream, Target target, List<Query> queries, JsonGenerator out)
      throws IOException, ProtocolException {
    StatementGuard guard = target.guard();
    out.writeStartArray();
    for (Query query : queries) {
      // Each result is written aside first: a statement that fails half-way leaves nothing behind.
      ByteArrayOutputStream result = new ByteArrayOutputStream();
      try (JsonGenerator one = FACTORY.createGenerator(result)) {
        SqlText.Statement statement = StatementExecutor.single(query.sql());
        guard.check(List.of(statement));
        if (StatementKind.of(statement).isTransactionControl()) {
          throw StatementException.of("SQL_PARSE_ERROR",
              "interactive transactions are not allowed in the legacy API");
        }
        one.writeStartObject();
        one.writeObjectFieldStart("results");
        run(stream, statement, query.args(), query.namedArgs(), one);
        one.writeEndObject();
        one.writeEndObject();
      } catch (StatementException e) {
        out.writeStartObject();
        out.writeStringField("error", legacyMessage(e.error(), query.sql()));
        out.writeEndObject();
        break;
      }
      out.writeRawValue(result.toString(StandardCharsets.UTF_8));
    }
    out.writeEndArray();
  }

  /** sqld's v0 API prints SQLite's message bare, and input errors as {@code <msg> in <sql> at offset N}. */
  private static String legacyMessage(HranaError error, String sql) {
    Matcher input = INPUT_ERROR.matcher(error.message());
    if (input.matches()) {
      return input.group(1) + " in " + sql + " at offset " + input.group(2);
    }
    return error.message().startsWith(SQLITE_PREFIX)
        ? error.message().substring(SQLITE_PREFIX.length()) : error.message();
  }

  /** Runs one statement, writing {@code columns}, {@code rows} and counters as plain JSON when asked. */
  private static void run(ServerStream stream, SqlText.Statement statement, List<Value> args,
                          List<NamedArg> namedArgs, JsonGenerator out) throws IOException, StatementException {
    RowSink sink = new RowSink() {
      @Override
      public void columns(List<Col> cols) throws IOException {
        if (out == null) {
          return;
        }
        out.writeArrayFieldStart("columns");
        for (Col col : cols) {
          out.writeString(col.name());
        }
        out.writeEndArray();
        out.writeArrayFieldStart("rows");
      }

      @Override
      public void row(List<Value> values) throws IOException {
        if (out == null) {
          return;
        }
        out.writeStartArray();
        for (Value value : values) {
          writePlain(out, value);
        }
        out.writeEndArray();
      }
    };
    // The executor announces the columns before running, so the rows array is always open here.
    StepOutcome outcome = StatementExecutor.run(stream.session(), statement, args, namedArgs, sink);
    endResults(out, outcome);
  }

  private static void endResults(JsonGenerator out, StepOutcome outcome) throws IOException {
    if (out == null) {
      return;
    }
    out.writeEndArray();
    out.writeNumberField("rows_read", outcome.rowsRead());
    out.writeNumberField("rows_written", outcome.rowsWritten());
    out.writeNumberField("query_duration_ms", outcome.durationMs());
  }

  private static void writePlain(JsonGenerator out, Value value) throws IOException {
    if (value instanceof Value.IntegerValue v) {
      out.writeNumber(v.value());
    } else if (value instanceof Value.FloatValue v) {
      out.writeNumber(v.value());
    } else if (value instanceof Value.TextValue v) {
      out.writeString(v.value());
    } else if (value instanceof Value.BlobValue v) {
      out.writeStartObject();
      out.writeStringField("base64", Base64.getEncoder().withoutPadding().encodeToString(v.value()));
      out.writeEndObject();
    } else {
      out.writeNull();
    }
  }

  /** {@code {"statements": [ "sql" | {"q": "sql", "params": [..] | {..}} ]}}. */
  private static List<Query> parseStatements(byte[] body) throws IOException {
    try (JsonParser in = FACTORY.createParser(body)) {
      expect(in, in.nextToken() == JsonToken.START_OBJECT, "an object");
      List<Query> queries = null;
      while (in.nextToken() == JsonToken.FIELD_NAME) {
        String field = in.currentName();
        in.nextToken();
        if (field.equals("statements")) {
          expect(in, in.currentToken() == JsonToken.START_ARRAY, "an array of statements");
          queries = new ArrayList<>();
          while (in.nextToken() != JsonToken.END_ARRAY) {
            queries.add(query(in));
          }
        } else {
          in.skipChildren();
        }
      }
      expect(in, queries != null, "field `statements`");
      return queries;
    }
  }

  private static Query query(JsonParser in) throws IOException {
    if (in.currentToken() == JsonToken.VALUE_STRING) {
      return new Query(in.getText(), List.of(), List.of());
    }
    expect(in, in.currentToken() == JsonToken.START_OBJECT, "a statement string or object");
    String sql = null;
    List<Value> args = new ArrayList<>();
    List<NamedArg> named = new ArrayList<>();
    while (in.nextToken() == JsonToken.FIELD_NAME) {
      String field = in.currentName();
      JsonToken token = in.nextToken();
      if (field.equals("q")) {
        expect(in, token == JsonToken.VALUE_STRING, "`q` to be a string");
        sql = in.getText();
      } else if (field.equals("params") && token == JsonToken.START_ARRAY) {
        while (in.nextToken() != JsonToken.END_ARRAY) {
          args.add(plain(in));
        }
      } else if (field.equals("params") && token == JsonToken.START_OBJECT) {
        while (in.nextToken() == JsonToken.FIELD_NAME) {
          String name = in.currentName();
          in.nextToken();
          named.add(new NamedArg(name, plain(in)));
        }
      } else {
        in.skipChildren();
      }
    }
    expect(in, sql != null, "field `q`");
    return new Query(sql, args, named);
  }

  private static Value plain(JsonParser in) throws IOException {
    return switch (in.currentToken()) {
      case VALUE_NULL -> Value.NULL;
      case VALUE_TRUE -> Value.of(1);
      case VALUE_FALSE -> Value.of(0);
      case VALUE_NUMBER_INT -> Value.of(in.getLongValue());
      case VALUE_NUMBER_FLOAT -> Value.of(in.getDoubleValue());
      case VALUE_STRING -> Value.of(in.getText());
      case START_OBJECT -> {
        String base64 = null;
        while (in.nextToken() == JsonToken.FIELD_NAME) {
          String field = in.currentName();
          in.nextToken();
          if (field.equals("base64") && in.currentToken() == JsonToken.VALUE_STRING) {
            base64 = in.getText();
          } else {
            in.skipChildren();
          }
        }
        expect(in, base64 != null, "a blob as {\"base64\": …}");
        try {
          yield Value.of(Base64.getDecoder().decode(base64));
        } catch (IllegalArgumentException e) {
          throw new JsonParseFailure(in, "invalid base64");
        }
      }
      default -> throw new JsonParseFailure(in, "a plain JSON value");
    };
  }

  private static void expect(JsonParser in, boolean condition, String what) throws JsonParseFailure {
    if (!condition) {
      throw new JsonParseFailure(in, "expected " + what);
    }
  }

  /** A shape error in a legacy body. */
  private static final class JsonParseFailure extends JsonProcessingException {
    private static final long serialVersionUID = 1L;

    JsonParseFailure(JsonParser in, String message) {
      super(message, in.currentLocation());
    }
  }
}
