package dev.libsql4j.hrana.json;

import dev.libsql4j.hrana.message.Batch;
import dev.libsql4j.hrana.message.BatchCond;
import dev.libsql4j.hrana.message.BatchStep;
import dev.libsql4j.hrana.message.CursorRequest;
import dev.libsql4j.hrana.message.NamedArg;
import dev.libsql4j.hrana.message.PipelineRequest;
import dev.libsql4j.hrana.message.Stmt;
import dev.libsql4j.hrana.message.StreamRequest;
import dev.libsql4j.hrana.message.Value;
import java.io.IOException;
import java.util.List;

/**
 * Decodes what a client sends (the server side): pipeline and cursor request bodies.
 *
 * <p>Every object is read field by field in whatever order the fields come, into locals, and built
 * when it ends, so no intermediate tree is needed. Unknown fields are skipped; a missing required field,
 * an unknown request or condition type, or {@code sql} and {@code sql_id} both or neither given is a
 * {@link HranaJsonException} (sqld answers such requests with HTTP 400).
 */
final class RequestReader {

  private RequestReader() {}

  static PipelineRequest pipelineRequest(JsonInput in) throws IOException {
    in.beginObject("pipeline request");
    String baton = null;
    List<StreamRequest> requests = null;
    for (String field; (field = in.nextField()) != null; ) {
      switch (field) {
        case "baton" -> baton = in.string();
        case "requests" -> requests = in.array(RequestReader::streamRequest);
        default -> in.skip();
      }
    }
    return new PipelineRequest(baton, in.require(requests, "requests"));
  }

  static CursorRequest cursorRequest(JsonInput in) throws IOException {
    in.beginObject("cursor request");
    String baton = null;
    Batch batch = null;
    for (String field; (field = in.nextField()) != null; ) {
      switch (field) {
        case "baton" -> baton = in.string();
        case "batch" -> batch = batch(in);
        default -> in.skip();
      }
    }
    return new CursorRequest(baton, in.require(batch, "batch"));
  }

  private static StreamRequest streamRequest(JsonInput in) throws IOException {
    in.beginObject("stream request");
    String type = null;
    Stmt stmt = null;
    Batch batch = null;
    String sql = null;
    Integer sqlId = null;
    Long replicationIndex = null;
    for (String field; (field = in.nextField()) != null; ) {
      switch (field) {
        case "type" -> type = in.string();
        case "stmt" -> stmt = stmt(in);
        case "batch" -> batch = batch(in);
        case "sql" -> sql = in.string();
        case "sql_id" -> sqlId = in.int32();
        case "replication_index" -> replicationIndex = in.int64();
        default -> in.skip();
      }
    }
    switch (in.require(type, "type")) {
      case "close":
        return new StreamRequest.Close();
      case "execute":
        return new StreamRequest.Execute(in.require(stmt, "stmt"));
      case "batch":
        return new StreamRequest.BatchRequest(in.require(batch, "batch"));
      case "sequence":
        requireSqlOrId(in, sql, sqlId);
        return new StreamRequest.Sequence(sql, sqlId, replicationIndex);
      case "describe":
        requireSqlOrId(in, sql, sqlId);
        return new StreamRequest.Describe(sql, sqlId, replicationIndex);
      case "store_sql":
        return new StreamRequest.StoreSql(in.require(sqlId, "sql_id"), in.require(sql, "sql"));
      case "close_sql":
        return new StreamRequest.CloseSql(in.require(sqlId, "sql_id"));
      case "get_autocommit":
        return new StreamRequest.GetAutocommit();
      default:
        throw in.fail("unknown request type '" + type + "'");
    }
  }

  private static Stmt stmt(JsonInput in) throws IOException {
    in.beginObject("stmt");
    String sql = null;
    Integer sqlId = null;
    List<Value> args = null;
    List<NamedArg> namedArgs = null;
    Boolean wantRows = null;
    Long replicationIndex = null;
    for (String field; (field = in.nextField()) != null; ) {
      switch (field) {
        case "sql" -> sql = in.string();
        case "sql_id" -> sqlId = in.int32();
        case "args" -> args = in.array(ValueCodec::read);
        case "named_args" -> namedArgs = in.array(RequestReader::namedArg);
        case "want_rows" -> wantRows = in.optionalBool();
        case "replication_index" -> replicationIndex = in.int64();
        default -> in.skip();
      }
    }
    requireSqlOrId(in, sql, sqlId);
    return new Stmt(sql, sqlId, args, namedArgs, wantRows, replicationIndex);
  }

  private static NamedArg namedArg(JsonInput in) throws IOException {
    in.beginObject("named argument");
    String name = null;
    Value value = null;
    for (String field; (field = in.nextField()) != null; ) {
      switch (field) {
        case "name" -> name = in.string();
        case "value" -> value = ValueCodec.read(in);
        default -> in.skip();
      }
    }
    return new NamedArg(in.require(name, "name"), in.require(value, "value"));
  }

  private static Batch batch(JsonInput in) throws IOException {
    in.beginObject("batch");
    List<BatchStep> steps = null;
    Long replicationIndex = null;
    for (String field; (field = in.nextField()) != null; ) {
      switch (field) {
        case "steps" -> steps = in.array(RequestReader::step);
        case "replication_index" -> replicationIndex = in.int64();
        default -> in.skip();
      }
    }
    return new Batch(in.require(steps, "steps"), replicationIndex);
  }

  private static BatchStep step(JsonInput in) throws IOException {
    in.beginObject("batch step");
    BatchCond condition = null;
    Stmt stmt = null;
    for (String field; (field = in.nextField()) != null; ) {
      switch (field) {
        case "condition" -> condition = in.isNull() ? null : condition(in);
        case "stmt" -> stmt = stmt(in);
        default -> in.skip();
      }
    }
    return new BatchStep(condition, in.require(stmt, "stmt"));
  }

  private static BatchCond condition(JsonInput in) throws IOException {
    in.beginObject("batch condition");
    String type = null;
    Integer step = null;
    BatchCond cond = null;
    List<BatchCond> conds = null;
    for (String field; (field = in.nextField()) != null; ) {
      switch (field) {
        case "type" -> type = in.string();
        case "step" -> step = in.int32();
        case "cond" -> cond = condition(in);
        case "conds" -> conds = in.array(RequestReader::condition);
        default -> in.skip();
      }
    }
    switch (in.require(type, "type")) {
      case "ok":
        return new BatchCond.Ok(in.require(step, "step"));
      case "error":
        return new BatchCond.Error(in.require(step, "step"));
      case "not":
        return new BatchCond.Not(in.require(cond, "cond"));
      case "and":
        return new BatchCond.And(in.require(conds, "conds"));
      case "or":
        return new BatchCond.Or(in.require(conds, "conds"));
      case "is_autocommit":
        return new BatchCond.IsAutocommit();
      default:
        throw in.fail("unknown condition type '" + type + "'");
    }
  }

  private static void requireSqlOrId(JsonInput in, String sql, Integer sqlId)
      throws HranaJsonException {
    if ((sql == null) == (sqlId == null)) {
      throw in.fail("exactly one of 'sql' and 'sql_id' is required");
    }
  }
}
