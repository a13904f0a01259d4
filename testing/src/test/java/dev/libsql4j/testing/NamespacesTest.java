package dev.libsql4j.testing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** sqld with {@code --enable-namespaces}: namespaces made through the admin API are separate databases. */
class NamespacesTest {

    @RegisterExtension
    static final SqldExtension SQLD = SqldExtension.withNamespaces();

    @Test
    void tablesDoNotLeakBetweenNamespaces() {
        SQLD.node().createNamespace("tenant-a");
        SQLD.node().createNamespace("tenant-b");
        Hrana tenantA = Hrana.at(SQLD.node().httpUrl()).namespace("tenant-a");
        Hrana tenantB = Hrana.at(SQLD.node().httpUrl()).namespace("tenant-b");

        tenantA.execute("CREATE TABLE only_in_a (x)", "INSERT INTO only_in_a VALUES ('a')");

        assertThat(tenantA.rows("SELECT x FROM only_in_a")).containsExactly(List.of("a"));
        assertThat(tenantB.rows("SELECT name FROM sqlite_master WHERE name = 'only_in_a'")).isEmpty();
    }

    @Test
    void unknownNamespaceIsNotFound() {
        assertThat(Hrana.at(SQLD.node().httpUrl()).namespace("never-created").pipeline("SELECT 1").status())
                .isEqualTo(404);
    }

    @Test
    void withoutTheHeaderTheHostIpSelectsNamespace127() {
        // Why Namespaces.HEADER matters: "127.0.0.1" is read as the namespace "127".
        assertThat(Hrana.at(SQLD.node().httpUrl()).pipeline("SELECT 1").body()).contains("127");
    }

    @Test
    void creatingAnExistingNamespaceFails() {
        SQLD.node().createNamespace("twice");
        assertThatThrownBy(() -> SQLD.node().createNamespace("twice"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("400");
    }

    @Test
    void adminUrlIsOnLoopback() {
        assertThat(SQLD.node().adminUrl().toString()).matches("http://127\\.0\\.0\\.1:\\d+");
    }
}
