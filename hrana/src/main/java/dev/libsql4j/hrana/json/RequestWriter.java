package dev.libsql4j.hrana.json;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.libsql4j.hrana.message.Batch;
import dev.libsql4j.hrana.message.BatchCond;
import dev.libsql4j.hrana.message.BatchStep;
import dev.libsql4j.hrana.message.CursorRequest;
import dev.libsql4j.hrana.message.NamedArg;
import dev.libsql4j.hrana.message.PipelineRequest;
import dev.libsql4j.hrana.message.Stmt;
import dev.libsql4j.hrana.message.StreamRequest;
import dev.libsql4j.hrana.message.Value;
import dev.libsql4j.hrana.message.WsClientMsg;
import dev.libsql4j.hrana.message.WsRequest;
import java.io.IOException;

/**
 * Encodes what a client sends: pipeline and cursor request bodies, WebSocket client messages.
 *
 * <p>Optional fields whose value is null are omitted ({@code want_rows}, {@code replication_index},
 * a step's {@code condition}); {@code baton} is always written, as {@code null} for a new stream.
 * {@code args} and {@code named_args} are always written, even when empty, as {@code @libsql/client}
 * does, so that servers with strict decoders accept the request.
 */
final class RequestWriter {

  private RequestWriter() {}

  static void pipelineRequest(JsonGenerator out, PipelineRequest request) throws IOException {
    out.writeStartObject();
    out.writeStringField("baton", request.baton());
    out.writeArrayFieldStart("requests");
    for (StreamRequest streamRequest : request.requests()) {
      streamRequest(out, streamRequest);
    }
    out.writeEndArray();
    out.writeEndObject();
  }

  static void cursorRequest(JsonGenerator out, CursorRequest request) throws IOException {
    out.writeStartObject();
    out.writeStringField("baton", request.baton());
    out.writeFieldName("batch");
    batch(out, request.batch());
    out.writeEndObject();
  }

  /**
   * Writes a WebSocket client message: {@code {"type":"hello","jwt":…}} or
   * {@code {"type":"request","request_id":n,"request":{"type":…, …}}}. Stream-level requests carry
   * the same fields as in a pipeline plus {@code stream_id}.
   */
  static void wsClientMsg(JsonGenerator out, WsClientMsg message) throws IOException {
    out.writeStartObject();
    if (message instanceof WsClientMsg.Hello hello) {
      out.writeStringField("type", "hello");
      out.writeStringField("jwt", hello.jwt());
    } else {
      WsClientMsg.Request request = (WsClientMsg.Request) message;
      out.writeStringField("type", "request");
      out.writeNumberField("request_id", request.requestId());
      out.writeFieldName("request");
      wsRequest(out, request.request());
    }
    out.writeEndObject();
  }

  private static void wsRequest(JsonGenerator out, WsRequest request) throws IOException {
    out.writeStartObject();
    out.writeStringField("type", request.type());
    if (request instanceof WsRequest.OpenStream open) {
      out.writeNumberField("stream_id", open.streamId());
    } else if (request instanceof WsRequest.CloseStream close) {
      out.writeNumberField("stream_id", close.streamId());
    } else if (request instanceof WsRequest.OnStream onStream) {
      out.writeNumberField("stream_id", onStream.streamId());
      streamRequestFields(out, onStream.request());
    } else if (request instanceof StreamRequest.StoreSql || request instanceof StreamRequest.CloseSql) {
      streamRequestFields(out, (StreamRequest) request);
    } else if (request instanceof WsRequest.OpenCursor open) {
      out.writeNumberField("stream_id", open.streamId());
      out.writeNumberField("cursor_id", open.cursorId());
      out.writeFieldName("batch");
      batch(out, open.batch());
    } else if (request instanceof WsRequest.FetchCursor fetch) {
      out.writeNumberField("cursor_id", fetch.cursorId());
      out.writeNumberField("max_count", fetch.maxCount());
    } else if (request instanceof WsRequest.CloseCursor close) {
      out.writeNumberField("cursor_id", close.cursorId());
    }
    out.writeEndObject();
  }

  private static void streamRequest(JsonGenerator out, StreamRequest request) throws IOException {
    out.writeStartObject();
    out.writeStringField("type", request.type());
    streamRequestFields(out, request);
    out.writeEndObject();
  }

  /** The fields of a stream request after its {@code type}. */
  private static void streamRequestFields(JsonGenerator out, StreamRequest request) throws IOException {
    if (request instanceof StreamRequest.Execute execute) {
      out.writeFieldName("stmt");
      stmt(out, execute.stmt());
    } else if (request instanceof StreamRequest.BatchRequest batch) {
      out.writeFieldName("batch");
      batch(out, batch.batch());
    } else if (request instanceof StreamRequest.Sequence sequence) {
      sqlOrId(out, sequence.sql(), sequence.sqlId());
      optionalInt64(out, "replication_index", sequence.replicationIndex());
    } else if (request instanceof StreamRequest.Describe describe) {
      sqlOrId(out, describe.sql(), describe.sqlId());
      optionalInt64(out, "replication_index", describe.replicationIndex());
    } else if (request instanceof StreamRequest.StoreSql store) {
      out.writeNumberField("sql_id", store.sqlId());
      out.writeStringField("sql", store.sql());
    } else if (request instanceof StreamRequest.CloseSql close) {
      out.writeNumberField("sql_id", close.sqlId());
    }
    // close and get_autocommit carry nothing but their type.
  }

  private static void stmt(JsonGenerator out, Stmt stmt) throws IOException {
    out.writeStartObject();
    sqlOrId(out, stmt.sql(), stmt.sqlId());
    out.writeArrayFieldStart("args");
    for (Value arg : stmt.args()) {
      ValueCodec.write(out, arg);
    }
    out.writeEndArray();
    out.writeArrayFieldStart("named_args");
    for (NamedArg arg : stmt.namedArgs()) {
      out.writeStartObject();
      out.writeStringField("name", arg.name());
      out.writeFieldName("value");
      ValueCodec.write(out, arg.value());
      out.writeEndObject();
    }
    out.writeEndArray();
    if (stmt.wantRows() != null) {
      out.writeBooleanField("want_rows", stmt.wantRows());
    }
    optionalInt64(out, "replication_index", stmt.replicationIndex());
    out.writeEndObject();
  }

  private static void batch(JsonGenerator out, Batch batch) throws IOException {
    out.writeStartObject();
    out.writeArrayFieldStart("steps");
    for (BatchStep step : batch.steps()) {
      out.writeStartObject();
      if (step.condition() != null) {
        out.writeFieldName("condition");
        condition(out, step.condition());
      }
      out.writeFieldName("stmt");
      stmt(out, step.stmt());
      out.writeEndObject();
    }
    out.writeEndArray();
    optionalInt64(out, "replication_index", batch.replicationIndex());
    out.writeEndObject();
  }

  private static void condition(JsonGenerator out, BatchCond cond) throws IOException {
    out.writeStartObject();
    if (cond instanceof BatchCond.Ok ok) {
      out.writeStringField("type", "ok");
      out.writeNumberField("step", ok.step());
    } else if (cond instanceof BatchCond.Error error) {
      out.writeStringField("type", "error");
      out.writeNumberField("step", error.step());
    } else if (cond instanceof BatchCond.Not not) {
      out.writeStringField("type", "not");
      out.writeFieldName("cond");
      condition(out, not.cond());
    } else if (cond instanceof BatchCond.And and) {
      out.writeStringField("type", "and");
      conditions(out, and.conds());
    } else if (cond instanceof BatchCond.Or or) {
      out.writeStringField("type", "or");
      conditions(out, or.conds());
    } else {
      out.writeStringField("type", "is_autocommit");
    }
    out.writeEndObject();
  }

  private static void conditions(JsonGenerator out, Iterable<BatchCond> conds) throws IOException {
    out.writeArrayFieldStart("conds");
    for (BatchCond cond : conds) {
      condition(out, cond);
    }
    out.writeEndArray();
  }

  private static void sqlOrId(JsonGenerator out, String sql, Integer sqlId) throws IOException {
    if (sql != null) {
      out.writeStringField("sql", sql);
    } else {
      out.writeNumberField("sql_id", sqlId);
    }
  }

  private static void optionalInt64(JsonGenerator out, String name, Long value) throws IOException {
    if (value != null) {
      ValueCodec.writeInt64Field(out, name, value);
    }
  }
}
