package dev.libsql4j.benchmarks;

import java.time.Duration;
import java.util.List;

/**
 * One measured situation: an operation, how many threads run it and for how long per round.
 *
 * <p>A run lasts at least {@code runTime} and at least {@code minOperations} operations (spread
 * over the threads), so that fast peers collect many samples and slow ones still finish.
 *
 * @param id            stable identifier, used in the report
 * @param title         what the report calls it
 * @param operation     what each operation does
 * @param threads       concurrent sessions
 * @param runTime       minimum duration of one run
 * @param minOperations minimum number of operations of one run
 * @param countedOperations operations of the request-counting run; more than one where a
 *                      client's requests could alternate between operations (the scan: a
 *                      driver may close a cursor's stream in the background)
 */
public record Scenario(String id, String title, Operation operation, int threads, Duration runTime,
                       int minOperations, int countedOperations) {

    static final String POINT_SELECT_1T = "point-select-1t";
    static final String POINT_SELECT_8T = "point-select-8t";
    static final String SINGLE_INSERT = "single-insert";
    static final String BATCH_INSERT = "batch-insert";
    static final String SCAN = "scan";

    /** The scenarios of the issue; {@code runTimeScale} 0 gives the shortest runs (smoke test). */
    public static List<Scenario> standard(Workload workload, double runTimeScale) {
        return List.of(
                new Scenario(POINT_SELECT_1T, "Point select, 1 thread", Operation.POINT_SELECT, 1,
                        scaled(1_500, runTimeScale), 20, 20),
                new Scenario(POINT_SELECT_8T, "Point select, 8 threads", Operation.POINT_SELECT, 8,
                        scaled(1_500, runTimeScale), 16, 16),
                new Scenario(SINGLE_INSERT, "Single insert, autocommit", Operation.SINGLE_INSERT, 1,
                        scaled(1_000, runTimeScale), 10, 10),
                new Scenario(BATCH_INSERT, "Batch insert of " + String.format("%,d", workload.batchSize()) + " rows",
                        // One counted batch: DBeaver's 1,000 requests cross the counting proxy slowly.
                        Operation.BATCH_INSERT, 1, scaled(1_500, runTimeScale), 1, 1),
                new Scenario(SCAN, "Scan of " + String.format("%,d", workload.scanRows()) + " rows",
                        Operation.SCAN, 1, scaled(1_500, runTimeScale), 1, 2));
    }

    /** The same scenario with a fixed number of operations and no minimum duration (counting pass). */
    public Scenario counted(int operations) {
        return new Scenario(id, title, operation, threads, Duration.ZERO, operations, operations);
    }

    private static Duration scaled(long millis, double scale) {
        return Duration.ofMillis(Math.round(millis * scale));
    }
}
