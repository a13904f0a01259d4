package dev.libsql4j.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything one benchmark run measured, filled in by the {@link Runner} and read by the
 * report: timed runs, requests per operation and live heap, per scenario and peer.
 */
public final class Results {

    private final List<String> peers;
    private final List<Scenario> scenarios;
    private final Map<String, String> versions = new LinkedHashMap<>();
    private final Map<String, Map<String, List<RunResult>>> runs = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> failures = new LinkedHashMap<>();
    private final Map<String, Map<String, Cell>> requests = new LinkedHashMap<>();
    private final Map<String, Map<Integer, Cell>> heap = new LinkedHashMap<>();

    Results(List<String> peers, List<Scenario> scenarios) {
        this.peers = List.copyOf(peers);
        this.scenarios = List.copyOf(scenarios);
    }

    /** Peer names in report order. */
    public List<String> peers() {
        return peers;
    }

    /** Scenarios in report order. */
    public List<Scenario> scenarios() {
        return scenarios;
    }

    void version(String peer, String version) {
        versions.put(peer, version);
    }

    /** What ran as {@code peer}, or why it could not be opened. */
    public String version(String peer) {
        return versions.getOrDefault(peer, "not measured");
    }

    void addRun(Scenario scenario, String peer, RunResult run) {
        runs.computeIfAbsent(scenario.id(), id -> new LinkedHashMap<>())
                .computeIfAbsent(peer, name -> new ArrayList<>())
                .add(run);
    }

    void fail(Scenario scenario, String peer, String failure) {
        failures.computeIfAbsent(scenario.id(), id -> new LinkedHashMap<>()).putIfAbsent(peer, failure);
    }

    /** Whether {@code peer} has failed {@code scenario} (it is then not run again). */
    boolean failed(Scenario scenario, String peer) {
        return failure(scenario, peer).isPresent();
    }

    /** Why {@code peer} has no timings for {@code scenario}, if it has none. */
    public Optional<String> failure(Scenario scenario, String peer) {
        return Optional.ofNullable(failures.getOrDefault(scenario.id(), Map.of()).get(peer));
    }

    /** The timings of {@code peer} in {@code scenario}, when it completed its measured rounds. */
    public Optional<ScenarioStats> stats(Scenario scenario, String peer) {
        List<RunResult> measured = runs.getOrDefault(scenario.id(), Map.of()).getOrDefault(peer, List.of());
        return failed(scenario, peer) || measured.isEmpty() ? Optional.empty() : Optional.of(ScenarioStats.of(measured));
    }

    void requests(Scenario scenario, String peer, Cell perOperation) {
        requests.computeIfAbsent(scenario.id(), id -> new LinkedHashMap<>()).put(peer, perOperation);
    }

    /** HTTP requests per operation, when counted (not for the in-process peer). */
    public Optional<Cell> requests(Scenario scenario, String peer) {
        return Optional.ofNullable(requests.getOrDefault(scenario.id(), Map.of()).get(peer));
    }

    void heap(String peer, int rows, Cell bytes) {
        heap.computeIfAbsent(peer, name -> new LinkedHashMap<>()).put(rows, bytes);
    }

    /** Live heap growth mid-scan of {@code rows} rows, when measured. */
    public Optional<Cell> heap(String peer, int rows) {
        return Optional.ofNullable(heap.getOrDefault(peer, Map.of()).get(rows));
    }

    /** The row counts the heap was measured at, ascending. */
    public List<Integer> heapRows() {
        return heap.values().stream().flatMap(byRows -> byRows.keySet().stream()).distinct().sorted().toList();
    }
}
