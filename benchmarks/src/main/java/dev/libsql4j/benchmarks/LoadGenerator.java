package dev.libsql4j.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a scenario on in-process sessions: one platform thread per session, a common start,
 * each thread timing every operation it does until the run's duration and its share of the
 * minimum operation count are both reached.
 */
final class LoadGenerator {

    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private final Workload workload;

    LoadGenerator(Workload workload) {
        this.workload = workload;
    }

    /**
     * Runs {@code scenario} on the first {@code scenario.threads()} sessions.
     *
     * @param seed thread {@code i} draws its keys from {@code seed + i}
     */
    RunResult run(List<Session> sessions, Scenario scenario, long seed) {
        int threads = scenario.threads();
        int perThread = (scenario.minOperations() + threads - 1) / threads;
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch start = new CountDownLatch(1);
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        long[][] latencies = new long[threads][];
        long[] startedAt = new long[1];
        List<Thread> workers = new ArrayList<>(threads);
        for (int t = 0; t < threads; t++) {
            int index = t;
            Thread worker = new Thread(() -> {
                ready.countDown();
                try {
                    start.await();
                    latencies[index] = loop(sessions.get(index), scenario, new SplittableRandom(seed + index),
                            startedAt[0] + scenario.runTime().toNanos(), perThread, stop);
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                    stop.set(true); // the other threads end early: the run has failed anyway
                }
            }, "bench-" + scenario.id() + "-" + t);
            workers.add(worker);
            worker.start();
        }
        long cpuBefore;
        try {
            ready.await();
            cpuBefore = PROCESS.getProcessCpuTime();
            startedAt[0] = System.nanoTime();
            start.countDown();
            for (Thread worker : workers) {
                worker.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop.set(true);
            return RunResult.failed("interrupted");
        }
        long elapsed = System.nanoTime() - startedAt[0];
        long cpu = PROCESS.getProcessCpuTime() - cpuBefore;
        if (failure.get() != null) {
            return RunResult.failed(describe(failure.get()));
        }
        return RunResult.ok(elapsed, Arrays.stream(latencies).flatMapToLong(Arrays::stream).toArray(), cpu);
    }

    private long[] loop(Session session, Scenario scenario, SplittableRandom random, long deadline,
                        int minOperations, AtomicBoolean stop) throws Exception {
        long[] samples = new long[Math.max(16, minOperations)];
        int count = 0;
        while (!stop.get() && (count < minOperations || System.nanoTime() < deadline)) {
            long before = System.nanoTime();
            scenario.operation().runOn(session, workload, random);
            if (count == samples.length) {
                samples = Arrays.copyOf(samples, count * 2);
            }
            samples[count++] = System.nanoTime() - before;
        }
        return Arrays.copyOf(samples, count);
    }

    /** The exception's class and message, and its root cause's, short enough for a table cell. */
    static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        if (root != failure) {
            text += " (cause " + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
        }
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
