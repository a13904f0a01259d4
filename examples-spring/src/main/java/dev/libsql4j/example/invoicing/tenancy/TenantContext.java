package dev.libsql4j.example.invoicing.tenancy;

import dev.libsql4j.tenancy.TenantName;
import java.util.Optional;
import java.util.function.Supplier;

/** The tenant the current thread works for. */
public final class TenantContext {

  private static final ThreadLocal<TenantName> CURRENT = new ThreadLocal<>();

  private TenantContext() {
  }

  public static Optional<TenantName> current() {
    return Optional.ofNullable(CURRENT.get());
  }

  public static TenantName require() {
    return current().orElseThrow(() -> new IllegalStateException("No tenant is selected on this thread"));
  }

  public static void run(String tenant, Runnable work) {
    call(tenant, () -> {
      work.run();
      return null;
    });
  }

  public static <T> T call(String tenant, Supplier<T> work) {
    TenantName previous = CURRENT.get();
    CURRENT.set(TenantName.of(tenant));
    try {
      return work.get();
    } finally {
      CURRENT.set(previous);
    }
  }
}
