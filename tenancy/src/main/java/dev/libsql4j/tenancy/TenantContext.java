package dev.libsql4j.tenancy;

import java.util.Objects;
import java.util.Optional;

/**
 * The tenant the current thread works for: set around a unit of work, read by whatever picks the
 * tenant's database (Hibernate's {@code CurrentTenantIdentifierResolver} in
 * {@link dev.libsql4j.tenancy.hibernate.TenantContextIdentifierResolver}, your own code). Web
 * requests get it from a filter; batch jobs, message listeners and tests set it themselves:
 *
 * <pre>{@code
 * TenantContext.run("acme", () -> invoices.save(invoice));
 * long open = TenantContext.call("acme", () -> invoices.countByPaidFalse());
 * try (TenantContext.Scope scope = TenantContext.open(TenantName.of("acme"))) { ... }
 * }</pre>
 *
 * <p>Scopes nest: leaving one restores the tenant that was current before. The value is per thread:
 * work handed to another thread (an executor, a parallel stream) does not see it unless that work
 * opens its own scope.
 */
public final class TenantContext {

  private static final ThreadLocal<TenantName> CURRENT = new ThreadLocal<>();

  private TenantContext() {
  }

  /** The current thread's tenant, if a scope is open. */
  public static Optional<TenantName> current() {
    return Optional.ofNullable(CURRENT.get());
  }

  /**
   * The current thread's tenant.
   *
   * @throws NoTenantSelectedException when no scope is open
   */
  public static TenantName require() {
    TenantName tenant = CURRENT.get();
    if (tenant == null) {
      throw new NoTenantSelectedException("No tenant is selected on this thread");
    }
    return tenant;
  }

  /**
   * Makes {@code tenant} current until the returned scope is closed (use try-with-resources).
   *
   * @throws NullPointerException when {@code tenant} is null
   */
  public static Scope open(TenantName tenant) {
    Objects.requireNonNull(tenant, "tenant");
    TenantName previous = CURRENT.get();
    CURRENT.set(tenant);
    return new Scope(previous);
  }

  /**
   * Runs {@code work} with {@code tenant} current.
   *
   * @throws IllegalArgumentException when {@code tenant} breaks the {@link TenantName} rule
   */
  public static void run(String tenant, Runnable work) {
    run(TenantName.of(tenant), work);
  }

  /** Runs {@code work} with {@code tenant} current. */
  public static void run(TenantName tenant, Runnable work) {
    try (Scope ignored = open(tenant)) {
      work.run();
    }
  }

  /**
   * Runs {@code work} with {@code tenant} current and returns its result; the work's own checked
   * exception (if any) passes through unchanged.
   *
   * @throws IllegalArgumentException when {@code tenant} breaks the {@link TenantName} rule
   */
  public static <T, E extends Exception> T call(String tenant, Work<T, E> work) throws E {
    return call(TenantName.of(tenant), work);
  }

  /** Runs {@code work} with {@code tenant} current and returns its result. */
  public static <T, E extends Exception> T call(TenantName tenant, Work<T, E> work) throws E {
    try (Scope ignored = open(tenant)) {
      return work.call();
    }
  }

  /**
   * Work that returns a value and may throw {@code E}.
   *
   * @param <T> the result
   * @param <E> the checked exception it may throw ({@code RuntimeException} when none)
   */
  @FunctionalInterface
  public interface Work<T, E extends Exception> {

    /** Does the work. */
    T call() throws E;
  }

  /** An open tenant scope; closing it restores the tenant that was current before. */
  public static final class Scope implements AutoCloseable {

    private final TenantName previous;
    private boolean closed;

    private Scope(TenantName previous) {
      this.previous = previous;
    }

    /** Restores the previous tenant (none if there was none); closing twice does nothing. */
    @Override
    public void close() {
      if (closed) {
        return;
      }
      closed = true;
      if (previous == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(previous);
      }
    }
  }
}
