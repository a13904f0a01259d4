package dev.libsql4j.benchmarks;

import dev.libsql4j.jdbc.LibSqlDataSource;
import dev.libsql4j.testing.SqldNode;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * libsql4j's WebSocket transport next to its HTTP transport, on the same sqld in the same run:
 * point selects with 1 and 8 threads, single-row inserts, and a 10-statement transaction. Rounds
 * alternate which transport goes first, so that a change of machine load hits both. Writes its own
 * section of {@code docs/benchmarks.md}, leaving the rest of the file alone:
 *
 * <pre>
 * mvn -q -pl benchmarks -am package -DskipTests
 * java -cp benchmarks/target/benchmarks.jar dev.libsql4j.benchmarks.TransportComparison [--rounds 5] [--seconds 3]
 * </pre>
 */
public final class TransportComparison {

    static final String SECTION = "websocket-vs-http";
    private static final Workload WORKLOAD = new Workload(10_000, 1, 1);
    private static final int SESSIONS = 8;

    private TransportComparison() {
    }

    /** {@code --rounds N} (default 5), {@code --seconds S} per run (default 3), {@code --out FILE}. */
    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int rounds = Integer.parseInt(options.getOrDefault("--rounds", "5"));
        double seconds = Double.parseDouble(options.getOrDefault("--seconds", "3"));
        Path out = Path.of(options.getOrDefault("--out", "docs/benchmarks.md"));
        Duration runTime = Duration.ofMillis(Math.round(seconds * 1000));
        List<Scenario> scenarios = List.of(
                new Scenario("ws-point-select-1", "Point select, 1 thread", Operation.POINT_SELECT, 1, runTime, 20, 0),
                new Scenario("ws-point-select-8", "Point select, 8 threads", Operation.POINT_SELECT, 8, runTime, 80, 0),
                new Scenario("ws-insert-1", "Single-row insert, autocommit", Operation.SINGLE_INSERT, 1, runTime, 10, 0),
                new Scenario("ws-transaction-1", "Transaction of 10 inserts", Operation.TRANSACTION, 1, runTime, 5, 0));
        double loadBefore = Environment.loadAverage();
        Map<String, Map<String, List<RunResult>>> runs = new LinkedHashMap<>();
        try (SqldNode sqld = SqldNode.builder().name("transports").start()) {
            seed(sqld);
            List<Client> clients = List.of(new Client("http", sqld, ""), new Client("ws", sqld, "?transport=ws"));
            try {
                for (Client client : clients) {
                    for (Scenario scenario : scenarios) {
                        client.run(scenario.counted(scenario.threads() * 200), 0);
                    }
                }
                for (int round = 1; round <= rounds; round++) {
                    for (Scenario scenario : scenarios) {
                        List<Client> order = round % 2 == 1 ? clients : List.of(clients.get(1), clients.get(0));
                        for (Client client : order) {
                            RunResult result = client.run(scenario, round * 1_000L);
                            if (!result.succeeded()) {
                                throw new IllegalStateException(client.name + " failed " + scenario.title() + ": "
                                        + result.failure());
                            }
                            runs.computeIfAbsent(client.name, k -> new LinkedHashMap<>())
                                    .computeIfAbsent(scenario.id(), k -> new ArrayList<>()).add(result);
                            System.out.printf(Locale.ROOT, "round %d %-4s %-32s %,10.0f ops/s%n", round, client.name,
                                    scenario.title(), result.opsPerSecond());
                        }
                    }
                }
            } finally {
                for (Client client : clients) {
                    client.close();
                }
            }
        }
        String section = report(scenarios, runs, rounds, seconds, loadBefore, Environment.loadAverage());
        String document = Files.exists(out) ? Files.readString(out, StandardCharsets.UTF_8) : "";
        Files.writeString(out, DocSection.replace(document, SECTION, section), StandardCharsets.UTF_8);
        System.out.println("wrote section " + SECTION + " of " + out);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!List.of("--rounds", "--seconds", "--out").contains(args[i]) || i + 1 >= args.length) {
                throw new IllegalArgumentException("unknown option or missing value: " + args[i]
                        + " (use --rounds N, --seconds S, --out FILE)");
            }
            options.put(args[i], args[i + 1]);
        }
        return options;
    }

    private static void seed(SqldNode sqld) throws SQLException {
        try (LibSqlDataSource seeding = new LibSqlDataSource("jdbc:libsql:" + sqld.httpUrl());
             Connection connection = seeding.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : WORKLOAD.seedStatements()) {
                statement.execute(sql);
            }
        }
    }

    private static String report(List<Scenario> scenarios, Map<String, Map<String, List<RunResult>>> runs, int rounds,
                                 double seconds, double loadBefore, double loadAfter) {
        StringBuilder md = new StringBuilder();
        md.append("## WebSocket next to HTTP (libsql4j's two transports)\n\n")
                .append("Generated by `dev.libsql4j.benchmarks.TransportComparison` on ")
                .append(LocalDate.now(ZoneOffset.UTC)).append(" (UTC); rewrites only this section:\n\n```sh\n")
                .append("mvn -q -pl benchmarks -am package -DskipTests\n")
                .append("java -cp benchmarks/target/benchmarks.jar dev.libsql4j.benchmarks.TransportComparison --rounds ")
                .append(rounds).append(" --seconds ").append(MarkdownReport.number(seconds)).append("\n```\n\n")
                .append("One sqld (harness defaults), one `LibSqlDataSource` per transport (`transport=http`, and ")
                .append("`transport=ws` with its default of at most 4 sockets), ").append(SESSIONS)
                .append(" connections each; a thread uses its own connection in autocommit (the transaction ")
                .append("scenario switches it off for 10 prepared inserts and a commit); every statement is ")
                .append("prepared, run and closed. Median of ").append(rounds).append(" rounds of at least ")
                .append(MarkdownReport.number(seconds)).append(" s each, rounds alternating which transport goes ")
                .append("first; latencies over every operation of every round. ")
                .append(String.format(Locale.ROOT, "Machine: %d cores, one-minute load average %.1f before and ",
                        Runtime.getRuntime().availableProcessors(), loadBefore))
                .append(String.format(Locale.ROOT, "%.1f after the run", loadAfter))
                .append(" — shared with other builds, so compare the ratios, not the absolute numbers.\n\n")
                .append("| Scenario | HTTP ops/s | HTTP p50 / p99 ms | WebSocket ops/s | WebSocket p50 / p99 ms ")
                .append("| WebSocket ÷ HTTP |\n|---|---:|---:|---:|---:|---:|\n");
        for (Scenario scenario : scenarios) {
            ScenarioStats http = ScenarioStats.of(runs.get("http").get(scenario.id()));
            ScenarioStats ws = ScenarioStats.of(runs.get("ws").get(scenario.id()));
            md.append(String.format(Locale.ROOT, "| %s | %s | %.2f / %.2f | %s | %.2f / %.2f | %.2f× |%n",
                    scenario.title(), MarkdownReport.number(http.opsPerSecond()), http.p50Micros() / 1000,
                    http.p99Micros() / 1000, MarkdownReport.number(ws.opsPerSecond()), ws.p50Micros() / 1000,
                    ws.p99Micros() / 1000, ws.opsPerSecond() / http.opsPerSecond()));
        }
        ScenarioStats http1 = ScenarioStats.of(runs.get("http").get("ws-point-select-1"));
        ScenarioStats ws1 = ScenarioStats.of(runs.get("ws").get("ws-point-select-1"));
        double ratio = ws1.opsPerSecond() / http1.opsPerSecond();
        md.append("\nGoals (issue #11): point selects with 1 thread at least 1.3× HTTP's throughput — ")
                .append(String.format(Locale.ROOT, "%.2f×, **%s**", ratio, ratio >= 1.3 ? "met" : "not met"))
                .append("; and a lower p99 — ")
                .append(String.format(Locale.ROOT, "%.2f vs %.2f ms, **%s**.%n", ws1.p99Micros() / 1000,
                        http1.p99Micros() / 1000, ws1.p99Micros() < http1.p99Micros() ? "met" : "not met"));
        return md.toString();
    }

    /** One transport: a data source on the shared sqld and a session per thread. */
    private static final class Client implements AutoCloseable {
        private final String name;
        private final LibSqlDataSource dataSource;
        private final List<Session> sessions = new ArrayList<>();

        Client(String name, SqldNode sqld, String parameters) throws SQLException {
            this.name = name;
            this.dataSource = new LibSqlDataSource("jdbc:libsql:" + sqld.httpUrl() + parameters);
            for (int i = 0; i < SESSIONS; i++) {
                sessions.add(new JdbcSession(dataSource.getConnection()));
            }
        }

        /** Runs {@code scenario} on this transport's connections; {@code seed} picks the keys. */
        RunResult run(Scenario scenario, long seed) {
            return new LoadGenerator(WORKLOAD).run(sessions, scenario, seed);
        }

        @Override
        public void close() {
            for (Session session : sessions) {
                try {
                    session.close();
                } catch (SQLException e) {
                    // The data source goes next anyway.
                }
            }
            dataSource.close();
        }
    }
}
