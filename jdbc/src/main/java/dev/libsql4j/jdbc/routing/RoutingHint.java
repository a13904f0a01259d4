package dev.libsql4j.jdbc.routing;

import java.time.Duration;

/**
 * What the code running on the current thread requires of the reads it makes: the SPI between the
 * driver and {@code libsql4j-consistency-hints} (which implements {@code @ReadPrimary},
 * {@code @ReadReplica} and read-your-writes scopes with it). Installed per thread with
 * {@link RoutingContext}; consulted by the driver when a unit of work (an autocommit statement or
 * a transaction's first statement) picks its node, and told about the writes it makes.
 *
 * <p>Only used when the data source has replicas. Implementations must be thread-safe when one
 * hint is shared by several threads (a request scope may be).
 */
public interface RoutingHint {

  /**
   * Whether reads must go to the primary ({@code @ReadPrimary}, a sticky window after a write).
   * Otherwise reads in autocommit mode and in read-only transactions go to a replica.
   */
  default boolean readFromPrimary() {
    return false;
  }

  /**
   * The replication index a replica must have applied before it serves a read (0 = none): the
   * replica waits for it (bounded by {@code replicaWaitMillis}, then the primary serves the read).
   */
  default long minReplicationIndex() {
    return 0;
  }

  /**
   * The staleness a replica read may have at most, or null for no bound: the driver then requires
   * the highest replication index the primary reported that long ago (capped at
   * {@link ReplicationClock#HORIZON}).
   */
  default Duration maxStaleness() {
    return null;
  }

  /**
   * Called after a write unit (an autocommit write, batch or a committed read-write transaction)
   * succeeded on the primary, with the replication index the primary reported for it.
   */
  default void wrote(long replicationIndex) {
  }
}
