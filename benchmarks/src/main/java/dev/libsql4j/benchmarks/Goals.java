package dev.libsql4j.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The targets for our driver, checked against the measured numbers. A goal whose
 * numbers are missing (a peer failed or was not run) is "not measured", never "met".
 */
final class Goals {

    /** Outcome of one goal. */
    enum Status { MET, NOT_MET, NOT_MEASURED }

    /**
     * One goal with the numbers it was judged on.
     *
     * @param goal     the target, in the words
     * @param measured what was measured
     * @param status   the verdict
     */
    record Goal(String goal, String measured, Status status) {
    }

    /**
     * Largest growth of live heap from a scan of a tenth of the rows to all of them that still
     * counts as "does not grow": the 90,000 extra rows carry at least 90,000 × 64 bytes of text
     * (5.8 MB), so a client that keeps them is far above it, and GC noise is far below it.
     */
    static final long HEAP_GROWTH_LIMIT = 2L << 20;

    private final Results results;

    Goals(Results results) {
        this.results = results;
    }

    List<Goal> evaluate() {
        List<Goal> goals = new ArrayList<>();
        for (String id : List.of(Scenario.POINT_SELECT_1T, Scenario.POINT_SELECT_8T)) {
            goals.add(ratio(title(id) + ": within 5% of the raw-HttpClient floor", id, Peers.RAW, 0.95));
        }
        goals.add(batchInOneRequest());
        goals.add(ratio(title(Scenario.BATCH_INSERT) + ": ≥ 25× faster than DBeaver", Scenario.BATCH_INSERT,
                Peers.DBEAVER, 25));
        for (String id : List.of(Scenario.POINT_SELECT_1T, Scenario.POINT_SELECT_8T, Scenario.SINGLE_INSERT)) {
            goals.add(ratio(title(id) + ": ≥ 2× @libsql/client", id, Peers.NODE, 2));
        }
        goals.add(scanWorks());
        goals.add(scanHeapFlat());
        return goals;
    }

    private Goal ratio(String goal, String scenarioId, String other, double atLeast) {
        Scenario scenario = scenario(scenarioId);
        Optional<ScenarioStats> ours = results.stats(scenario, Peers.LIBSQL4J);
        Optional<ScenarioStats> theirs = results.stats(scenario, other);
        if (ours.isEmpty() || theirs.isEmpty()) {
            return new Goal(goal, missing(scenario, ours.isEmpty() ? Peers.LIBSQL4J : other), Status.NOT_MEASURED);
        }
        double ratio = ours.get().opsPerSecond() / theirs.get().opsPerSecond();
        String measured = String.format("%s vs %s ops/s = %.2f×", MarkdownReport.number(ours.get().opsPerSecond()),
                MarkdownReport.number(theirs.get().opsPerSecond()), ratio);
        return new Goal(goal, measured, ratio >= atLeast ? Status.MET : Status.NOT_MET);
    }

    private Goal batchInOneRequest() {
        String goal = title(Scenario.BATCH_INSERT) + ": one request";
        Optional<Cell> requests = results.requests(scenario(Scenario.BATCH_INSERT), Peers.LIBSQL4J);
        if (requests.isEmpty() || !requests.get().measured()) {
            return new Goal(goal, requests.map(Cell::failure).orElse("not counted"), Status.NOT_MEASURED);
        }
        double perBatch = requests.get().value();
        return new Goal(goal, String.format("%.2f requests per batch", perBatch),
                perBatch <= 1.0 ? Status.MET : Status.NOT_MET);
    }

    private Goal scanWorks() {
        Scenario scan = scenario(Scenario.SCAN);
        String goal = scan.title() + ": works at default server limits";
        Optional<ScenarioStats> ours = results.stats(scan, Peers.LIBSQL4J);
        return ours.map(stats -> new Goal(goal, String.format("%,.2f scans/s, %d scans, no failure",
                        stats.opsPerSecond(), stats.operations()), Status.MET))
                .orElseGet(() -> new Goal(goal, missing(scan, Peers.LIBSQL4J), Status.NOT_MET));
    }

    private Goal scanHeapFlat() {
        String goal = title(Scenario.SCAN) + ": heap does not grow with the result";
        List<Integer> rows = results.heapRows();
        if (rows.size() < 2) {
            return new Goal(goal, "not measured", Status.NOT_MEASURED);
        }
        Optional<Cell> small = results.heap(Peers.LIBSQL4J, rows.get(0));
        Optional<Cell> large = results.heap(Peers.LIBSQL4J, rows.get(rows.size() - 1));
        if (small.isEmpty() || large.isEmpty() || !small.get().measured() || !large.get().measured()) {
            String why = Stream.of(small, large).flatMap(Optional::stream).filter(cell -> !cell.measured())
                    .map(Cell::failure).findFirst().orElse("not measured");
            return new Goal(goal, why, Status.NOT_MEASURED);
        }
        double growth = large.get().value() - small.get().value();
        String measured = String.format("live heap mid-scan %s (%,d rows) → %s (%,d rows): growth %s (limit %d MiB)",
                MarkdownReport.bytes(small.get().value()), rows.get(0), MarkdownReport.bytes(large.get().value()),
                rows.get(rows.size() - 1), MarkdownReport.bytes(growth), HEAP_GROWTH_LIMIT >> 20);
        return new Goal(goal, measured, growth <= HEAP_GROWTH_LIMIT ? Status.MET : Status.NOT_MET);
    }

    private String missing(Scenario scenario, String peer) {
        return peer + ": " + results.failure(scenario, peer).orElse("not measured");
    }

    private String title(String scenarioId) {
        return scenario(scenarioId).title();
    }

    private Scenario scenario(String id) {
        return results.scenarios().stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no scenario " + id));
    }
}
