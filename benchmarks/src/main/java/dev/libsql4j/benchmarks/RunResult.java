package dev.libsql4j.benchmarks;

/**
 * What one run of one scenario on one peer produced: either the operations done, the wall time
 * and every operation's latency, or why it failed.
 *
 * @param operations     operations completed
 * @param elapsedNanos   wall time from the common start to the last thread's end
 * @param latencyNanos   one entry per operation
 * @param cpuNanos       CPU time the client's process used during the run (all its threads:
 *                       HTTP selector, GC, JIT), or -1 where it was not measured
 * @param failure        null when the run succeeded, else what went wrong
 */
public record RunResult(int operations, long elapsedNanos, long[] latencyNanos, long cpuNanos, String failure) {

    /** A run that completed. */
    public static RunResult ok(long elapsedNanos, long[] latencyNanos, long cpuNanos) {
        return new RunResult(latencyNanos.length, elapsedNanos, latencyNanos, cpuNanos, null);
    }

    /** A run that did not complete; nothing of it is measured. */
    public static RunResult failed(String failure) {
        return new RunResult(0, 0, new long[0], -1, failure);
    }

    /** Whether the run completed. */
    public boolean succeeded() {
        return failure == null;
    }

    /** Operations per second of wall time. */
    public double opsPerSecond() {
        return operations * 1e9 / elapsedNanos;
    }
}
