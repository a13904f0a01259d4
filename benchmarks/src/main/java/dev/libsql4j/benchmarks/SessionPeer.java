package dev.libsql4j.benchmarks;

import java.util.ArrayList;
import java.util.List;

/**
 * A peer that runs in this JVM: a fixed set of {@link Session}s opened up front (like a
 * connection pool), driven by the {@link LoadGenerator}.
 */
final class SessionPeer implements Peer {

    /** Opens one session. */
    @FunctionalInterface
    interface SessionFactory {
        Session open() throws Exception;
    }

    private final String version;
    private final List<Session> sessions;
    private final LoadGenerator load;
    private final Workload workload;

    private SessionPeer(String version, List<Session> sessions, Workload workload) {
        this.version = version;
        this.sessions = sessions;
        this.workload = workload;
        this.load = new LoadGenerator(workload);
    }

    /**
     * Opens {@code sessionCount} sessions, enough for the scenario with the most threads, so
     * that no run pays for opening connections.
     */
    static SessionPeer open(String version, SessionFactory factory, int sessionCount, Workload workload)
            throws Exception {
        List<Session> sessions = new ArrayList<>(sessionCount);
        try {
            for (int i = 0; i < sessionCount; i++) {
                sessions.add(factory.open());
            }
        } catch (Exception e) {
            closeAll(sessions);
            throw e;
        }
        return new SessionPeer(version, sessions, workload);
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public RunResult run(Scenario scenario, long seed) {
        if (scenario.threads() > sessions.size()) {
            throw new IllegalArgumentException(scenario.id() + " needs " + scenario.threads() + " sessions");
        }
        return load.run(sessions, scenario, seed);
    }

    @Override
    public long liveHeapGrowthMidScan(int rows) throws Exception {
        long before = HeapProbe.liveBytes();
        long[] midScan = new long[1];
        long half = rows / 2;
        long read = sessions.get(0).scan(workload.scanSql(rows), row -> {
            if (row == half) {
                midScan[0] = HeapProbe.liveBytes();
            }
        });
        if (read != rows) {
            throw new IllegalStateException("scan read " + read + " rows, expected " + rows);
        }
        return midScan[0] - before;
    }

    @Override
    public void close() {
        closeAll(sessions);
    }

    private static void closeAll(List<Session> sessions) {
        for (Session session : sessions) {
            try {
                session.close();
            } catch (Exception e) {
                // Closing is best effort: the benchmark is over for this peer either way.
                System.err.println("closing a session failed: " + e);
            }
        }
    }
}
