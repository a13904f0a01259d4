package dev.libsql4j.benchmarks;

import dev.libsql4j.testing.CountingProxy;
import java.io.PrintStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs every scenario for every peer against one server, in three passes:
 * <ol>
 *   <li>timed rounds, interleaved: in each round every scenario runs on every peer, so that a
 *       disturbance of the machine hits all peers alike; the peer order rotates from round to
 *       round and the first round is a discarded warm-up;</li>
 *   <li>live heap mid-scan, for a tenth of the scan and for all of it;</li>
 *   <li>a separate counting pass through a {@link CountingProxy}, so that the proxy is never in
 *       the timed path.</li>
 * </ol>
 */
final class Runner {

    private final List<PeerDefinition> peers;
    private final List<Scenario> scenarios;
    private final Workload workload;
    private final int rounds;
    private final PrintStream log;

    /** @param rounds timed rounds including the warm-up round, at least 2 */
    Runner(List<PeerDefinition> peers, List<Scenario> scenarios, Workload workload, int rounds, PrintStream log) {
        if (rounds < 2) {
            throw new IllegalArgumentException("rounds must be at least 2 (the first is a warm-up)");
        }
        this.peers = List.copyOf(peers);
        this.scenarios = List.copyOf(scenarios);
        this.workload = workload;
        this.rounds = rounds;
        this.log = log;
    }

    Results run(URI serverUrl) {
        Results results = new Results(peers.stream().map(PeerDefinition::name).toList(), scenarios);
        Map<String, Peer> open = openAll(serverUrl, results);
        try {
            timedRounds(open, results);
            heap(open, results);
        } finally {
            open.values().forEach(Peer::close);
        }
        count(serverUrl, results);
        return results;
    }

    private Map<String, Peer> openAll(URI serverUrl, Results results) {
        Map<String, Peer> open = new LinkedHashMap<>();
        for (PeerDefinition definition : peers) {
            try {
                Peer peer = definition.open(serverUrl);
                open.put(definition.name(), peer);
                results.version(definition.name(), peer.version());
            } catch (Exception e) {
                String failure = "could not be opened: " + LoadGenerator.describe(e);
                log.println(definition.name() + " " + failure);
                results.version(definition.name(), failure);
                scenarios.forEach(scenario -> results.fail(scenario, definition.name(), failure));
            }
        }
        return open;
    }

    private void timedRounds(Map<String, Peer> open, Results results) {
        List<String> names = new ArrayList<>(open.keySet());
        for (int round = 0; round < rounds; round++) {
            String kind = round == 0 ? "warm-up" : "round " + round + "/" + (rounds - 1);
            for (int s = 0; s < scenarios.size(); s++) {
                Scenario scenario = scenarios.get(s);
                long seed = 1_000L * round + s;
                StringBuilder line = new StringBuilder(kind + " " + scenario.id() + ":");
                for (int p = 0; p < names.size(); p++) {
                    String name = names.get((p + round) % names.size());
                    if (results.failed(scenario, name)) {
                        continue;
                    }
                    RunResult run = open.get(name).run(scenario, seed);
                    if (!run.succeeded()) {
                        results.fail(scenario, name, run.failure());
                        line.append(String.format("  %s FAILED (%s)", name, run.failure()));
                    } else {
                        line.append(String.format("  %s %,.0f/s", name, run.opsPerSecond()));
                        if (round > 0) {
                            results.addRun(scenario, name, run);
                        }
                    }
                }
                log.println(line);
            }
        }
    }

    private void heap(Map<String, Peer> open, Results results) {
        for (int rows : List.of(workload.scanRows() / 10, workload.scanRows())) {
            for (Map.Entry<String, Peer> peer : open.entrySet()) {
                Cell cell;
                try {
                    cell = Cell.of(peer.getValue().liveHeapGrowthMidScan(rows));
                } catch (Exception e) {
                    cell = Cell.failed(LoadGenerator.describe(e));
                }
                results.heap(peer.getKey(), rows, cell);
                log.printf("heap, scan of %,d rows: %s %s%n", rows, peer.getKey(),
                        cell.measured() ? String.format("%,.0f bytes", cell.value()) : cell.failure());
            }
        }
    }

    private void count(URI serverUrl, Results results) {
        try (CountingProxy proxy = CountingProxy.start(serverUrl)) {
            for (PeerDefinition definition : peers) {
                if (!definition.overHttp()) {
                    continue;
                }
                try (Peer peer = definition.open(proxy.url())) {
                    for (Scenario scenario : scenarios) {
                        Cell cell = countRequests(peer, scenario, proxy);
                        results.requests(scenario, definition.name(), cell);
                        log.printf("requests/op %s %s: %s%n", scenario.id(), definition.name(),
                                cell.measured() ? String.format("%.2f", cell.value()) : cell.failure());
                    }
                } catch (Exception e) {
                    String failure = "could not be opened: " + LoadGenerator.describe(e);
                    scenarios.forEach(scenario -> results.requests(scenario, definition.name(), Cell.failed(failure)));
                }
            }
        }
    }

    /**
     * Counts a run of {@link Scenario#countedOperations()} after a run of one operation per
     * thread, so that one-time work (version probes, caches) is left out.
     */
    private static Cell countRequests(Peer peer, Scenario scenario, CountingProxy proxy) {
        RunResult warmUp = peer.run(scenario.counted(scenario.threads()), 0);
        if (!warmUp.succeeded()) {
            return Cell.failed(warmUp.failure());
        }
        proxy.reset();
        RunResult counted = peer.run(scenario.counted(scenario.countedOperations()), 1);
        if (!counted.succeeded()) {
            return Cell.failed(counted.failure());
        }
        return Cell.of((double) proxy.requests() / counted.operations());
    }
}
