package dev.libsql4j.hrana.ws;

import dev.libsql4j.hrana.message.Batch;
import dev.libsql4j.hrana.message.BatchStep;
import dev.libsql4j.hrana.message.Stmt;
import dev.libsql4j.hrana.message.StreamRequest;
import dev.libsql4j.hrana.message.WsRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The SQL texts one socket keeps on the server with {@code store_sql}, so that a prepared statement
 * travels as its text once and then as a {@code sql_id}, from every stream of the socket.
 *
 * <p>Stored are the texts of statements with arguments (what prepared statements send) and the
 * texts a caller stored itself (a prepared batch); ad-hoc SQL without arguments is sent as text.
 * The least recently used text is forgotten ({@code close_sql}) beyond {@link #CAPACITY}, well below
 * sqld's 150 texts per WebSocket. sqld resolves a {@code sql_id} when the request arrives, so a
 * {@code close_sql} sent after a request that uses the id is safe; callers must hold the socket's
 * send lock so that the requests leave in the order they were rewritten.
 */
final class StoredSql {

  /** Texts kept per socket; sqld refuses a 151st with {@code SQL_STORE_TOO_MANY}. */
  static final int CAPACITY = 100;
  /** sqld's limit on one stored text. */
  private static final int MAX_BYTES = 5000;

  private final Map<String, Integer> ids = new LinkedHashMap<>(16, 0.75f, true);
  private final IdPool pool = new IdPool();

  /**
   * The request to send instead of {@code request}: its statements by {@code sql_id} where their
   * text is (or now gets) stored; the {@code store_sql}/{@code close_sql} requests that must go
   * first are passed to {@code before}.
   */
  WsRequest rewrite(WsRequest request, Set<String> storeTexts, Consumer<WsRequest> before) {
    if (request instanceof WsRequest.OnStream onStream) {
      StreamRequest inner = onStream.request();
      if (inner instanceof StreamRequest.Execute execute) {
        return new WsRequest.OnStream(onStream.streamId(),
            new StreamRequest.Execute(stmt(execute.stmt(), storeTexts, before)));
      }
      if (inner instanceof StreamRequest.BatchRequest batch) {
        return new WsRequest.OnStream(onStream.streamId(),
            new StreamRequest.BatchRequest(batch(batch.batch(), storeTexts, before)));
      }
      return request;
    }
    if (request instanceof WsRequest.OpenCursor open) {
      return new WsRequest.OpenCursor(open.streamId(), open.cursorId(), batch(open.batch(), storeTexts, before));
    }
    return request;
  }

  /** How many texts are stored. */
  int size() {
    return ids.size();
  }

  private Batch batch(Batch batch, Set<String> storeTexts, Consumer<WsRequest> before) {
    List<BatchStep> steps = new ArrayList<>(batch.steps().size());
    for (BatchStep step : batch.steps()) {
      steps.add(new BatchStep(step.condition(), stmt(step.stmt(), storeTexts, before)));
    }
    return new Batch(steps, batch.replicationIndex());
  }

  private Stmt stmt(Stmt stmt, Set<String> storeTexts, Consumer<WsRequest> before) {
    String sql = stmt.sql();
    if (sql == null || !worthStoring(stmt, storeTexts)) {
      return stmt;
    }
    Integer id = ids.get(sql);
    if (id == null) {
      if (ids.size() >= CAPACITY) {
        Iterator<Map.Entry<String, Integer>> eldest = ids.entrySet().iterator();
        int evicted = eldest.next().getValue();
        eldest.remove();
        before.accept(new StreamRequest.CloseSql(evicted));
        pool.release(evicted);
      }
      id = pool.allocate();
      ids.put(sql, id);
      before.accept(new StreamRequest.StoreSql(id, sql));
    }
    return new Stmt(null, id, stmt.args(), stmt.namedArgs(), stmt.wantRows(), stmt.replicationIndex());
  }

  private static boolean worthStoring(Stmt stmt, Set<String> storeTexts) {
    String sql = stmt.sql();
    boolean prepared = !stmt.args().isEmpty() || !stmt.namedArgs().isEmpty() || storeTexts.contains(sql);
    return prepared && (sql.length() * 3 <= MAX_BYTES
        || sql.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES);
  }
}
