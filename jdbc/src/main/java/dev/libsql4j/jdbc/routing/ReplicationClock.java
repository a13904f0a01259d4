package dev.libsql4j.jdbc.routing;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.LongSupplier;

/**
 * When the primary reported which replication index: turns a staleness bound ("at most 2 s old")
 * into the replication index a replica must have applied. Entries are kept per 10 ms for
 * {@link #HORIZON}; older ones are folded into one floor entry. Thread-safe.
 */
public final class ReplicationClock {

  /** The longest staleness bound honoured; larger bounds are treated as this one (stricter). */
  public static final Duration HORIZON = Duration.ofSeconds(60);
  private static final long BUCKET_NANOS = 10_000_000L;

  private final ConcurrentSkipListMap<Long, Long> indexByTime = new ConcurrentSkipListMap<>();
  private final LongSupplier nanoTime;

  /** A clock on {@link System#nanoTime()}. */
  public ReplicationClock() {
    this(System::nanoTime);
  }

  ReplicationClock(LongSupplier nanoTime) {
    this.nanoTime = nanoTime;
  }

  /** Records that the primary reported {@code index} now. */
  public void record(long index) {
    long now = nanoTime.getAsLong();
    indexByTime.merge(now - Math.floorMod(now, BUCKET_NANOS), index, Math::max);
    prune(now);
  }

  /**
   * The highest index the primary had reported {@code staleness} ago (0 when none): a replica
   * that applied it is at most that stale, as far as this client knows.
   */
  public long indexAsOf(Duration staleness) {
    Duration bounded = staleness.compareTo(HORIZON) > 0 ? HORIZON : staleness;
    long cutoff = nanoTime.getAsLong() - bounded.toNanos();
    long highest = 0;
    for (Long index : indexByTime.headMap(cutoff, true).values()) {
      highest = Math.max(highest, index);
    }
    return highest;
  }

  /** Folds entries older than the horizon into the newest of them, which stays as the floor. */
  private void prune(long now) {
    long limit = now - HORIZON.toNanos() - BUCKET_NANOS;
    Map.Entry<Long, Long> floor = indexByTime.floorEntry(limit);
    if (floor == null) {
      return;
    }
    long highest = floor.getValue();
    for (Long index : indexByTime.headMap(floor.getKey(), false).values()) {
      highest = Math.max(highest, index);
    }
    indexByTime.headMap(floor.getKey(), false).clear();
    indexByTime.merge(floor.getKey(), highest, Math::max);
  }
}
