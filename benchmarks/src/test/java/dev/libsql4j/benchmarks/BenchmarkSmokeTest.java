package dev.libsql4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.libsql4j.testing.SqldExtension;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The whole benchmark, Java peers only, on a tiny workload with the shortest runs: keeps the
 * harness from rotting without spending CI time on measuring. The Node peer is left out
 * because CI does not install {@code benchmarks/node}.
 */
class BenchmarkSmokeTest {

    @RegisterExtension
    static final SqldExtension SQLD = SqldExtension.standalone();

    private static final Workload TINY = new Workload(100, 2_000, 20);
    private static final List<Scenario> SCENARIOS = Scenario.standard(TINY, 0);

    private static Path dir;
    private static List<String> javaPeers;
    private static Results results;

    @BeforeAll
    static void runTheBenchmarkOnce() throws Exception {
        dir = Files.createTempDirectory("libsql4j-benchmarks-smoke");
        URI url = SQLD.node().httpUrl();
        new RawHttpSession(RawHttpSession.newClient(), url).seed(TINY);
        List<PeerDefinition> peers = Peers.standard(TINY, 8, dir.resolve("ceiling.db"), dir).stream()
                .filter(peer -> !peer.name().equals(Peers.NODE))
                .toList();
        javaPeers = peers.stream().map(PeerDefinition::name).toList();
        results = new Runner(peers, SCENARIOS, TINY, 2, new PrintStream(OutputStream.nullOutputStream())).run(url);
    }

    @AfterAll
    static void deleteTheCeilingDatabase() throws Exception {
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(dir);
    }

    @Test
    void everyJavaPeerCompletesEveryScenario() {
        SoftAssertions softly = new SoftAssertions();
        for (Scenario scenario : SCENARIOS) {
            for (String peer : javaPeers) {
                softly.assertThat(results.stats(scenario, peer))
                        .as("%s on %s: %s", scenario.id(), peer, results.failure(scenario, peer).orElse(""))
                        .isPresent();
            }
        }
        softly.assertAll();
    }

    @Test
    void theRawFloorSendsOneRequestPerOperation() {
        for (Scenario scenario : SCENARIOS) {
            assertThat(results.requests(scenario, Peers.RAW)).as(scenario.id()).contains(Cell.of(1.0));
        }
    }

    @Test
    void theInProcessCeilingIsNotCounted() {
        assertThat(results.requests(SCENARIOS.get(0), Peers.SQLITE)).isEmpty();
    }

    @Test
    void heapIsMeasuredForEveryJavaPeerAtBothScanSizes() {
        assertThat(results.heapRows()).containsExactly(TINY.scanRows() / 10, TINY.scanRows());
        for (String peer : javaPeers) {
            for (int rows : results.heapRows()) {
                assertThat(results.heap(peer, rows)).as("%s, %d rows", peer, rows).hasValueSatisfying(
                        cell -> assertThat(cell.measured()).as(String.valueOf(cell.failure())).isTrue());
            }
        }
    }

    @Test
    void theReportAndTheChartShowEveryPeerAndEveryScenario() throws Exception {
        Environment environment = Environment.capture(SQLD.node().httpUrl(), Environment.loadAverage(),
                List.of("smoke test"));
        String markdown = new MarkdownReport(results, environment,
                new MarkdownReport.RunSettings(BenchmarkMain.BUILD_COMMAND, 2, TINY, "Findings text."),
                "benchmarks.svg").render();
        String svg = new SvgBarChart(results).render();

        assertThat(markdown).contains("## Goals", "## Findings\n\nFindings text.", "![", "Note: smoke test",
                environment.sqld());
        assertThat(svg).startsWith("<svg").endsWith("</svg>\n");
        for (Scenario scenario : SCENARIOS) {
            assertThat(markdown).contains("### " + scenario.title());
            assertThat(svg).contains(scenario.title());
        }
        for (String peer : javaPeers) {
            assertThat(markdown).contains("| " + peer + " |");
            assertThat(svg).contains(">" + peer + "<");
        }
    }
}
