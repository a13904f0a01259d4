package dev.libsql4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioStatsTest {

    @Test
    void throughputIsTheMedianOfTheRounds() {
        RunResult slow = RunResult.ok(2_000_000_000L, new long[] {1, 1}, 0);     // 1 op/s
        RunResult middle = RunResult.ok(1_000_000_000L, new long[] {1, 1}, 0);   // 2 ops/s
        RunResult fast = RunResult.ok(1_000_000_000L, new long[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 1}, 0); // 10 ops/s

        assertThat(ScenarioStats.of(List.of(fast, slow, middle)).opsPerSecond()).isEqualTo(2.0);
    }

    @Test
    void latencyPercentilesPoolEveryOperationOfEveryRound() {
        long[] first = new long[50];
        long[] second = new long[50];
        for (int i = 0; i < 50; i++) {
            first[i] = (i + 1) * 1_000L;        // 1..50 µs
            second[i] = (i + 51) * 1_000L;      // 51..100 µs
        }
        ScenarioStats stats = ScenarioStats.of(List.of(RunResult.ok(1, second, 0), RunResult.ok(1, first, 0)));

        assertThat(stats.p50Micros()).isEqualTo(50.0);
        assertThat(stats.p99Micros()).isEqualTo(99.0);
        assertThat(stats.operations()).isEqualTo(100);
    }

    @Test
    void clientCpuIsTotalCpuOverTotalOperationsAndUnknownIfAnyRoundLacksIt() {
        RunResult measured = RunResult.ok(1, new long[] {1, 1, 1}, 6_000);      // 2 µs/op
        RunResult alsoMeasured = RunResult.ok(1, new long[] {1}, 6_000);        // 6 µs/op
        RunResult unmeasured = RunResult.ok(1, new long[] {1}, -1);

        assertThat(ScenarioStats.of(List.of(measured, alsoMeasured)).cpuMicrosPerOp()).isEqualTo(3.0);
        assertThat(ScenarioStats.of(List.of(measured, unmeasured)).cpuMicrosPerOp()).isNaN();
    }
}
