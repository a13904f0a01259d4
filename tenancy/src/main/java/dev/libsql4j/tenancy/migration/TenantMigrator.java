package dev.libsql4j.tenancy.migration;

import dev.libsql4j.tenancy.DaemonThreads;
import dev.libsql4j.tenancy.TenantDataSources;
import dev.libsql4j.tenancy.TenantName;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Applies one {@link TenantMigration} to many tenants: at most {@link Builder#parallelism} at once,
 * each tenant's failure recorded and reported without stopping the others, progress sent to
 * {@link MigrationListener}s, and every outcome written to a {@link MigrationJournal} so that a
 * later run (after a fix, or after an interruption) only migrates the tenants that are left.
 *
 * <pre>{@code
 * TenantMigrator migrator = TenantMigrator.builder(tenantDataSources)
 *     .parallelism(8)
 *     .journal(new FileMigrationJournal(Path.of("tenant-migrations.jsonl")))
 *     .listener(new ConsoleProgressBar(System.out))
 *     .build();
 * MigrationReport report = migrator.migrateAll(new LiquibaseTenantMigration("db/tenant.xml"));
 * }</pre>
 */
public final class TenantMigrator {

  private final TenantDataSources dataSources;
  private final int parallelism;
  private final MigrationJournal journal;
  private final List<MigrationListener> listeners;

  private TenantMigrator(Builder builder) {
    this.dataSources = builder.dataSources;
    this.parallelism = builder.parallelism;
    this.journal = builder.journal;
    this.listeners = List.copyOf(builder.listeners);
  }

  /** A builder for migrations of the tenants of {@code dataSources}. */
  public static Builder builder(TenantDataSources dataSources) {
    return new Builder(dataSources);
  }

  /** Migrates every tenant the provisioner lists. */
  public MigrationReport migrateAll(TenantMigration migration) {
    return migrate(dataSources.databases().list(), migration);
  }

  /**
   * Migrates {@code tenants}, skipping those the journal records as migrated under
   * {@code migration.id()}. Returns when all are done, or at once after an interruption of the
   * calling thread (tenants in flight are interrupted; what finished is in the journal and report).
   */
  public MigrationReport migrate(Collection<TenantName> tenants, TenantMigration migration) {
    Run run = new Run(migration.id(), tenants.size());
    Set<TenantName> done = journal.migrated(migration.id());
    List<TenantName> todo = new ArrayList<>();
    for (TenantName tenant : tenants) {
      if (done.contains(tenant)) {
        run.skipped(tenant);
      } else {
        todo.add(tenant);
      }
    }
    listeners.forEach(l -> l.started(run.progress()));
    ExecutorService threads = Executors.newFixedThreadPool(Math.max(1, Math.min(parallelism, todo.size())),
        DaemonThreads.named("libsql4j-tenant-migrator"));
    try {
      for (TenantName tenant : todo) {
        threads.execute(() -> run.finished(migrateOne(tenant, migration)));
      }
      threads.shutdown();
      threads.awaitTermination(Long.MAX_VALUE, TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      threads.shutdownNow();
    }
    MigrationReport report = run.report();
    listeners.forEach(l -> l.finished(report));
    return report;
  }

  private TenantOutcome migrateOne(TenantName tenant, TenantMigration migration) {
    long start = System.nanoTime();
    try {
      dataSources.withConnection(tenant, connection -> {
        PrimaryMigration.migrate(migration, tenant, connection);
        return null;
      });
      return new TenantOutcome(tenant, TenantOutcome.Status.MIGRATED, null, since(start));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return TenantOutcome.failed(tenant, e, since(start));
    } catch (Exception e) {
      return TenantOutcome.failed(tenant, e, since(start));
    }
  }

  private static Duration since(long startNanos) {
    return Duration.ofNanos(System.nanoTime() - startNanos);
  }

  /** The state of one run; its lock serialises the journal, the counters and the listeners. */
  private final class Run {

    private final String migrationId;
    private final int total;
    private final long startNanos = System.nanoTime();
    private final ReentrantLock lock = new ReentrantLock();
    private final List<TenantOutcome> outcomes = new ArrayList<>();
    private int migrated;
    private int failed;
    private int skipped;

    Run(String migrationId, int total) {
      this.migrationId = migrationId;
      this.total = total;
    }

    void skipped(TenantName tenant) {
      outcomes.add(new TenantOutcome(tenant, TenantOutcome.Status.SKIPPED, null, Duration.ZERO));
      skipped++;
    }

    void finished(TenantOutcome outcome) {
      lock.lock();
      try {
        journal.record(migrationId, outcome);
        outcomes.add(outcome);
        if (outcome.status() == TenantOutcome.Status.MIGRATED) {
          migrated++;
        } else {
          failed++;
        }
        MigrationProgress progress = progress();
        listeners.forEach(l -> l.tenantFinished(outcome, progress));
      } finally {
        lock.unlock();
      }
    }

    MigrationProgress progress() {
      return new MigrationProgress(total, migrated, failed, skipped, since(startNanos));
    }

    MigrationReport report() {
      lock.lock();
      try {
        return new MigrationReport(migrationId, outcomes, total, since(startNanos));
      } finally {
        lock.unlock();
      }
    }
  }

  /** Configures a {@link TenantMigrator}. */
  public static final class Builder {

    private final TenantDataSources dataSources;
    private int parallelism = Math.max(2, Runtime.getRuntime().availableProcessors() * 2);
    private MigrationJournal journal = MigrationJournal.inMemory();
    private final List<MigrationListener> listeners = new ArrayList<>();

    private Builder(TenantDataSources dataSources) {
      this.dataSources = Objects.requireNonNull(dataSources, "dataSources");
    }

    /** The most tenants migrated at once (default twice the processors, at least 2). */
    public Builder parallelism(int parallelism) {
      if (parallelism < 1) {
        throw new IllegalArgumentException("parallelism must be at least 1, not " + parallelism);
      }
      this.parallelism = parallelism;
      return this;
    }

    /** Where per-tenant outcomes are kept between runs (default: in memory). */
    public Builder journal(MigrationJournal journal) {
      this.journal = Objects.requireNonNull(journal, "journal");
      return this;
    }

    /** Adds a receiver of progress events. */
    public Builder listener(MigrationListener listener) {
      listeners.add(Objects.requireNonNull(listener, "listener"));
      return this;
    }

    /** The configured migrator. */
    public TenantMigrator build() {
      return new TenantMigrator(this);
    }
  }
}
