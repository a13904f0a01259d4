package dev.libsql4j.tenancy.fanout;

import dev.libsql4j.tenancy.DaemonThreads;
import dev.libsql4j.tenancy.TenantDataSources;
import dev.libsql4j.tenancy.TenantName;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * One query across many tenants: in parallel on at most {@link Builder#concurrency} threads, within
 * a deadline, each answer tagged with its tenant, and failures (including tenants that ran out of
 * time) reported next to the answers instead of aborting the whole fan-out.
 *
 * <pre>{@code
 * FanOut fanOut = FanOut.over(tenantDataSources).concurrency(16).deadline(Duration.ofSeconds(5)).build();
 * FanOutResult<Long> counts = fanOut.run(tenants, c -> {
 *   try (var rs = c.createStatement().executeQuery("SELECT count(*) FROM orders")) { rs.next(); return rs.getLong(1); }
 * });
 * long total = counts.results().stream().mapToLong(TenantResult::value).sum();
 * counts.failures().forEach(f -> log.warn(f.describe()));
 * }</pre>
 *
 * <p>The threads are started per call and stopped at its end, so an idle {@code FanOut} holds none.
 * Connections come from {@link TenantDataSources}, whose pool bound should be at least the
 * concurrency; a tenant the server briefly misses is retried as {@link TenantDataSources#withConnection}
 * describes (a query runs again only when the server refused it, not after it ran).
 */
public final class FanOut {

  private final TenantDataSources dataSources;
  private final int concurrency;
  private final Duration deadline;

  private FanOut(Builder builder) {
    this.dataSources = builder.dataSources;
    this.concurrency = builder.concurrency;
    this.deadline = builder.deadline;
  }

  /** A builder for fan-outs over the tenants of {@code dataSources}. */
  public static Builder over(TenantDataSources dataSources) {
    return new Builder(dataSources);
  }

  /** Runs {@code query} on every tenant and collects the answers. */
  public <T> FanOutResult<T> run(Collection<TenantName> tenants, TenantQuery<T> query) {
    return run(tenants, query, result -> { });
  }

  /**
   * Runs {@code query} on every tenant, handing each answer to {@code onResult} as soon as it
   * arrives (on the calling thread, one at a time), and collects them too.
   */
  public <T> FanOutResult<T> run(Collection<TenantName> tenants, TenantQuery<T> query,
                                 Consumer<TenantResult<T>> onResult) {
    long start = System.nanoTime();
    long deadlineNanos = start + deadline.toNanos();
    List<TenantResult<T>> results = new ArrayList<>();
    List<TenantFailure> failures = new ArrayList<>();
    if (tenants.isEmpty()) {
      return new FanOutResult<>(results, failures, Duration.ZERO);
    }
    ExecutorService threads = Executors.newFixedThreadPool(Math.min(concurrency, tenants.size()), DaemonThreads.named("libsql4j-fan-out"));
    try {
      CompletionService<Outcome<T>> completion = new ExecutorCompletionService<>(threads);
      Map<Future<Outcome<T>>, TenantName> pending = new LinkedHashMap<>();
      for (TenantName tenant : tenants) {
        pending.put(completion.submit(() -> runOne(tenant, query)), tenant);
      }
      while (!pending.isEmpty()) {
        long remaining = deadlineNanos - System.nanoTime();
        Future<Outcome<T>> done = remaining > 0 ? completion.poll(remaining, TimeUnit.NANOSECONDS) : null;
        if (done == null) {
          break;
        }
        pending.remove(done);
        Outcome<T> outcome = outcomeOf(done);
        if (outcome.failure != null) {
          failures.add(outcome.failure);
        } else {
          results.add(outcome.result);
          onResult.accept(outcome.result);
        }
      }
      TimeoutException late = new TimeoutException("No answer within the fan-out deadline of " + deadline);
      pending.forEach((future, tenant) -> {
        future.cancel(true);
        failures.add(new TenantFailure(tenant, TenantFailure.Reason.DEADLINE_EXCEEDED, late));
      });
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("The fan-out was interrupted", e);
    } finally {
      // Interrupting a worker aborts its HTTP exchange (the driver cancels an interrupted send).
      threads.shutdownNow();
    }
    return new FanOutResult<>(results, failures, Duration.ofNanos(System.nanoTime() - start));
  }

  /**
   * Runs one SQL query (with positional {@code args}) on every tenant and maps each row.
   */
  public <R> FanOutResult<List<R>> query(Collection<TenantName> tenants, String sql, RowMapper<R> mapper,
                                         Object... args) {
    return run(tenants, connection -> {
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        for (int i = 0; i < args.length; i++) {
          statement.setObject(i + 1, args[i]);
        }
        try (ResultSet rows = statement.executeQuery()) {
          List<R> mapped = new ArrayList<>();
          while (rows.next()) {
            mapped.add(mapper.map(rows));
          }
          return mapped;
        }
      }
    });
  }

  private <T> Outcome<T> runOne(TenantName tenant, TenantQuery<T> query) {
    long start = System.nanoTime();
    try {
      T value = dataSources.withConnection(tenant, query::apply);
      return new Outcome<>(new TenantResult<>(tenant, value, Duration.ofNanos(System.nanoTime() - start)), null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Outcome<>(null, new TenantFailure(tenant, TenantFailure.Reason.FAILED, e));
    } catch (Exception e) {
      TenantFailure.Reason reason = TenantDataSources.isMissingDatabase(e)
          ? TenantFailure.Reason.TENANT_NOT_FOUND : TenantFailure.Reason.FAILED;
      return new Outcome<>(null, new TenantFailure(tenant, reason, e));
    }
  }

  private static <T> Outcome<T> outcomeOf(Future<Outcome<T>> done) {
    try {
      return done.get();
    } catch (ExecutionException e) {
      // runOne catches everything but Errors; let those surface.
      throw new IllegalStateException("A fan-out task failed unexpectedly", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("The fan-out was interrupted", e);
    }
  }

  /** What one tenant's task produced: exactly one of the two is set. */
  private record Outcome<T>(TenantResult<T> result, TenantFailure failure) {
  }

  /** Configures a {@link FanOut}. */
  public static final class Builder {

    private final TenantDataSources dataSources;
    private int concurrency = 8;
    private Duration deadline = Duration.ofSeconds(30);

    private Builder(TenantDataSources dataSources) {
      this.dataSources = Objects.requireNonNull(dataSources, "dataSources");
    }

    /** The most tenants queried at once (default 8). */
    public Builder concurrency(int concurrency) {
      if (concurrency < 1) {
        throw new IllegalArgumentException("concurrency must be at least 1, not " + concurrency);
      }
      this.concurrency = concurrency;
      return this;
    }

    /** Time allowed for the whole fan-out, from its start (default 30 s). */
    public Builder deadline(Duration deadline) {
      if (deadline.isNegative() || deadline.isZero()) {
        throw new IllegalArgumentException("deadline must be positive, not " + deadline);
      }
      this.deadline = deadline;
      return this;
    }

    /** The configured fan-out. */
    public FanOut build() {
      return new FanOut(this);
    }
  }
}
