package dev.libsql4j.devserver.stream;

import dev.libsql4j.devserver.error.ProtocolException;
import dev.libsql4j.devserver.error.StatementException;
import dev.libsql4j.devserver.sql.RowSink;
import dev.libsql4j.devserver.sql.SqlText;
import dev.libsql4j.devserver.sql.StatementExecutor;
import dev.libsql4j.devserver.sql.StepOutcome;
import dev.libsql4j.hrana.http.ProtocolVersion;
import dev.libsql4j.hrana.message.Batch;
import dev.libsql4j.hrana.message.BatchCond;
import dev.libsql4j.hrana.message.BatchStep;
import dev.libsql4j.hrana.message.HranaError;
import dev.libsql4j.hrana.message.Stmt;
import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a batch on a stream: steps in order, each when its condition holds; a failing step does not stop
 * the batch. Where each step's result goes is up to a {@link StepHandler} (a pipeline collects results,
 * a cursor streams them).
 *
 * <p>Before anything runs, the batch is checked as sqld checks it: a condition may only refer to an
 * earlier step, {@code is_autocommit} needs Hrana 3, and stored SQL must exist; any of these fails the
 * whole HTTP request.
 */
public final class BatchRunner {

  /** Receives the steps of a batch as they run. */
  public interface StepHandler {
    /** Step {@code step} starts; its rows go to the returned sink. */
    RowSink begin(int step, Stmt stmt) throws IOException;

    /** Step {@code step} succeeded. */
    void succeeded(int step, StepOutcome outcome) throws IOException;

    /** Step {@code step} failed. */
    void failed(int step, HranaError error) throws IOException;
  }

  private BatchRunner() {}

  /** Checks then runs {@code batch}. */
  public static void run(ServerStream stream, Batch batch, ProtocolVersion version,
                         StatementGuard guard, StepHandler handler)
      throws ProtocolException, IOException {
    List<BatchStep> steps = batch.steps();
    Long wanted = batch.replicationIndex();
    for (BatchStep step : steps) {
      Long stepWants = step.stmt().replicationIndex();
      wanted = stepWants != null && (wanted == null || stepWants > wanted) ? stepWants : wanted;
    }
    awaitReplication(stream, wanted);
    List<SqlText.Statement> statements = new ArrayList<>(steps.size());
    List<HranaError> parseErrors = new ArrayList<>(steps.size());
    for (int i = 0; i < steps.size(); i++) {
      BatchStep step = steps.get(i);
      if (step.condition() != null) {
        check(step.condition(), i, version);
      }
      String sql = stream.sql(step.stmt().sql(), step.stmt().sqlId());
      try {
        statements.add(StatementExecutor.single(sql));
        parseErrors.add(null);
      } catch (StatementException e) {
        statements.add(null);
        parseErrors.add(e.error());
      }
    }
    // sqld checks permissions for the whole batch before running any of it.
    guard.check(statements);
    Boolean[] outcomes = new Boolean[steps.size()];
    for (int i = 0; i < steps.size(); i++) {
      BatchStep step = steps.get(i);
      if (step.condition() != null && !holds(step.condition(), outcomes, stream)) {
        continue;
      }
      if (statements.get(i) == null) {
        outcomes[i] = false;
        handler.failed(i, parseErrors.get(i));
        continue;
      }
      RowSink sink = handler.begin(i, step.stmt());
      try {
        StepOutcome outcome = StatementExecutor.run(stream.session(), statements.get(i),
            step.stmt().args(), step.stmt().namedArgs(), sink);
        outcomes[i] = true;
        handler.succeeded(i, outcome);
      } catch (StatementException e) {
        outcomes[i] = false;
        handler.failed(i, e.error());
      }
    }
  }

  private static void check(BatchCond cond, int step, ProtocolVersion version) throws ProtocolException {
    if (cond instanceof BatchCond.Ok ok) {
      checkReference(ok.step(), step);
    } else if (cond instanceof BatchCond.Error error) {
      checkReference(error.step(), step);
    } else if (cond instanceof BatchCond.Not not) {
      check(not.cond(), step, version);
    } else if (cond instanceof BatchCond.And and) {
      for (BatchCond c : and.conds()) {
        check(c, step, version);
      }
    } else if (cond instanceof BatchCond.Or or) {
      for (BatchCond c : or.conds()) {
        check(c, step, version);
      }
    } else if (cond instanceof BatchCond.IsAutocommit && version == ProtocolVersion.V2) {
      throw ProtocolException.badRequest("PROTO_NOT_SUPPORTED",
          "BatchCond of type `is_autocommit` is only supported in protocol version hrana3 and higher");
    }
  }

  private static void checkReference(int referenced, int step) throws ProtocolException {
    if (referenced < 0 || referenced >= step) {
      throw ProtocolException.badRequest("PROTO_BATCH_COND_BAD_STEP",
          "Invalid reference to step in a batch condition");
    }
  }

  private static boolean holds(BatchCond cond, Boolean[] outcomes, ServerStream stream)
      throws ProtocolException {
    if (cond instanceof BatchCond.Ok ok) {
      return Boolean.TRUE.equals(outcomes[ok.step()]);
    }
    if (cond instanceof BatchCond.Error error) {
      return Boolean.FALSE.equals(outcomes[error.step()]);
    }
    if (cond instanceof BatchCond.Not not) {
      return !holds(not.cond(), outcomes, stream);
    }
    if (cond instanceof BatchCond.And and) {
      for (BatchCond c : and.conds()) {
        if (!holds(c, outcomes, stream)) {
          return false;
        }
      }
      return true;
    }
    if (cond instanceof BatchCond.Or or) {
      for (BatchCond c : or.conds()) {
        if (holds(c, outcomes, stream)) {
          return true;
        }
      }
      return false;
    }
    return isAutocommit(stream);
  }

  /**
   * On a replica, waits until it has applied the primary's index {@code wanted} (the request field
   * {@code replication_index}), as sqld's replicas do; a primary ignores the field.
   */
  static void awaitReplication(ServerStream stream, Long wanted) throws ProtocolException {
    try {
      stream.database().awaitReplicationIndex(wanted);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ProtocolException(503, "INTERRUPTED", "The server is shutting down");
    }
  }

  static boolean isAutocommit(ServerStream stream) throws ProtocolException {
    try {
      return stream.session().isAutocommit();
    } catch (SQLException e) {
      throw new ProtocolException(500, "INTERNAL", "Cannot read the transaction state: " + e.getMessage());
    }
  }
}
