package dev.libsql4j.benchmarks;

import dev.libsql4j.testing.SqldNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs the whole benchmark and writes {@code benchmarks.md} and {@code benchmarks.svg}.
 *
 * <p>Starts one sqld on 127.0.0.1 through the {@code testing} harness, seeds it, and hands it to
 * the {@link Runner} with the five peers of {@link Peers}. Run it from the repository root (the
 * harness finds sqld under {@code tools/}, the Node peer lives in {@code benchmarks/node}):
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar [--rounds N] [--out DIR] [--node-dir DIR] [--findings FILE]
 *     [--note TEXT]...
 * </pre>
 * {@code --rounds} counts the warm-up round (default 5: one warm-up, four measured);
 * {@code --out} defaults to {@code docs}; {@code --node-dir} to {@code benchmarks/node};
 * {@code --findings} names a hand-written Markdown file (what the numbers mean, causes found) that
 * the report includes as it is; each {@code --note} is printed in the report (say what else the
 * machine was doing).
 */
public final class BenchmarkMain {

    /** How the documentation tells people to run it; the report appends the arguments used. */
    static final String BUILD_COMMAND = "(cd benchmarks/node && npm ci)\n"
            + "mvn -q -pl benchmarks -am package -DskipTests\n"
            + "java -jar benchmarks/target/benchmarks.jar";

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = 5;
        Path out = Path.of("docs");
        Path nodeDir = Path.of("benchmarks", "node");
        List<String> notes = new ArrayList<>();
        String findings = null;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--rounds" -> rounds = Integer.parseInt(required(args[i], value));
                case "--out" -> out = Path.of(required(args[i], value));
                case "--node-dir" -> nodeDir = Path.of(required(args[i], value));
                case "--findings" -> findings = Files.readString(Path.of(required(args[i], value)));
                case "--note" -> notes.add(required(args[i], value));
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + "; usage: [--rounds N] [--out DIR] [--node-dir DIR] [--findings FILE] [--note TEXT]...");
            }
            i++;
        }

        Workload workload = Workload.standard();
        List<Scenario> scenarios = Scenario.standard(workload, 1.0);
        int sessions = scenarios.stream().mapToInt(Scenario::threads).max().orElse(1);
        Path work = Files.createTempDirectory("libsql4j-benchmarks");
        try (SqldNode sqld = SqldNode.builder().name("benchmarks").start()) {
            double loadBefore = Environment.loadAverage();
            new RawHttpSession(RawHttpSession.newClient(), sqld.httpUrl()).seed(workload);
            List<PeerDefinition> peers = Peers.standard(workload, sessions, work.resolve("ceiling.db"), nodeDir);
            Results results = new Runner(peers, scenarios, workload, rounds, System.out).run(sqld.httpUrl());

            Environment environment = Environment.capture(sqld.httpUrl(), loadBefore, notes);
            String command = BUILD_COMMAND + (args.length == 0 ? "" : " " + String.join(" ", quoted(args)));
            Files.createDirectories(out);
            Files.writeString(out.resolve("benchmarks.svg"), new SvgBarChart(results).render(), StandardCharsets.UTF_8);
            Path report = out.resolve("benchmarks.md");
            String previous = Files.exists(report) ? Files.readString(report, StandardCharsets.UTF_8) : "";
            // Sections other suites own (ServerComparison's) stay as they are.
            Files.writeString(report, DocSection.carryOver(previous, new MarkdownReport(results, environment,
                    new MarkdownReport.RunSettings(command, rounds, workload, findings), "benchmarks.svg").render()),
                    StandardCharsets.UTF_8);
            System.out.println("wrote " + out.resolve("benchmarks.md") + " and " + out.resolve("benchmarks.svg"));
        } finally {
            deleteRecursively(work);
        }
    }

    private static String required(String option, String value) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }

    private static List<String> quoted(String[] args) {
        return Stream.of(args).map(arg -> arg.matches("[\\w./=-]+") ? arg : "'" + arg.replace("'", "'\\''") + "'").toList();
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
