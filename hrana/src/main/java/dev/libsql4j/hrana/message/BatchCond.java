package dev.libsql4j.hrana.message;

import java.util.List;

/**
 * The condition under which a batch step runs. Steps are referred to by their 0-based index and may
 * only refer to earlier steps. A step that did not run is neither {@code ok} nor {@code error}.
 */
public sealed interface BatchCond permits BatchCond.Ok, BatchCond.Error, BatchCond.Not,
    BatchCond.And, BatchCond.Or, BatchCond.IsAutocommit {

  /** True when step {@code step} ran and succeeded. */
  record Ok(int step) implements BatchCond {}

  /** True when step {@code step} ran and failed. */
  record Error(int step) implements BatchCond {}

  /** Negation. */
  record Not(BatchCond cond) implements BatchCond {}

  /** Conjunction; true for an empty list. */
  record And(List<BatchCond> conds) implements BatchCond {
    public And {
      conds = List.copyOf(conds);
    }
  }

  /** Disjunction; false for an empty list. */
  record Or(List<BatchCond> conds) implements BatchCond {
    public Or {
      conds = List.copyOf(conds);
    }
  }

  /** Hrana 3 only: true when the stream has no open transaction. */
  record IsAutocommit() implements BatchCond {}

  /** Shortcut for {@link Ok}. */
  static BatchCond ok(int step) {
    return new Ok(step);
  }

  /** Shortcut for {@link Not}. */
  static BatchCond not(BatchCond cond) {
    return new Not(cond);
  }

  /** Shortcut for {@link And}. */
  static BatchCond and(BatchCond... conds) {
    return new And(List.of(conds));
  }
}
