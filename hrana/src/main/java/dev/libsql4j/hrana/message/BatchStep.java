package dev.libsql4j.hrana.message;

/** One step of a {@link Batch}: a statement and an optional condition (null = always run). */
public record BatchStep(BatchCond condition, Stmt stmt) {
  public BatchStep {
    if (stmt == null) {
      throw new IllegalArgumentException("a batch step needs a statement");
    }
  }
}
