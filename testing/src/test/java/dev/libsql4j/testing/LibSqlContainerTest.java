package dev.libsql4j.testing;

import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs only where a Docker engine answers; elsewhere JUnit reports it as skipped (disabled). */
@Testcontainers(disabledWithoutDocker = true)
class LibSqlContainerTest {

    private static final JwtKeys KEYS = JwtKeys.generate();

    @Container
    static final LibSqlContainer PRIMARY = new LibSqlContainer().withJwtAuth(KEYS);

    @Container
    static final LibSqlContainer REPLICA = new LibSqlContainer().asReplicaOf(PRIMARY);

    @Test
    void primaryAnswersWithAuth() {
        assertThat(LoopbackHttp.getStatus(URI.create(PRIMARY.httpUrl() + "/health"),
                Duration.ofSeconds(5))).isEqualTo(200);
        assertThat(Hrana.at(PRIMARY.httpUrl()).pipeline("SELECT 1").status()).isEqualTo(401);
        assertThat(Hrana.at(PRIMARY.httpUrl()).token(KEYS.fullAccessToken()).rows("SELECT 1"))
                .containsExactly(List.of("1"));
        assertThat(PRIMARY.grpcUrl()).isNotNull();
    }

    @Test
    void replicaForwardsWritesToThePrimary() {
        Hrana replica = Hrana.at(REPLICA.httpUrl()).token(KEYS.fullAccessToken());
        replica.execute("CREATE TABLE t (x)", "INSERT INTO t VALUES ('via-replica')");
        assertThat(Hrana.at(PRIMARY.httpUrl()).token(KEYS.fullAccessToken()).rows("SELECT x FROM t"))
                .containsExactly(List.of("via-replica"));
        assertThat(REPLICA.grpcUrl()).isNull();
    }
}
