package dev.libsql4j.devserver.stream;

import dev.libsql4j.devserver.error.ProtocolException;
import dev.libsql4j.devserver.error.StatementException;
import dev.libsql4j.devserver.sql.RowSink;
import dev.libsql4j.devserver.sql.SqlText;
import dev.libsql4j.devserver.sql.StatementExecutor;
import dev.libsql4j.devserver.sql.StepOutcome;
import dev.libsql4j.hrana.http.ProtocolVersion;
import dev.libsql4j.hrana.message.BatchResult;
import dev.libsql4j.hrana.message.HranaError;
import dev.libsql4j.hrana.message.Stmt;
import dev.libsql4j.hrana.message.StmtResult;
import dev.libsql4j.hrana.message.StreamRequest;
import dev.libsql4j.hrana.message.StreamResponse;
import dev.libsql4j.hrana.message.StreamResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs the requests of a pipeline on a stream and produces their results. SQL failures become
 * {@code error} results; protocol violations throw {@link ProtocolException} and fail the whole HTTP
 * request, as in sqld.
 *
 * @param version the protocol version of the endpoint ({@code get_autocommit} needs Hrana 3)
 * @param guard what the credentials allow
 * @param maxResponseBytes the size limit of one statement's or batch's result
 */
public record RequestRunner(ProtocolVersion version, StatementGuard guard, long maxResponseBytes) {

  /** Runs one request. */
  public StreamResult run(ServerStream stream, StreamRequest request) throws ProtocolException {
    if (stream.isClosed() && !(request instanceof StreamRequest.Close)) {
      throw ProtocolException.badRequest("PROTO_STREAM_CLOSED", "Stream for this baton was closed");
    }
    try {
      return new StreamResult.Ok(respond(stream, request));
    } catch (StatementException e) {
      return new StreamResult.Error(e.error());
    }
  }

  private StreamResponse respond(ServerStream stream, StreamRequest request)
      throws ProtocolException, StatementException {
    if (request instanceof StreamRequest.Close) {
      stream.markClosed();
      return new StreamResponse.Close();
    }
    if (request instanceof StreamRequest.Execute execute) {
      return new StreamResponse.Execute(execute(stream, execute.stmt()));
    }
    if (request instanceof StreamRequest.BatchRequest batch) {
      return new StreamResponse.BatchResponse(batch(stream, batch));
    }
    if (request instanceof StreamRequest.Sequence sequence) {
      BatchRunner.awaitReplication(stream, sequence.replicationIndex());
      sequence(stream, stream.sql(sequence.sql(), sequence.sqlId()));
      return new StreamResponse.Sequence();
    }
    if (request instanceof StreamRequest.Describe describe) {
      BatchRunner.awaitReplication(stream, describe.replicationIndex());
      String sql = stream.sql(describe.sql(), describe.sqlId());
      return new StreamResponse.Describe(StatementExecutor.describe(stream.session(), sql));
    }
    if (request instanceof StreamRequest.StoreSql store) {
      stream.storeSql(store.sqlId(), store.sql());
      return new StreamResponse.StoreSql();
    }
    if (request instanceof StreamRequest.CloseSql close) {
      stream.closeSql(close.sqlId());
      return new StreamResponse.CloseSql();
    }
    if (version == ProtocolVersion.V2) {
      throw ProtocolException.badRequest("PROTO_NOT_SUPPORTED",
          "The `get_autocommit` request is only supported in protocol version hrana3 and higher");
    }
    return new StreamResponse.GetAutocommit(BatchRunner.isAutocommit(stream));
  }

  private StmtResult execute(ServerStream stream, Stmt stmt)
      throws ProtocolException, StatementException {
    SqlText.Statement statement = StatementExecutor.single(stream.sql(stmt.sql(), stmt.sqlId()));
    guard.check(List.of(statement));
    BatchRunner.awaitReplication(stream, stmt.replicationIndex());
    RowCollector rows = new RowCollector(maxResponseBytes, !Boolean.FALSE.equals(stmt.wantRows()));
    try {
      StepOutcome outcome = StatementExecutor.run(stream.session(), statement, stmt.args(),
          stmt.namedArgs(), rows);
      return rows.result(outcome, stream.database().replicationIndex());
    } catch (IOException e) {
      throw new UncheckedIOException("collecting rows in memory failed", e);
    }
  }

  private BatchResult batch(ServerStream stream, StreamRequest.BatchRequest request)
      throws ProtocolException {
    int size = request.batch().steps().size();
    StmtResult[] results = new StmtResult[size];
    HranaError[] errors = new HranaError[size];
    // One budget for the whole batch: sqld limits the size of the batch's result.
    long[] budget = {maxResponseBytes};
    try {
      BatchRunner.run(stream, request.batch(), version, guard, new BatchRunner.StepHandler() {
        private RowCollector rows;

        @Override
        public RowSink begin(int step, Stmt stmt) {
          rows = new RowCollector(budget[0], !Boolean.FALSE.equals(stmt.wantRows()));
          return rows;
        }

        @Override
        public void succeeded(int step, StepOutcome outcome) {
          // sqld reports the replication index once per batch, not per step.
          results[step] = rows.result(outcome, null);
          budget[0] -= rows.estimatedBytes();
        }

        @Override
        public void failed(int step, HranaError error) {
          errors[step] = error;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException("collecting rows in memory failed", e);
    }
    return new BatchResult(Arrays.asList(results), Arrays.asList(errors),
        stream.database().replicationIndex());
  }

  /**
   * Runs {@code ;}-separated statements, discarding rows, up to the first failure; a syntax error
   * anywhere fails it before anything runs, as in sqld.
   */
  private void sequence(ServerStream stream, String sql) throws ProtocolException, StatementException {
    List<SqlText.Statement> statements = SqlText.statements(sql);
    guard.check(statements);
    for (SqlText.Statement statement : statements) {
      StatementExecutor.requireParsable(stream.session(), statement);
    }
    RowSink discard = new RowCollector(0, false);
    for (SqlText.Statement statement : statements) {
      try {
        StatementExecutor.run(stream.session(), statement, List.of(), List.of(), discard);
      } catch (IOException e) {
        throw new UncheckedIOException("discarding rows failed", e);
      }
    }
  }

  /** The requests of a pipeline, in order. */
  public List<StreamResult> runAll(ServerStream stream, List<StreamRequest> requests)
      throws ProtocolException {
    List<StreamResult> results = new ArrayList<>(requests.size());
    try {
      for (StreamRequest request : requests) {
        results.add(run(stream, request));
      }
    } finally {
      stream.session().endRequest();
    }
    return results;
  }
}
