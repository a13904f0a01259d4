package dev.libsql4j.hrana.message;

import java.util.List;

/**
 * Statements executed in order on one stream, each step guarded by an optional condition. A failing
 * step does not stop the batch; conditions decide what runs after it.
 *
 * @param steps the steps, in order
 * @param replicationIndex sqld extension: a replica waits until it has applied this frame; may be null
 */
public record Batch(List<BatchStep> steps, Long replicationIndex) {
  public Batch {
    steps = List.copyOf(steps);
  }

  /** A batch without a replication index. */
  public static Batch of(List<BatchStep> steps) {
    return new Batch(steps, null);
  }
}
