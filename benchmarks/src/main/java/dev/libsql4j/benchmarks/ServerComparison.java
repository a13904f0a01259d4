package dev.libsql4j.benchmarks;

import dev.libsql4j.jdbc.LibSqlDataSource;
import dev.libsql4j.testing.ServerKind;
import dev.libsql4j.testing.SqldNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The devserver next to sqld, in the same run, through the same client (libsql4j's driver): autocommit
 * point selects and single-row inserts with 1, 4 and 16 clients. Both servers run as processes started
 * by the test harness with their defaults; rounds alternate between them so that a change of machine
 * load hits both. Writes its own section of {@code docs/benchmarks.md}, leaving the rest of the file
 * alone:
 *
 * <pre>
 * mvn -q -pl benchmarks -am package -DskipTests
 * java -cp benchmarks/target/benchmarks.jar dev.libsql4j.benchmarks.ServerComparison [--rounds 3] [--seconds 3]
 * </pre>
 */
public final class ServerComparison {

    static final String SECTION = "devserver-vs-sqld";
    private static final int[] CLIENTS = {1, 4, 16};
    private static final Workload WORKLOAD = new Workload(10_000, 1, 1);

    private ServerComparison() {
    }

    /** {@code --rounds N} (default 3), {@code --seconds S} per run (default 3), {@code --out FILE}. */
    public static void main(String[] args) throws Exception {
        int rounds = 3;
        double seconds = 3;
        Path out = Path.of("docs", "benchmarks.md");
        for (int i = 0; i < args.length; i += 2) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--rounds" -> rounds = Integer.parseInt(required(args[i], value));
                case "--seconds" -> seconds = Double.parseDouble(required(args[i], value));
                case "--out" -> out = Path.of(required(args[i], value));
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (use --rounds N, --seconds S, --out FILE)");
            }
        }
        List<Scenario> scenarios = scenarios(Duration.ofMillis(Math.round(seconds * 1000)));
        double loadBefore = Environment.loadAverage();
        Map<ServerKind, Map<String, List<RunResult>>> runs = new EnumMap<>(ServerKind.class);
        try (Server sqld = Server.start(ServerKind.SQLD); Server devserver = Server.start(ServerKind.DEVSERVER)) {
            List<Server> servers = List.of(sqld, devserver);
            for (Server server : servers) {
                server.warmUp(scenarios);
            }
            for (int round = 1; round <= rounds; round++) {
                for (Scenario scenario : scenarios) {
                    // Alternate which server goes first, so neither always runs on the warmer machine.
                    List<Server> order = round % 2 == 1 ? servers : List.of(devserver, sqld);
                    for (Server server : order) {
                        // A failed run is reported, not fatal: sqld answers SQLITE_BUSY to many concurrent writers.
                        RunResult result = server.run(scenario, round);
                        runs.computeIfAbsent(server.kind, k -> new LinkedHashMap<>())
                                .computeIfAbsent(scenario.id(), k -> new ArrayList<>()).add(result);
                        System.out.printf(Locale.ROOT, "round %d %-9s %-28s %s%n", round, server.kind.id(),
                                scenario.title(), result.succeeded()
                                        ? String.format(Locale.ROOT, "%,10.0f ops/s", result.opsPerSecond())
                                        : "failed: " + result.failure());
                    }
                }
            }
        }
        double loadAfter = Environment.loadAverage();
        List<ReplicationLatency.Row> replication = ReplicationLatency.measure();
        String section = report(scenarios, runs, rounds, seconds, loadBefore, loadAfter, replication);
        String document = Files.exists(out) ? Files.readString(out, StandardCharsets.UTF_8) : "";
        Files.writeString(out, DocSection.replace(document, SECTION, section), StandardCharsets.UTF_8);
        System.out.println("wrote section " + SECTION + " of " + out);
    }

    static List<Scenario> scenarios(Duration runTime) {
        List<Scenario> scenarios = new ArrayList<>();
        for (int clients : CLIENTS) {
            scenarios.add(new Scenario("point-select-" + clients, "Point select, " + clients + " client"
                    + (clients == 1 ? "" : "s"), Operation.POINT_SELECT, clients, runTime, clients * 20, 0));
        }
        for (int clients : CLIENTS) {
            scenarios.add(new Scenario("insert-" + clients, "Single-row insert, " + clients + " client"
                    + (clients == 1 ? "" : "s"), Operation.SINGLE_INSERT, clients, runTime, clients * 10, 0));
        }
        return scenarios;
    }

    private static String report(List<Scenario> scenarios, Map<ServerKind, Map<String, List<RunResult>>> runs,
                                 int rounds, double seconds, double loadBefore, double loadAfter,
                                 List<ReplicationLatency.Row> replication) {
        StringBuilder md = new StringBuilder();
        md.append("## Devserver next to sqld\n\n")
                .append("Generated by `dev.libsql4j.benchmarks.ServerComparison` on ")
                .append(LocalDate.now(ZoneOffset.UTC)).append(" (UTC); rewrites only this section:\n\n```sh\n")
                .append("mvn -q -pl benchmarks -am package -DskipTests\n")
                .append("java -cp benchmarks/target/benchmarks.jar dev.libsql4j.benchmarks.ServerComparison --rounds ")
                .append(rounds).append(" --seconds ").append(MarkdownReport.number(seconds)).append("\n```\n\n")
                .append("Both servers run as processes started by the test harness with their defaults (sqld ")
                .append("reports `durability_mode` relaxed; the devserver runs WAL with `synchronous=NORMAL`, whose ")
                .append("acknowledged inserts survive `kill -9` — `DurabilityTest` — but not a power loss). ")
                .append("sqld does not queue writers: concurrent inserts can fail with `SQLITE_BUSY`, counted in ")
                .append("the table; the devserver queues them. One client = one libsql4j JDBC ")
                .append("connection in autocommit on its own thread, every operation prepared, run and closed. ")
                .append("Median of ").append(rounds).append(" rounds of at least ")
                .append(MarkdownReport.number(seconds)).append(" s each, rounds alternating between the servers. ")
                .append(String.format(Locale.ROOT, "Machine: %d cores, one-minute load average %.1f before and ",
                        Runtime.getRuntime().availableProcessors(), loadBefore))
                .append(String.format(Locale.ROOT, "%.1f after the run — ", loadAfter))
                .append("the machine is shared with other builds, so the absolute numbers are noisy; the ratio ")
                .append("is what this section is for.\n\n")
                .append("| Scenario | sqld ops/s | devserver ops/s | devserver ÷ sqld | devserver p50 / p99 ms |\n")
                .append("|---|---:|---:|---:|---:|\n");
        for (Scenario scenario : scenarios) {
            List<RunResult> sqldRuns = runs.get(ServerKind.SQLD).get(scenario.id());
            List<RunResult> devRuns = runs.get(ServerKind.DEVSERVER).get(scenario.id());
            ScenarioStats sqld = stats(sqldRuns);
            ScenarioStats dev = stats(devRuns);
            md.append("| ").append(scenario.title()).append(" | ").append(rate(sqld, sqldRuns)).append(" | ")
                    .append(rate(dev, devRuns)).append(" | ")
                    .append(sqld == null || dev == null ? "—"
                            : String.format(Locale.ROOT, "%.2f×", dev.opsPerSecond() / sqld.opsPerSecond()))
                    .append(" | ").append(dev == null ? "—"
                            : String.format(Locale.ROOT, "%.2f / %.2f", dev.p50Micros() / 1000, dev.p99Micros() / 1000))
                    .append(" |\n");
        }
        md.append("\nGoals (issue #9): point selects within 1.5× of sqld (devserver ÷ sqld ≥ 0.67); inserts at ")
                .append("least sqld's rate (≥ 1.00).\n\n")
                .append("### Devserver replication: commit to applied on a replica\n\n")
                .append("A devserver replica copies the primary's whole database image after each commit (see ")
                .append("`devserver/README.md`), so the delay grows with the database. In-process primary and ")
                .append("replica, one insert at a time, time from the acknowledged commit until the replica's ")
                .append("`replication_index` reaches it (").append(ReplicationLatency.SAMPLES).append(" samples):\n\n")
                .append("| Database size | median ms | max ms |\n|---:|---:|---:|\n");
        for (ReplicationLatency.Row row : replication) {
            md.append(String.format(Locale.ROOT, "| %d MiB | %.1f | %.1f |%n", row.sizeMib(), row.medianMillis(),
                    row.maxMillis()));
        }
        return md.toString();
    }

    /** The statistics of the successful runs, or null when every run failed. */
    private static ScenarioStats stats(List<RunResult> runs) {
        List<RunResult> succeeded = runs.stream().filter(RunResult::succeeded).toList();
        return succeeded.isEmpty() ? null : ScenarioStats.of(succeeded);
    }

    /** The median rate, with how many runs failed and the first failure. */
    private static String rate(ScenarioStats stats, List<RunResult> runs) {
        long failed = runs.stream().filter(run -> !run.succeeded()).count();
        String text = stats == null ? "" : MarkdownReport.number(stats.opsPerSecond());
        if (failed > 0) {
            String failure = runs.stream().filter(run -> !run.succeeded()).findFirst().orElseThrow().failure();
            String reason = failure.contains("SQLITE_BUSY") ? "SQLITE_BUSY" : failure.replace("|", "/");
            text += (text.isEmpty() ? "" : " ") + "(" + failed + " of " + runs.size() + " runs failed: " + reason + ")";
        }
        return text;
    }

    private static String required(String option, String value) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }

    /** One server process with the workload's tables and a session per client. */
    private static final class Server implements AutoCloseable {
        private final ServerKind kind;
        private final SqldNode node;
        private final LibSqlDataSource dataSource;
        private final List<Session> sessions = new ArrayList<>();

        private Server(ServerKind kind, SqldNode node) {
            this.kind = kind;
            this.node = node;
            this.dataSource = new LibSqlDataSource("jdbc:libsql:" + node.httpUrl());
        }

        static Server start(ServerKind kind) throws SQLException {
            Server server = new Server(kind, SqldNode.builder().server(kind).name("bench").start());
            try (Connection connection = server.dataSource.getConnection();
                 Statement statement = connection.createStatement()) {
                for (String sql : WORKLOAD.seedStatements()) {
                    statement.execute(sql);
                }
            }
            for (int i = 0; i < CLIENTS[CLIENTS.length - 1]; i++) {
                server.sessions.add(new JdbcSession(server.dataSource.getConnection()));
            }
            return server;
        }

        void warmUp(List<Scenario> scenarios) {
            for (Scenario scenario : scenarios) {
                new LoadGenerator(WORKLOAD).run(sessions, scenario.counted(scenario.threads() * 200), 0);
            }
        }

        RunResult run(Scenario scenario, int round) {
            return new LoadGenerator(WORKLOAD).run(sessions, scenario, round * 1_000L);
        }

        @Override
        public void close() throws IOException {
            for (Session session : sessions) {
                try {
                    session.close();
                } catch (Exception e) {
                    // The server goes next anyway.
                }
            }
            dataSource.close();
            node.close();
        }
    }
}
