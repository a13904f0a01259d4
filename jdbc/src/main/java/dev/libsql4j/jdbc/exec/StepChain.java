package dev.libsql4j.jdbc.exec;

import dev.libsql4j.hrana.message.Batch;
import dev.libsql4j.hrana.message.BatchCond;
import dev.libsql4j.hrana.message.BatchStep;
import dev.libsql4j.hrana.message.Stmt;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a Hrana batch in which each step runs only if the previous one succeeded and, on Hrana 3,
 * only while a transaction is still open ({@code not(is_autocommit)}): if the server rolled the
 * transaction back (write-lock timeout) the rest is skipped instead of running in autocommit.
 */
final class StepChain {

  private final boolean guardTransaction;
  private final List<BatchStep> steps = new ArrayList<>();
  /** The step the next chained step depends on, or -1. */
  private int link = -1;

  /** @param guardTransaction whether to add {@code not(is_autocommit)} to every chained step (v3 only) */
  StepChain(boolean guardTransaction) {
    this.guardTransaction = guardTransaction;
  }

  /** Adds a step that always runs and that nothing depends on (a replayed setting). */
  void always(Stmt stmt) {
    steps.add(new BatchStep(null, stmt));
  }

  /** Adds an unconditional first link of the chain (a BEGIN) and returns its index. */
  int first(Stmt stmt) {
    steps.add(new BatchStep(null, stmt));
    link = steps.size() - 1;
    return link;
  }

  /** Adds a step that runs after the previous one succeeded (if any) inside the transaction. */
  int chain(Stmt stmt) {
    List<BatchCond> conds = new ArrayList<>(2);
    if (link >= 0) {
      conds.add(BatchCond.ok(link));
    }
    if (guardTransaction) {
      conds.add(BatchCond.not(new BatchCond.IsAutocommit()));
    }
    BatchCond condition = conds.isEmpty() ? null : conds.size() == 1 ? conds.get(0) : new BatchCond.And(conds);
    steps.add(new BatchStep(condition, stmt));
    link = steps.size() - 1;
    return link;
  }

  /** Adds a ROLLBACK that runs unless step {@code committed} succeeded. */
  int rollbackUnless(int committed) {
    steps.add(new BatchStep(BatchCond.not(BatchCond.ok(committed)), Stmt.of("ROLLBACK").withWantRows(false)));
    return steps.size() - 1;
  }

  /** The batch built so far. */
  Batch build() {
    return Batch.of(steps);
  }
}
