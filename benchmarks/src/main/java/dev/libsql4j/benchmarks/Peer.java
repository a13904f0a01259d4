package dev.libsql4j.benchmarks;

/**
 * A client under test, opened on one server URL: it runs scenarios and measures its own heap.
 * Java peers run in this JVM ({@link SessionPeer}); the Node peer runs in a child process.
 */
public interface Peer extends AutoCloseable {

    /** The client and the version that ran, as the report prints it. */
    String version();

    /**
     * Runs one scenario. Failures of the client are returned, not thrown: they are results.
     *
     * @param seed seeds the random keys, so that every peer of a round asks for the same keys
     *             (where the peer's language allows)
     */
    RunResult run(Scenario scenario, long seed);

    /**
     * Scans the first {@code rows} rows of {@code big} and returns how much more heap is live
     * (after a full collection) when the application has read half of them than before the
     * query. A client that streams keeps this flat as {@code rows} grows; one that buffers the
     * whole result does not.
     *
     * @throws Exception when the scan fails; the report records the message
     */
    long liveHeapGrowthMidScan(int rows) throws Exception;

    @Override
    void close();
}
