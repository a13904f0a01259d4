package dev.libsql4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The tenancy benchmark's phases on five tenants of a real sqld: correctness and bounds, never speed. */
class TenancyBenchmarkTest {

    @Test
    void fiveTenantsAreCreatedMigratedCountedAndTwoDeleted() throws Exception {
        TenancyBenchmark.Settings settings = new TenancyBenchmark.Settings(5, 2, 2, 2, 2);

        TenancyBenchmark.Result result = TenancyBenchmark.run(settings);

        assertThat(result.counted()).as("DATABASECHANGELOG rows: 2 change sets x 5 tenants").isEqualTo(10);
        assertThat(result.mostPools()).isBetween(1, 2);
        assertThat(result.poolsOpened()).as("every tenant was opened at least once").isGreaterThanOrEqualTo(5);
        assertThat(result.peakThreads()).isGreaterThanOrEqualTo(result.threadsBefore());
        assertThat(result.describe()).contains("[tenancy] tenants=5 parallelism=2 max-pools=2 fan-out concurrency=2",
                "fan-out count(*) over 5: ", "(total 10); delete 2: ", "most pools open at once ");
    }

    @Test
    void optionsOverrideTheDefaultsAndBadOnesAreNamed() {
        assertThat(TenancyBenchmark.Settings.parse(new String[] {"--tenants", "200", "--delete", "3"}))
                .isEqualTo(new TenancyBenchmark.Settings(200, 8, 32, 16, 3));
        assertThat(TenancyBenchmark.Settings.parse(new String[0])).isEqualTo(TenancyBenchmark.Settings.DEFAULTS);
        assertThatThrownBy(() -> TenancyBenchmark.Settings.parse(new String[] {"--tenant", "5"}))
                .hasMessageStartingWith("unknown option --tenant");
        assertThatThrownBy(() -> TenancyBenchmark.Settings.parse(new String[] {"--tenants", "5", "--delete", "6"}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
