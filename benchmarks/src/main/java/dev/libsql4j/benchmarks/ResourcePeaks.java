package dev.libsql4j.benchmarks;

import dev.libsql4j.tenancy.TenantDataSources;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The most tenant pools open at once (sampled after each tenant of a migration or a fan-out) and the
 * JVM's peak of live threads since {@link #reset()}: the bounds the tenancy benchmark reports.
 */
final class ResourcePeaks {

    private final TenantDataSources dataSources;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final AtomicInteger mostPools = new AtomicInteger();

    ResourcePeaks(TenantDataSources dataSources) {
        this.dataSources = dataSources;
    }

    /** Starts measuring from now. */
    void reset() {
        threads.resetPeakThreadCount();
        mostPools.set(dataSources.openPools());
    }

    /** Notes the pools open right now. */
    void sample() {
        mostPools.accumulateAndGet(dataSources.openPools(), Math::max);
    }

    int mostPools() {
        return mostPools.get();
    }

    int peakThreads() {
        return threads.getPeakThreadCount();
    }

    int liveThreads() {
        return threads.getThreadCount();
    }
}
