package dev.libsql4j.consistency;

import dev.libsql4j.consistency.ConsistencyHint.Mode;
import dev.libsql4j.jdbc.routing.RoutingContext;
import dev.libsql4j.jdbc.routing.RoutingHint;
import java.time.Duration;

/**
 * Consistency hints for code without Spring (the annotations use the same machinery). Reads run
 * inside {@link #primary} go to the primary; inside {@link #replica} they may go to a replica;
 * inside {@link #readYourWrites} they see every write made before in the same scope (the replica
 * waits for the write's replication index, or the primary serves them).
 *
 * <pre>{@code
 * Order order = Consistency.primary(() -> orders.find(id));
 * Consistency.readYourWrites(() -> { orders.save(o); return orders.find(o.id()); });
 * Consistency.configure(WatermarkScope.perThread(), null); // every thread reads its own writes
 * }</pre>
 *
 * Hints are per thread and nest; each call restores the hint that was in force before. They only
 * matter for a {@code LibSqlDataSource} with replicas.
 */
public final class Consistency {

  private static volatile Duration stickyWindow;

  private Consistency() {
  }

  /** Work run under a hint; any exception passes through unchanged. */
  @FunctionalInterface
  public interface Work<T, E extends Throwable> {
    /** Does the work. */
    T run() throws E;
  }

  /**
   * Sets the implicit read-your-writes scope of code that opened none, and the sticky window
   * (JVM-wide).
   *
   * @param scope {@link WatermarkScope#perThread()}, a transaction scope, or {@link WatermarkScope#NONE}
   * @param sticky null: reads after a write carry its replication index to the replica; a duration:
   *     reads go to the primary for that long after each write (then carry the index)
   */
  public static void configure(WatermarkScope scope, Duration sticky) {
    stickyWindow = sticky;
    RoutingContext.setDefault(scope == WatermarkScope.NONE ? null : new ScopedDefaultHint(scope));
  }

  /** A watermark with the configured sticky window. */
  public static WriteWatermark newWatermark() {
    return new WriteWatermark(stickyWindow);
  }

  /** Runs {@code work} with its reads on the primary. */
  public static <T, E extends Throwable> T primary(Work<T, E> work) throws E {
    return with(current().with(Mode.PRIMARY, null), work);
  }

  /** Runs {@code work} with its reads on replicas, however stale. */
  public static <T, E extends Throwable> T replica(Work<T, E> work) throws E {
    return with(current().with(Mode.REPLICA, null), work);
  }

  /** Runs {@code work} with its reads on replicas that are at most {@code maxStaleness} behind. */
  public static <T, E extends Throwable> T replica(Duration maxStaleness, Work<T, E> work) throws E {
    return with(current().with(Mode.REPLICA, maxStaleness), work);
  }

  /**
   * Runs {@code work} in a read-your-writes scope: its reads see its writes. Inside an open scope it
   * joins that scope.
   */
  public static <T, E extends Throwable> T readYourWrites(Work<T, E> work) throws E {
    ConsistencyHint current = current();
    return current.watermark() != null ? with(current, work) : with(current.with(newWatermark()), work);
  }

  /** Runs {@code work} in the read-your-writes scope of {@code watermark} (e.g. a request's). */
  public static <T, E extends Throwable> T readYourWrites(WriteWatermark watermark, Work<T, E> work) throws E {
    return with(current().with(watermark), work);
  }

  /**
   * Enters the read-your-writes scope of {@code watermark} on this thread until the returned scope
   * is closed (for filters and interceptors that cannot pass a lambda):
   * {@code try (Consistency.Scope s = Consistency.enterReadYourWrites(w)) { ... }}.
   */
  public static Scope enterReadYourWrites(WriteWatermark watermark) {
    RoutingHint previous = RoutingContext.set(current().with(watermark));
    return () -> RoutingContext.set(previous);
  }

  /** An entered scope; {@link #close()} restores the hint in force before. */
  @FunctionalInterface
  public interface Scope extends AutoCloseable {
    @Override
    void close();
  }

  /** The hint in force on this thread, as this module's hint. */
  static ConsistencyHint current() {
    RoutingHint hint = RoutingContext.current();
    if (hint instanceof ConsistencyHint own) {
      return own;
    }
    if (hint instanceof ScopedDefaultHint scoped) {
      return scoped.resolve();
    }
    return new ConsistencyHint(Mode.DEFAULT, null, null);
  }

  private static <T, E extends Throwable> T with(ConsistencyHint hint, Work<T, E> work) throws E {
    RoutingHint previous = RoutingContext.set(hint);
    try {
      return work.run();
    } finally {
      RoutingContext.set(previous);
    }
  }
}
