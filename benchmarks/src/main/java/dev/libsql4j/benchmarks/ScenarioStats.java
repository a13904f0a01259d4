package dev.libsql4j.benchmarks;

import java.util.Arrays;
import java.util.List;

/**
 * One peer's numbers for one scenario over the measured rounds.
 *
 * @param opsPerSecond median over rounds of operations per second of wall time (the median,
 *                     so that one round disturbed by the machine does not move the result)
 * @param p50Micros    median latency over every operation of every measured round
 * @param p99Micros    99th percentile latency, likewise
 * @param cpuMicrosPerOp CPU time of the client's process per operation, NaN where unknown
 * @param operations   operations measured
 * @param rounds       measured rounds
 */
public record ScenarioStats(double opsPerSecond, double p50Micros, double p99Micros, double cpuMicrosPerOp,
                            long operations, int rounds) {

    /** Summarises successful runs; there must be at least one. */
    public static ScenarioStats of(List<RunResult> runs) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("no runs");
        }
        double[] rates = runs.stream().mapToDouble(RunResult::opsPerSecond).sorted().toArray();
        long[] latencies = runs.stream().flatMapToLong(run -> Arrays.stream(run.latencyNanos())).sorted().toArray();
        boolean cpuKnown = runs.stream().allMatch(run -> run.cpuNanos() >= 0);
        double cpuPerOp = cpuKnown
                ? runs.stream().mapToLong(RunResult::cpuNanos).sum() / 1e3 / latencies.length
                : Double.NaN;
        return new ScenarioStats(median(rates), percentile(latencies, 0.50) / 1e3, percentile(latencies, 0.99) / 1e3,
                cpuPerOp, latencies.length, runs.size());
    }

    private static double median(double[] sorted) {
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /** Nearest-rank percentile of sorted samples. */
    static long percentile(long[] sorted, double fraction) {
        int rank = (int) Math.ceil(fraction * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
