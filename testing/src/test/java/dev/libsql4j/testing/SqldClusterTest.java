package dev.libsql4j.testing;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.List;

import static dev.libsql4j.testing.ProcessAssertions.assertProcessGone;
import static org.assertj.core.api.Assertions.assertThat;

/** A primary and a replica over gRPC. */
class SqldClusterTest {

    private static final Duration REPLICATION_DEADLINE = Duration.ofSeconds(10);

    @RegisterExtension
    static final SqldExtension SQLD = SqldExtension.cluster(1);

    @BeforeAll
    static void createTable() {
        Hrana.at(SQLD.cluster().primary().httpUrl()).execute("CREATE TABLE kv (k TEXT PRIMARY KEY, v TEXT)");
    }

    @Test
    void nodesHaveTheirOwnAddressesAndData() {
        SqldNode primary = SQLD.cluster().primary();
        SqldNode replica = SQLD.cluster().replicas().get(0);
        assertThat(SQLD.node()).isSameAs(primary);
        assertThat(primary.grpcUrl()).isNotNull();
        assertThat(replica.grpcUrl()).isNull();
        assertThat(replica.httpUrl()).isNotEqualTo(primary.httpUrl());
        assertThat(replica.dbPath()).isNotEqualTo(primary.dbPath());
        assertThat(replica.isHealthy()).isTrue();
    }

    @Test
    void writeOnPrimaryBecomesVisibleOnReplica() throws InterruptedException {
        Hrana.at(SQLD.cluster().primary().httpUrl()).execute("INSERT INTO kv VALUES ('from-primary', '1')");
        Hrana replica = Hrana.at(SQLD.cluster().replicas().get(0).httpUrl());
        Poll.until("replica sees the primary's write", REPLICATION_DEADLINE,
                () -> !replica.rows("SELECT v FROM kv WHERE k = 'from-primary'").isEmpty());
    }

    @Test
    void writeOnReplicaIsForwardedToPrimary() {
        Hrana.at(SQLD.cluster().replicas().get(0).httpUrl()).execute("INSERT INTO kv VALUES ('via-replica', '2')");
        assertThat(Hrana.at(SQLD.cluster().primary().httpUrl()).rows("SELECT v FROM kv WHERE k = 'via-replica'"))
                .containsExactly(List.of("2"));
    }

    @Test
    void stoppedReplicaIsDownAndCatchesUpAfterRestart() throws InterruptedException {
        SqldNode replica = SQLD.cluster().replicas().get(0);
        long pid = replica.pid();

        replica.stop();
        assertThat(replica.isRunning()).isFalse();
        assertThat(replica.isHealthy()).isFalse();
        assertProcessGone(pid);

        Hrana.at(SQLD.cluster().primary().httpUrl()).execute("INSERT INTO kv VALUES ('while-down', '3')");

        replica.restart();
        assertThat(replica.isRunning()).isTrue();
        assertThat(replica.isHealthy()).isTrue();
        Hrana replicaHrana = Hrana.at(replica.httpUrl());
        Poll.until("restarted replica sees the write made while it was down", REPLICATION_DEADLINE,
                () -> !replicaHrana.rows("SELECT v FROM kv WHERE k = 'while-down'").isEmpty());
    }

    @Test
    void clusterWithAuthForwardsTheCallersTokenAndLeavesNoProcess() throws InterruptedException {
        JwtKeys keys = JwtKeys.generate();
        long primaryPid;
        long replicaPid;
        try (SqldCluster cluster = SqldCluster.builder().replicas(1).jwtAuth(keys).start()) {
            SqldNode replica = cluster.replicas().get(0);
            primaryPid = cluster.primary().pid();
            replicaPid = replica.pid();

            assertThat(Hrana.at(replica.httpUrl()).pipeline("SELECT 1").status()).isEqualTo(401);
            Hrana.at(replica.httpUrl()).token(keys.fullAccessToken()).execute("CREATE TABLE secured (x)");
            Hrana readOnly = Hrana.at(replica.httpUrl()).token(keys.readOnlyToken());
            Poll.until("replica sees the table", REPLICATION_DEADLINE, () -> {
                Hrana.Response select = readOnly.pipeline("SELECT * FROM secured");
                return select.status() == 200
                        && "ok".equals(select.json().path("results").path(0).path("type").asText());
            });
        }
        assertProcessGone(primaryPid);
        assertProcessGone(replicaPid);
    }
}
