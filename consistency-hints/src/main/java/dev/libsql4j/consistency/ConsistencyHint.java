package dev.libsql4j.consistency;

import dev.libsql4j.jdbc.routing.RoutingHint;
import java.time.Duration;

/**
 * The routing hint this module installs: a read mode and the read-your-writes watermark in force.
 *
 * @param mode where reads go
 * @param maxStaleness the staleness bound of {@link Mode#REPLICA}, or null for none
 * @param watermark the read-your-writes scope's watermark, or null outside any scope
 */
record ConsistencyHint(Mode mode, Duration maxStaleness, WriteWatermark watermark) implements RoutingHint {

  /** Where reads go. */
  enum Mode {
    /** Replicas, carrying the watermark's index (or the primary during a sticky window). */
    DEFAULT,
    /** The primary. */
    PRIMARY,
    /** Replicas, within the staleness bound only, whatever the watermark says. */
    REPLICA
  }

  @Override
  public boolean readFromPrimary() {
    return mode == Mode.PRIMARY || mode == Mode.DEFAULT && watermark != null && watermark.sticky();
  }

  @Override
  public long minReplicationIndex() {
    return mode == Mode.DEFAULT && watermark != null ? watermark.index() : 0;
  }

  @Override
  public Duration maxStaleness() {
    return mode == Mode.REPLICA ? maxStaleness : null;
  }

  @Override
  public void wrote(long replicationIndex) {
    if (watermark != null) {
      watermark.wrote(replicationIndex);
    }
  }

  /** This hint with another mode, same watermark. */
  ConsistencyHint with(Mode newMode, Duration newMaxStaleness) {
    return new ConsistencyHint(newMode, newMaxStaleness, watermark);
  }

  /** This hint with another watermark, same mode. */
  ConsistencyHint with(WriteWatermark newWatermark) {
    return new ConsistencyHint(mode, maxStaleness, newWatermark);
  }
}
