package dev.libsql4j.testing;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Kills every server process still registered when the JVM exits, so that a test run that
 * forgets to close a node, or is interrupted with Ctrl-C, leaves no sqld behind.
 * (A JVM killed with SIGKILL runs no hooks; nothing in Java can cover that case.)
 */
final class ProcessReaper {

    private static final Set<SqldProcess> LIVE = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(ProcessReaper::stopAll, "libsql4j-sqld-reaper"));
    }

    private ProcessReaper() {
    }

    static void register(SqldProcess process) {
        LIVE.add(process);
    }

    static void unregister(SqldProcess process) {
        LIVE.remove(process);
    }

    private static void stopAll() {
        for (SqldProcess process : LIVE) {
            process.stop();
        }
    }
}
