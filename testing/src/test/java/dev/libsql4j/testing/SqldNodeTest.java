package dev.libsql4j.testing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.libsql4j.testing.ProcessAssertions.assertProcessGone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SqldNodeTest {

    @Test
    void standaloneNodeAnswersHealthAndQueries() {
        try (SqldNode node = SqldNode.builder().start()) {
            assertThat(node.isRunning()).isTrue();
            assertThat(node.isHealthy()).isTrue();
            assertThat(node.httpUrl().toString()).matches("http://127\\.0\\.0\\.1:\\d+");
            assertThat(node.adminUrl()).isNull();
            assertThat(node.grpcUrl()).isNull();

            assertThat(Hrana.at(node.httpUrl()).rows("SELECT 40 + 2")).containsExactly(List.of("42"));
        }
    }

    @Test
    void restartKeepsPortAndDataAndCloseRemovesEverything() {
        SqldNode node = SqldNode.builder().start();
        Path directory = node.dbPath().getParent();
        long firstPid = node.pid();
        try {
            Hrana.at(node.httpUrl()).execute("CREATE TABLE t (x)", "INSERT INTO t VALUES ('kept')");
            URI url = node.httpUrl();

            node.stop();
            assertThat(node.isRunning()).isFalse();
            assertThat(node.isHealthy()).isFalse();
            assertProcessGone(firstPid);

            node.restart();
            assertThat(node.httpUrl()).isEqualTo(url);
            assertThat(node.pid()).isNotEqualTo(firstPid);
            assertThat(Hrana.at(node.httpUrl()).rows("SELECT x FROM t")).containsExactly(List.of("kept"));
            assertThat(node.logFile()).exists();
        } finally {
            long secondPid = node.isRunning() ? node.pid() : firstPid;
            node.close();
            assertProcessGone(secondPid);
        }
        assertThat(directory).doesNotExist();
    }

    @Test
    void givenDirectoryIsKeptAfterClose(@TempDir Path tempDir) {
        Path dir = tempDir.resolve("node");
        try (SqldNode node = SqldNode.builder().directory(dir).start()) {
            Hrana.at(node.httpUrl()).execute("CREATE TABLE persisted (x)");
        }
        assertThat(dir.resolve("data.sqld")).isDirectory();
        try (SqldNode again = SqldNode.builder().directory(dir).start()) {
            assertThat(Hrana.at(again.httpUrl()).rows("SELECT name FROM sqlite_master WHERE name = 'persisted'"))
                    .hasSize(1);
        }
    }

    @Test
    void failedStartReportsTheLog() {
        assertThatThrownBy(() -> SqldNode.builder().arg("--no-such-flag").start())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("failed to start")
                .hasMessageContaining("--no-such-flag");
    }

    @Test
    void fixedPortInUseFailsWithTheReason() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> SqldNode.builder().httpPort(taken.getLocalPort()).start())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Address already in use");
        }
    }

    @Test
    void namespaceCallsNeedNamespaces() throws Exception {
        try (SqldNode node = SqldNode.builder().start()) {
            assertThatThrownBy(() -> node.createNamespace("a"))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("namespaces(true)");
            assertThat(Files.readString(node.logFile())).contains("--http-listen-addr");
        }
    }
}
