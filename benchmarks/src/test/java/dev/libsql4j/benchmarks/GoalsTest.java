package dev.libsql4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GoalsTest {

    private static final Workload WORKLOAD = Workload.standard();
    private static final List<Scenario> SCENARIOS = Scenario.standard(WORKLOAD, 0);

    private final Results results = new Results(
            List.of(Peers.LIBSQL4J, Peers.DBEAVER, Peers.NODE, Peers.RAW, Peers.SQLITE), SCENARIOS);

    @Test
    void pointSelectsMeetTheFloorGoalFromNinetyFivePercentOfTheRawRate() {
        run(Scenario.POINT_SELECT_1T, Peers.RAW, 1000);
        run(Scenario.POINT_SELECT_1T, Peers.LIBSQL4J, 950);
        run(Scenario.POINT_SELECT_8T, Peers.RAW, 1000);
        run(Scenario.POINT_SELECT_8T, Peers.LIBSQL4J, 940);

        assertThat(status("Point select, 1 thread: within 5%")).isEqualTo(Goals.Status.MET);
        assertThat(status("Point select, 8 threads: within 5%")).isEqualTo(Goals.Status.NOT_MET);
    }

    @Test
    void aGoalWhosePeerFailedIsNotMeasuredRatherThanMet() {
        run(Scenario.POINT_SELECT_1T, Peers.LIBSQL4J, 950);
        results.fail(scenario(Scenario.POINT_SELECT_1T), Peers.NODE, "RESPONSE_TOO_LARGE");

        Goals.Goal goal = goal("Point select, 1 thread: ≥ 2× @libsql/client");
        assertThat(goal.status()).isEqualTo(Goals.Status.NOT_MEASURED);
        assertThat(goal.measured()).contains("RESPONSE_TOO_LARGE");
    }

    @Test
    void theBatchGoalIsMetOnlyAtOneRequestPerBatch() {
        results.requests(scenario(Scenario.BATCH_INSERT), Peers.LIBSQL4J, Cell.of(2.0));
        assertThat(status("one request")).isEqualTo(Goals.Status.NOT_MET);

        results.requests(scenario(Scenario.BATCH_INSERT), Peers.LIBSQL4J, Cell.of(1.0));
        assertThat(status("one request")).isEqualTo(Goals.Status.MET);
    }

    @Test
    void theHeapGoalComparesTheLiveHeapOfTheSmallAndTheFullScan() {
        results.heap(Peers.LIBSQL4J, WORKLOAD.scanRows() / 10, Cell.of(1_000_000));
        results.heap(Peers.LIBSQL4J, WORKLOAD.scanRows(), Cell.of(1_000_000 + Goals.HEAP_GROWTH_LIMIT + 1));
        assertThat(status("heap does not grow")).isEqualTo(Goals.Status.NOT_MET);

        results.heap(Peers.LIBSQL4J, WORKLOAD.scanRows(), Cell.of(1_000_000 + Goals.HEAP_GROWTH_LIMIT));
        assertThat(status("heap does not grow")).isEqualTo(Goals.Status.MET);
    }

    private void run(String scenarioId, String peer, int opsPerSecond) {
        results.addRun(scenario(scenarioId), peer, RunResult.ok(1_000_000_000L, new long[opsPerSecond], 0));
    }

    private Goals.Status status(String goalText) {
        return goal(goalText).status();
    }

    private Goals.Goal goal(String goalText) {
        return new Goals(results).evaluate().stream()
                .filter(goal -> goal.goal().contains(goalText))
                .findFirst().orElseThrow();
    }

    private static Scenario scenario(String id) {
        return SCENARIOS.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }
}
