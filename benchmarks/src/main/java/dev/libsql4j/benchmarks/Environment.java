package dev.libsql4j.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * What the numbers were measured on, for the report: hardware, OS, JVM and server version.
 * No host names or addresses beyond loopback are recorded.
 *
 * @param date     UTC day of the run
 * @param cpu      CPU model as the kernel names it
 * @param cores    processors available to the JVM
 * @param memoryGib physical memory
 * @param os       OS name, kernel version and architecture
 * @param java     JVM vendor, name and version
 * @param sqld     the server's {@code GET /version} answer
 * @param loadBefore one-minute load average when the run started (other work on the machine)
 * @param loadAfter  one-minute load average when it ended
 * @param notes    conditions of the run given on the command line (e.g. other load)
 */
public record Environment(LocalDate date, String cpu, int cores, double memoryGib, String os, String java,
                          String sqld, double loadBefore, double loadAfter, List<String> notes) {

    /** The one-minute load average now, or a negative number where the OS does not tell. */
    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /**
     * Describes the machine at the end of a run.
     *
     * @param loadBefore {@link #loadAverage()} taken when the run started
     */
    static Environment capture(URI serverUrl, double loadBefore, List<String> notes)
            throws IOException, InterruptedException {
        com.sun.management.OperatingSystemMXBean system =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return new Environment(
                LocalDate.now(ZoneOffset.UTC),
                cpuModel(),
                Runtime.getRuntime().availableProcessors(),
                system.getTotalMemorySize() / (double) (1L << 30),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
                System.getProperty("java.vm.vendor") + " " + System.getProperty("java.vm.name") + " "
                        + System.getProperty("java.runtime.version"),
                sqldVersion(serverUrl),
                loadBefore,
                loadAverage(),
                List.copyOf(notes));
    }

    private static String cpuModel() throws IOException {
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (!Files.isReadable(cpuinfo)) {
            return "unknown";
        }
        try (var lines = Files.lines(cpuinfo)) {
            return lines.filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim())
                    .findFirst().orElse("unknown");
        }
    }

    private static String sqldVersion(URI serverUrl) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        return http.send(HttpRequest.newBuilder(serverUrl.resolve("/version")).build(),
                HttpResponse.BodyHandlers.ofString()).body().trim();
    }
}
