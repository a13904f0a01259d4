package dev.libsql4j.benchmarks;

import dev.libsql4j.tenancy.SqldAdminTenantDatabases;
import dev.libsql4j.tenancy.TenantDataSources;
import dev.libsql4j.tenancy.TenantName;
import dev.libsql4j.tenancy.fanout.FanOut;
import dev.libsql4j.tenancy.fanout.FanOutResult;
import dev.libsql4j.tenancy.fanout.TenantFailure;
import dev.libsql4j.tenancy.liquibase.LiquibaseTenantMigration;
import dev.libsql4j.tenancy.migration.MigrationListener;
import dev.libsql4j.tenancy.migration.MigrationProgress;
import dev.libsql4j.tenancy.migration.MigrationReport;
import dev.libsql4j.tenancy.migration.TenantMigrator;
import dev.libsql4j.tenancy.migration.TenantOutcome;
import dev.libsql4j.testing.SqldNode;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.IntStream;

/**
 * Database per tenant at scale (issue #8) on one real sqld with namespaces: creates N tenant
 * databases through the admin API, migrates them with {@link TenantMigrator} and a Liquibase changelog
 * (bounded parallelism, at most {@code maxPools} pools), counts across all of them with one
 * {@link FanOut}, deletes some and checks they are gone; prints the time of each phase, the JVM's
 * peak of live threads and the most pools open at once. Checks correctness (it throws when a phase
 * is wrong), never speed:
 *
 * <pre>
 * mvn -q -pl benchmarks -am package -DskipTests
 * java -cp benchmarks/target/benchmarks.jar dev.libsql4j.benchmarks.TenancyBenchmark [--tenants 1000]
 * </pre>
 */
public final class TenancyBenchmark {

    /** Liquibase logs each change set of each tenant at INFO; held so the level stays. */
    private static final Logger LIQUIBASE_LOG = Logger.getLogger("liquibase");
    private static final String CHANGELOG = "tenancy/tenant-changelog.xml";
    private static final int CHANGE_SETS = 2;

    private TenancyBenchmark() {
    }

    /**
     * The knobs of a run.
     *
     * @param tenants     tenant databases to create and migrate
     * @param parallelism threads creating tenants and tenants migrated at once
     * @param maxPools    most tenant pools open at once
     * @param concurrency tenants queried at once by the fan-out
     * @param deleted     tenants deleted at the end
     */
    record Settings(int tenants, int parallelism, int maxPools, int concurrency, int deleted) {

        static final Settings DEFAULTS = new Settings(1000, 8, 32, 16, 10);

        Settings {
            if (tenants < 1 || parallelism < 1 || maxPools < 1 || concurrency < 1 || deleted < 0 || deleted > tenants) {
                throw new IllegalArgumentException("need tenants, parallelism, max-pools, concurrency >= 1 and"
                        + " 0 <= delete <= tenants");
            }
        }

        /** {@code --tenants N --parallelism P --max-pools M --concurrency C --delete D}, each optional. */
        static Settings parse(String[] args) {
            Settings s = DEFAULTS;
            for (int i = 0; i < args.length; i += 2) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(args[i] + " needs a value");
                }
                int value = Integer.parseInt(args[i + 1]);
                s = switch (args[i]) {
                    case "--tenants" -> new Settings(value, s.parallelism, s.maxPools, s.concurrency, s.deleted);
                    case "--parallelism" -> new Settings(s.tenants, value, s.maxPools, s.concurrency, s.deleted);
                    case "--max-pools" -> new Settings(s.tenants, s.parallelism, value, s.concurrency, s.deleted);
                    case "--concurrency" -> new Settings(s.tenants, s.parallelism, s.maxPools, value, s.deleted);
                    case "--delete" -> new Settings(s.tenants, s.parallelism, s.maxPools, s.concurrency, value);
                    default -> throw new IllegalArgumentException("unknown option " + args[i] + " (use --tenants N,"
                            + " --parallelism P, --max-pools M, --concurrency C, --delete D)");
                };
            }
            return s;
        }
    }

    /**
     * What a run measured.
     *
     * @param create       creating every tenant (admin API and catalog)
     * @param migrate      migrating every tenant
     * @param fanOut       the fan-out count over every tenant
     * @param delete       deleting the tenants to delete
     * @param counted      the fan-out's total ({@code DATABASECHANGELOG} rows: change sets × tenants)
     * @param mostPools    most tenant pools open at once
     * @param peakThreads  JVM peak of live threads during the run
     * @param threadsBefore live threads when the run started
     * @param poolsOpened  pools opened over the run (each pass over all tenants reopens evicted pools)
     */
    record Result(Settings settings, Duration create, Duration migrate, Duration fanOut, Duration delete,
                  long counted, int mostPools, int peakThreads, int threadsBefore, long poolsOpened) {

        String describe() {
            return String.format(Locale.ROOT, "[tenancy] tenants=%d parallelism=%d max-pools=%d fan-out concurrency=%d%n"
                            + "[tenancy] create %d: %.1f s; migrate (Liquibase, %d change sets): %.1f s;"
                            + " create+migrate: %.1f s%n"
                            + "[tenancy] fan-out count(*) over %d: %.2f s (total %d); delete %d: %.2f s, gone%n"
                            + "[tenancy] most pools open at once %d (opened over the run: %d);"
                            + " live threads before %d, peak %d",
                    settings.tenants, settings.parallelism, settings.maxPools, settings.concurrency,
                    settings.tenants, seconds(create), CHANGE_SETS, seconds(migrate), seconds(create.plus(migrate)),
                    settings.tenants, seconds(fanOut), counted, settings.deleted, seconds(delete),
                    mostPools, poolsOpened, threadsBefore, peakThreads);
        }

        private static double seconds(Duration d) {
            return d.toNanos() / 1e9;
        }
    }

    public static void main(String[] args) throws Exception {
        // Each tenant pool's start and stop would be two INFO lines of HikariCP.
        System.setProperty("org.slf4j.simpleLogger.log.com.zaxxer.hikari", "warn");
        Settings settings = Settings.parse(args);
        double loadBefore = Environment.loadAverage();
        Result result = run(settings);
        System.out.println(result.describe());
        System.out.printf(Locale.ROOT, "[tenancy] one-minute load average %.1f before, %.1f after%n",
                loadBefore, Environment.loadAverage());
    }

    /** Starts sqld with namespaces, runs every phase on it, stops it. */
    static Result run(Settings settings) throws Exception {
        LIQUIBASE_LOG.setLevel(Level.WARNING);
        List<TenantName> tenants = IntStream.range(0, settings.tenants())
                .mapToObj(i -> TenantName.of("tenant-" + i)).toList();
        try (SqldNode sqld = SqldNode.builder().namespaces(true).start();
             SqldAdminTenantDatabases databases = SqldAdminTenantDatabases
                     .builder(sqld.httpUrl(), sqld.adminUrl()).build();
             TenantDataSources dataSources = TenantDataSources.builder(databases)
                     .maxPools(settings.maxPools()).build()) {
            ResourcePeaks peaks = new ResourcePeaks(dataSources);
            int threadsBefore = peaks.liveThreads();
            peaks.reset();

            long start = System.nanoTime();
            createAll(databases, tenants, settings.parallelism());
            Duration create = since(start);

            start = System.nanoTime();
            MigrationReport migrated = TenantMigrator.builder(dataSources).parallelism(settings.parallelism())
                    .listener(new MigrationListener() {
                        @Override
                        public void tenantFinished(TenantOutcome outcome, MigrationProgress progress) {
                            peaks.sample();
                        }
                    })
                    .build().migrate(tenants, new LiquibaseTenantMigration(CHANGELOG));
            Duration migrate = since(start);
            check(migrated.succeeded(), migrated.summary());

            FanOut fanOut = FanOut.over(dataSources).concurrency(settings.concurrency())
                    .deadline(Duration.ofMinutes(5)).build();
            start = System.nanoTime();
            FanOutResult<List<Long>> counts = fanOut.query(tenants, "SELECT count(*) FROM DATABASECHANGELOG",
                    row -> row.getLong(1));
            Duration fanOutTime = since(start);
            peaks.sample();
            long counted = counts.results().stream().mapToLong(r -> r.value().get(0)).sum();
            check(counts.complete() && counted == (long) CHANGE_SETS * tenants.size(),
                    "fan-out: " + counts.failures().size() + " failures, total " + counted);

            List<TenantName> doomed = tenants.subList(0, settings.deleted());
            start = System.nanoTime();
            doomed.forEach(dataSources::delete);
            Duration delete = since(start);
            checkGone(databases, fanOut, doomed);

            return new Result(settings, create, migrate, fanOutTime, delete, counted, peaks.mostPools(),
                    peaks.peakThreads(), threadsBefore, dataSources.poolsOpened());
        }
    }

    /** Not listed, {@code exists} false, and a fan-out over them finds none of them. */
    private static void checkGone(SqldAdminTenantDatabases databases, FanOut fanOut, List<TenantName> doomed) {
        List<TenantName> listed = databases.list();
        check(doomed.stream().noneMatch(listed::contains), "deleted tenants are still listed");
        check(doomed.stream().noneMatch(databases::exists), "deleted tenants still exist");
        FanOutResult<List<Long>> after = fanOut.query(doomed, "SELECT 1", row -> row.getLong(1));
        check(after.results().isEmpty() && after.failures().stream()
                        .allMatch(f -> f.reason() == TenantFailure.Reason.TENANT_NOT_FOUND),
                "a query on a deleted tenant did not fail with TENANT_NOT_FOUND");
    }

    /** Creates the tenants on {@code threads} threads (sqld creates a namespace in tens of ms). */
    private static void createAll(SqldAdminTenantDatabases databases, List<TenantName> tenants, int threads)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> created = tenants.stream().<Future<?>>map(t -> pool.submit(() -> databases.create(t)))
                    .toList();
            for (Future<?> future : created) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException("tenancy benchmark: " + what);
        }
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }
}
