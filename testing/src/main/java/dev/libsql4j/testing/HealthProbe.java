package dev.libsql4j.testing;

import java.net.URI;
import java.time.Duration;

/** Polls sqld's {@code GET /health} (200, no auth) to learn when a node is ready or gone. */
final class HealthProbe {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(1);
    private static final long POLL_MILLIS = 10;

    private HealthProbe() {
    }

    /** True if {@code httpUrl}/health answers 200 now. */
    static boolean isHealthy(URI httpUrl) {
        return LoopbackHttp.getStatus(healthUri(httpUrl), REQUEST_TIMEOUT) == 200;
    }

    /**
     * Waits until the node answers 200 on /health.
     *
     * @return false if the process died or {@code timeout} passed first
     */
    static boolean awaitHealthy(URI httpUrl, SqldProcess process, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                return false;
            }
            if (isHealthy(httpUrl)) {
                return true;
            }
            Thread.sleep(POLL_MILLIS);
        }
        return false;
    }

    private static URI healthUri(URI httpUrl) {
        return URI.create(httpUrl + "/health");
    }
}
