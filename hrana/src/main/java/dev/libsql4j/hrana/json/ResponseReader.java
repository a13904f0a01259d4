package dev.libsql4j.hrana.json;

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
import dev.libsql4j.hrana.message.WsResponse;
import dev.libsql4j.hrana.message.WsServerMsg;
import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * Decodes what a server sends (the client side): pipeline response bodies, cursor lines and
 * WebSocket server messages.
 *
 * <p>Tolerant in the ways real servers need: unknown fields are skipped, missing optional fields take
 * their defaults (empty lists, 0, null), 64-bit integers may be strings or numbers (sqld writes
 * cursor {@code last_insert_rowid} and {@code replication_index} as numbers), and cursor entries of
 * unknown types are skipped. Rows are decoded straight into {@link Value}s without a tree.
 */
final class ResponseReader {

  private ResponseReader() {}

  static PipelineResponse pipelineResponse(JsonInput in) throws IOException {
    in.beginObject("pipeline response");
    String baton = null;
    String baseUrl = null;
    List<StreamResult> results = null;
    for (String field; (field = in.nextField()) != null; ) {
      switch (field) {
        case "baton" -> baton = in.string();
        case "base_url" -> baseUrl = in.string();
        case "results" -> results = in.array(ResponseReader::streamResult);
        default -> in.skip();
      }
    }
    return new PipelineResponse(baton, baseUrl, in.require(results, "results"));
  }

  static CursorHeader cursorHeader(JsonInput in) throws IOException {
    in.beginObject("cursor header");
    String baton = null;
    String baseUrl = null;
    for (String field; (field = in.nextField()) != null; ) {
      switch (field) {
        case "baton" -> baton = in.string();
        case "base_url" -> baseUrl = in.string();
        default -> in.skip();
      }
    }
    return new CursorHeader(baton, baseUrl);
  }

  /** Reads one cursor entry; returns null for an entry of an unknown type, which callers skip. */
  static CursorEntry cursorEntry(JsonInput in) throws IOException {
    in.beginObject("cursor entry");
    String type = null;
    Integer step = null;
    List<Col> cols = null;
    List<Value> row = null;
    long affectedRowCount = 0;
    Long lastInsertRowid = null;
    HranaError error = null;
    Long replicationIndex = null;
    for (String field; (field = in.nextField()) != null; ) {
      switch (field) {
        case "type" -> type = in.string();
        case "step" -> step = in.int32();
        case "cols" -> cols = in.array(ResponseReader::col);
        case "row" -> row = in.array(ValueCodec::read);
        case "affected_row_count" -> affectedRowCount = in.count();
        case "last_insert_rowid" -> lastInsertRowid = in.int64();
        case "error" -> error = error(in);
        case "replication_index" -> replicationIndex = in.int64();
        default -> in.skip();
      }
    }
    switch (in.require(type, "type")) {
      case "step_begin":
        return new CursorEntry.StepBegin(in.require(step, "step"), cols == null ? List.of() : cols);
      case "row":
        return new CursorEntry.Row(in.require(row, "row"));
      case "step_end":
        return new CursorEntry.StepEnd(affectedRowCount, lastInsertRowid);
      case "step_error":
        return new CursorEntry.StepError(in.require(step, "step"), in.require(error, "error"));
      case "error":
        return new CursorEntry.Error(in.require(error, "error"));
      case "replication_index":
        return new CursorEntry.ReplicationIndex(replicationIndex);
      default:
        return null;
    }
  }

  private static StreamResult streamResult(JsonInput in) throws IOException {
    in.beginObject("stream result");
    String type = null;
    StreamResponse response = null;
    HranaError error = null;
    for (String field; (field = in.nextField()) != null; ) {
      switch (field) {
        case "type" -> type = in.string();
        case "response" -> response = streamResponse(in);
        case "error" -> error = error(in);
        default -> in.skip();
      }
    }
    switch (in.require(type, "type")) {
      case "ok":
        return new StreamResult.Ok(in.require(response, "response"));
      case "error":
        return new StreamResult.Error(in.require(error, "error"));
      default:
        throw in.fail("unknown result type '" + type + "'");
    }
  }

  private static StreamResponse streamResponse(JsonInput in) throws IOException {
    return ResponseObject.read(in).toStreamResponse(in);
  }

  /** Reads one WebSocket server message ({@code hello_ok}, {@code response_ok}, …). */
  static WsServerMsg wsServerMsg(JsonInput in) throws IOException {
    in.beginObject("server message");
    String type = null;
    Integer requestId = null;
    WsResponse response = null;
    HranaError error = null;
    for (String field; (field = in.nextField()) != null; ) {
      switch (field) {
        case "type" -> type = in.string();
        case "request_id" -> requestId = in.int32();
        case "response" -> response = wsResponse(in);
        case "error" -> error = error(in);
        default -> in.skip();
      }
    }
    switch (in.require(type, "type")) {
      case "hello_ok":
        return new WsServerMsg.HelloOk();
      case "hello_error":
        return new WsServerMsg.HelloError(in.require(error, "error"));
      case "response_ok":
        return new WsServerMsg.ResponseOk(in.require(requestId, "request_id"), in.require(response, "response"));
      case "response_error":
        return new WsServerMsg.ResponseError(in.require(requestId, "request_id"), in.require(error, "error"));
      default:
        throw in.fail("unknown server message type '" + type + "'");
    }
  }

  private static WsResponse wsResponse(JsonInput in) throws IOException {
    ResponseObject response = ResponseObject.read(in);
    switch (in.require(response.type, "type")) {
      case "open_stream":
        return new WsResponse.OpenStream();
      case "close_stream":
        return new WsResponse.CloseStream();
      case "open_cursor":
        return new WsResponse.OpenCursor();
      case "close_cursor":
        return new WsResponse.CloseCursor();
      case "fetch_cursor":
        return new WsResponse.FetchCursor(in.require(response.entries, "entries"),
            in.require(response.done, "done"));
      default:
        return new WsResponse.OfStream(response.toStreamResponse(in));
    }
  }

  /**
   * The fields of a response object of any kind, read before its shape is known (the {@code type}
   * may come last).
   */
  private static final class ResponseObject {
    String type;
    ResultFields result;
    Boolean isAutocommit;
    List<CursorEntry> entries;
    Boolean done;

    static ResponseObject read(JsonInput in) throws IOException {
      in.beginObject("response");
      ResponseObject response = new ResponseObject();
      for (String field; (field = in.nextField()) != null; ) {
        switch (field) {
          case "type" -> response.type = in.string();
          case "result" -> response.result = ResultFields.read(in);
          case "is_autocommit" -> response.isAutocommit = in.optionalBool();
          case "entries" -> response.entries = knownEntries(in.array(ResponseReader::cursorEntry));
          case "done" -> response.done = in.optionalBool();
          default -> in.skip();
        }
      }
      return response;
    }

    StreamResponse toStreamResponse(JsonInput in) throws HranaJsonException {
      switch (in.require(type, "type")) {
        case "close":
          return new StreamResponse.Close();
        case "execute":
          return new StreamResponse.Execute(in.require(result, "result").toStmtResult());
        case "batch":
          return new StreamResponse.BatchResponse(in.require(result, "result").toBatchResult());
        case "sequence":
          return new StreamResponse.Sequence();
        case "describe":
          return new StreamResponse.Describe(in.require(result, "result").toDescribeResult());
        case "store_sql":
          return new StreamResponse.StoreSql();
        case "close_sql":
          return new StreamResponse.CloseSql();
        case "get_autocommit":
          return new StreamResponse.GetAutocommit(in.require(isAutocommit, "is_autocommit"));
        default:
          throw in.fail("unknown response type '" + type + "'");
      }
    }

    /** Cursor entries of unknown types read as null and are skipped. */
    private static List<CursorEntry> knownEntries(List<CursorEntry> entries) {
      entries.removeIf(Objects::isNull);
      return entries;
    }
  }

  private static StmtResult stmtResult(JsonInput in) throws IOException {
    return in.isNull() ? null : ResultFields.read(in).toStmtResult();
  }

  private static HranaError error(JsonInput in) throws IOException {
    if (in.isNull()) {
      return null;
    }
    in.beginObject("error");
    String message = null;
    String code = null;
    for (String field; (field = in.nextField()) != null; ) {
      switch (field) {
        case "message" -> message = in.string();
        case "code" -> code = in.string();
        default -> in.skip();
      }
    }
    return new HranaError(in.require(message, "message"), code);
  }

  private static Col col(JsonInput in) throws IOException {
    in.beginObject("column");
    String name = null;
    String decltype = null;
    for (String field; (field = in.nextField()) != null; ) {
      switch (field) {
        case "name" -> name = in.string();
        case "decltype" -> decltype = in.string();
        default -> in.skip();
      }
    }
    return new Col(name, decltype);
  }

  private static String paramName(JsonInput in) throws IOException {
    in.beginObject("parameter");
    String name = null;
    for (String field; (field = in.nextField()) != null; ) {
      if (field.equals("name")) {
        name = in.string();
      } else {
        in.skip();
      }
    }
    return name;
  }

  /**
   * The union of the fields of the three {@code result} shapes (execute, batch, describe). A response
   * object may put {@code result} before {@code type}, so the result is read into this holder and
   * shaped once the type is known, instead of buffering a tree. The shapes' fields are disjoint except
   * {@code cols} and {@code replication_index}, which mean the same in each.
   */
  private static final class ResultFields {
    List<Col> cols = List.of();
    List<List<Value>> rows = List.of();
    long affectedRowCount;
    Long lastInsertRowid;
    Long replicationIndex;
    long rowsRead;
    long rowsWritten;
    double queryDurationMs;
    List<StmtResult> stepResults = List.of();
    List<HranaError> stepErrors = List.of();
    List<String> params = List.of();
    boolean isExplain;
    boolean isReadonly;

    static ResultFields read(JsonInput in) throws IOException {
      in.beginObject("result");
      ResultFields result = new ResultFields();
      for (String field; (field = in.nextField()) != null; ) {
        switch (field) {
          case "cols" -> result.cols = in.array(ResponseReader::col);
          case "rows" -> result.rows = in.array(row -> row.array(ValueCodec::read));
          case "affected_row_count" -> result.affectedRowCount = in.count();
          case "last_insert_rowid" -> result.lastInsertRowid = in.int64();
          case "replication_index" -> result.replicationIndex = in.int64();
          case "rows_read" -> result.rowsRead = in.count();
          case "rows_written" -> result.rowsWritten = in.count();
          case "query_duration_ms" -> result.queryDurationMs = in.float64();
          case "step_results" -> result.stepResults = in.array(ResponseReader::stmtResult);
          case "step_errors" -> result.stepErrors = in.array(ResponseReader::error);
          case "params" -> result.params = in.array(ResponseReader::paramName);
          case "is_explain" -> result.isExplain = in.bool();
          case "is_readonly" -> result.isReadonly = in.bool();
          default -> in.skip();
        }
      }
      return result;
    }

    StmtResult toStmtResult() {
      return new StmtResult(cols, rows, affectedRowCount, lastInsertRowid, replicationIndex,
          rowsRead, rowsWritten, queryDurationMs);
    }

    BatchResult toBatchResult() {
      return new BatchResult(stepResults, stepErrors, replicationIndex);
    }

    DescribeResult toDescribeResult() {
      return new DescribeResult(params, cols, isExplain, isReadonly);
    }
  }
}
