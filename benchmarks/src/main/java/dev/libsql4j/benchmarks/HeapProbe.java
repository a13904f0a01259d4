package dev.libsql4j.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Measures the live heap of this JVM: used heap right after full collections. Used heap alone
 * would mostly measure garbage not yet collected, which says nothing about what a client keeps.
 */
final class HeapProbe {

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private HeapProbe() {
    }

    /** Bytes of heap in use after two full collections (the second frees what finalisation released). */
    static long liveBytes() {
        MEMORY.gc();
        MEMORY.gc();
        return MEMORY.getHeapMemoryUsage().getUsed();
    }
}
