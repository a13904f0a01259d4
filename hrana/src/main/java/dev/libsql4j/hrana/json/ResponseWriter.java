package dev.libsql4j.hrana.json;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.libsql4j.hrana.message.BatchResult;
import dev.libsql4j.hrana.message.Col;
import dev.libsql4j.hrana.message.CursorEntry;
import dev.libsql4j.hrana.message.CursorHeader;
import dev.libsql4j.hrana.message.DescribeResult;
import dev.libsql4j.hrana.message.HranaError;
import dev.libsql4j.hrana.message.PipelineResponse;
import dev.libsql4j.hrana.message.StmtResult;
import dev.libsql4j.hrana.message.StreamResponse;
import dev.libsql4j.hrana.message.StreamResult;
import dev.libsql4j.hrana.message.Value;
import java.io.IOException;
import java.util.List;

/**
 * Encodes what a server sends: pipeline response bodies and cursor lines.
 *
 * <p>Like sqld, every field the protocol defines is written, {@code null}s included, so that strict
 * client decoders (the JS client requires {@code cols}, {@code rows}, {@code affected_row_count}) are
 * satisfied. {@code last_insert_rowid} and {@code replication_index} are written as strings everywhere,
 * the spec's form, also in cursor entries where sqld writes numbers.
 */
final class ResponseWriter {

  private ResponseWriter() {}

  static void pipelineResponse(JsonGenerator out, PipelineResponse response) throws IOException {
    out.writeStartObject();
    out.writeStringField("baton", response.baton());
    out.writeStringField("base_url", response.baseUrl());
    out.writeArrayFieldStart("results");
    for (StreamResult result : response.results()) {
      streamResult(out, result);
    }
    out.writeEndArray();
    out.writeEndObject();
  }

  static void cursorHeader(JsonGenerator out, CursorHeader header) throws IOException {
    out.writeStartObject();
    out.writeStringField("baton", header.baton());
    out.writeStringField("base_url", header.baseUrl());
    out.writeEndObject();
  }

  static void cursorEntry(JsonGenerator out, CursorEntry entry) throws IOException {
    out.writeStartObject();
    if (entry instanceof CursorEntry.StepBegin begin) {
      out.writeStringField("type", "step_begin");
      out.writeNumberField("step", begin.step());
      cols(out, begin.cols());
    } else if (entry instanceof CursorEntry.Row row) {
      out.writeStringField("type", "row");
      out.writeFieldName("row");
      row(out, row.values());
    } else if (entry instanceof CursorEntry.StepEnd end) {
      out.writeStringField("type", "step_end");
      out.writeNumberField("affected_row_count", end.affectedRowCount());
      ValueCodec.writeInt64Field(out, "last_insert_rowid", end.lastInsertRowid());
    } else if (entry instanceof CursorEntry.StepError stepError) {
      out.writeStringField("type", "step_error");
      out.writeNumberField("step", stepError.step());
      out.writeFieldName("error");
      error(out, stepError.error());
    } else if (entry instanceof CursorEntry.Error error) {
      out.writeStringField("type", "error");
      out.writeFieldName("error");
      error(out, error.error());
    } else if (entry instanceof CursorEntry.ReplicationIndex index) {
      out.writeStringField("type", "replication_index");
      ValueCodec.writeInt64Field(out, "replication_index", index.replicationIndex());
    }
    out.writeEndObject();
  }

  private static void streamResult(JsonGenerator out, StreamResult result) throws IOException {
    out.writeStartObject();
    if (result instanceof StreamResult.Ok ok) {
      out.writeStringField("type", "ok");
      out.writeFieldName("response");
      streamResponse(out, ok.response());
    } else {
      out.writeStringField("type", "error");
      out.writeFieldName("error");
      error(out, ((StreamResult.Error) result).error());
    }
    out.writeEndObject();
  }

  private static void streamResponse(JsonGenerator out, StreamResponse response) throws IOException {
    out.writeStartObject();
    out.writeStringField("type", response.type());
    if (response instanceof StreamResponse.Execute execute) {
      out.writeFieldName("result");
      stmtResult(out, execute.result());
    } else if (response instanceof StreamResponse.BatchResponse batch) {
      out.writeFieldName("result");
      batchResult(out, batch.result());
    } else if (response instanceof StreamResponse.Describe describe) {
      out.writeFieldName("result");
      describeResult(out, describe.result());
    } else if (response instanceof StreamResponse.GetAutocommit autocommit) {
      out.writeBooleanField("is_autocommit", autocommit.isAutocommit());
    }
    // close, sequence, store_sql and close_sql carry nothing but their type.
    out.writeEndObject();
  }

  private static void stmtResult(JsonGenerator out, StmtResult result) throws IOException {
    out.writeStartObject();
    cols(out, result.cols());
    out.writeArrayFieldStart("rows");
    for (List<Value> row : result.rows()) {
      row(out, row);
    }
    out.writeEndArray();
    out.writeNumberField("affected_row_count", result.affectedRowCount());
    ValueCodec.writeInt64Field(out, "last_insert_rowid", result.lastInsertRowid());
    ValueCodec.writeInt64Field(out, "replication_index", result.replicationIndex());
    out.writeNumberField("rows_read", result.rowsRead());
    out.writeNumberField("rows_written", result.rowsWritten());
    out.writeNumberField("query_duration_ms",
        Double.isFinite(result.queryDurationMs()) ? result.queryDurationMs() : 0);
    out.writeEndObject();
  }

  private static void batchResult(JsonGenerator out, BatchResult result) throws IOException {
    out.writeStartObject();
    out.writeArrayFieldStart("step_results");
    for (StmtResult step : result.stepResults()) {
      if (step == null) {
        out.writeNull();
      } else {
        stmtResult(out, step);
      }
    }
    out.writeEndArray();
    out.writeArrayFieldStart("step_errors");
    for (HranaError error : result.stepErrors()) {
      if (error == null) {
        out.writeNull();
      } else {
        error(out, error);
      }
    }
    out.writeEndArray();
    ValueCodec.writeInt64Field(out, "replication_index", result.replicationIndex());
    out.writeEndObject();
  }

  private static void describeResult(JsonGenerator out, DescribeResult result) throws IOException {
    out.writeStartObject();
    out.writeArrayFieldStart("params");
    for (String name : result.paramNames()) {
      out.writeStartObject();
      out.writeStringField("name", name);
      out.writeEndObject();
    }
    out.writeEndArray();
    cols(out, result.cols());
    out.writeBooleanField("is_explain", result.isExplain());
    out.writeBooleanField("is_readonly", result.isReadonly());
    out.writeEndObject();
  }

  private static void cols(JsonGenerator out, List<Col> cols) throws IOException {
    out.writeArrayFieldStart("cols");
    for (Col col : cols) {
      out.writeStartObject();
      out.writeStringField("name", col.name());
      out.writeStringField("decltype", col.decltype());
      out.writeEndObject();
    }
    out.writeEndArray();
  }

  private static void row(JsonGenerator out, List<Value> values) throws IOException {
    out.writeStartArray();
    for (Value value : values) {
      ValueCodec.write(out, value);
    }
    out.writeEndArray();
  }

  private static void error(JsonGenerator out, HranaError error) throws IOException {
    out.writeStartObject();
    out.writeStringField("message", error.message());
    out.writeStringField("code", error.code());
    out.writeEndObject();
  }
}
