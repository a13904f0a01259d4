package dev.libsql4j.jdbc.routing;

/**
 * The {@link RoutingHint} of the current thread. Frameworks install a hint around a unit of code and
 * restore the previous one afterwards:
 *
 * <pre>{@code
 * RoutingHint previous = RoutingContext.set(hint);
 * try { ... } finally { RoutingContext.set(previous); }
 * }</pre>
 *
 * A thread without a hint of its own uses the default hint ({@link #setDefault}), e.g. a
 * read-your-writes rule for every thread.
 */
public final class RoutingContext {

  private static final RoutingHint NONE = new RoutingHint() { };
  private static final ThreadLocal<RoutingHint> CURRENT = new ThreadLocal<>();
  private static volatile RoutingHint fallback = NONE;

  private RoutingContext() {
  }

  /** The hint of the current thread, else the default hint. */
  public static RoutingHint current() {
    RoutingHint hint = CURRENT.get();
    return hint == null ? fallback : hint;
  }

  /** Sets the hint of threads without their own (JVM-wide); null restores one that requires nothing. */
  public static void setDefault(RoutingHint hint) {
    fallback = hint == null ? NONE : hint;
  }

  /**
   * Installs {@code hint} (null removes it) for the current thread.
   *
   * @return the hint installed before, or null; pass it back to restore it
   */
  public static RoutingHint set(RoutingHint hint) {
    RoutingHint previous = CURRENT.get();
    if (hint == null) {
      CURRENT.remove();
    } else {
      CURRENT.set(hint);
    }
    return previous;
  }
}
