package dev.libsql4j.testing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A primary with namespaces and its admin API, and a replica with namespaces: a namespace created on
 * the primary is served by the replica under the same {@code x-namespace-bin} header. (The same
 * topology on the devserver is checked in the devserver module, whose tests can start it.)
 */
class ClusterNamespacesTest {

    private static final Duration REPLICATION_DEADLINE = Duration.ofSeconds(10);

    @RegisterExtension
    static final SqldExtension SQLD = SqldExtension.cluster(b -> b.server(ServerKind.SQLD).replicas(1).namespaces(true));

    @Test
    void aNamespaceWrittenOnThePrimaryIsReadOnTheReplicaAndNowhereElse() throws InterruptedException {
        SqldNode primary = SQLD.cluster().primary();
        SqldNode replica = SQLD.cluster().replicas().get(0);
        primary.createNamespace("acme");
        primary.createNamespace("globex");
        Hrana.at(primary.httpUrl()).namespace("acme")
                .execute("CREATE TABLE invoice (n TEXT)", "INSERT INTO invoice VALUES ('acme-1')");

        Hrana acmeOnReplica = Hrana.at(replica.httpUrl()).namespace("acme");
        Poll.until("the replica serves acme's invoice", REPLICATION_DEADLINE,
                () -> acmeOnReplica.pipeline("SELECT n FROM invoice").body().contains("acme-1"));
        assertThat(acmeOnReplica.rows("SELECT n FROM invoice")).containsExactly(List.of("acme-1"));

        String noInvoiceTable = "SELECT count(*) FROM sqlite_master WHERE name = 'invoice'";
        assertThat(Hrana.at(replica.httpUrl()).namespace("globex").rows(noInvoiceTable)).containsExactly(List.of("0"));
        assertThat(Hrana.at(primary.httpUrl()).namespace("globex").rows(noInvoiceTable)).containsExactly(List.of("0"));
    }

    @Test
    void aWriteThroughTheReplicaLandsInTheSameNamespaceOfThePrimary() {
        SqldNode primary = SQLD.cluster().primary();
        primary.createNamespace("initech");
        Hrana.at(primary.httpUrl()).namespace("initech").execute("CREATE TABLE t (x)");

        Hrana.at(SQLD.cluster().replicas().get(0).httpUrl()).namespace("initech").execute("INSERT INTO t VALUES ('forwarded')");

        assertThat(Hrana.at(primary.httpUrl()).namespace("initech").rows("SELECT x FROM t"))
                .containsExactly(List.of("forwarded"));
    }

    @Test
    void aNamespaceThePrimaryLacksIsNotFoundOnTheReplica() {
        Hrana.Response answer = Hrana.at(SQLD.cluster().replicas().get(0).httpUrl()).namespace("never-created")
                .pipeline("SELECT 1");
        assertThat(answer.status()).as(answer.body()).isEqualTo(404);
        assertThat(answer.body()).contains("doesn't exist");
    }

    @Test
    void thePrimaryHasTheAdminApi() {
        assertThat(SQLD.cluster().primary().adminUrl().toString()).matches("http://127\\.0\\.0\\.1:\\d+");
    }
}
