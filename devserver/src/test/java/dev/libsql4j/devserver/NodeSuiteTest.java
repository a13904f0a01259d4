package dev.libsql4j.devserver;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.libsql4j.testing.JwtKeys;
import dev.libsql4j.testing.ServerKind;
import dev.libsql4j.testing.SqldNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The Node suite in {@code src/test/node} ({@code node --test}, {@code @libsql/client} pinned by its lock
 * file) against sqld and the devserver, both started by the harness the same way: for each, a plain
 * server, one checking JWTs and one with namespaces. Node's output is the failure message.
 */
class NodeSuiteTest {

  private static final Path SUITE = Path.of("src", "test", "node").toAbsolutePath();
  private static final List<String> FILES = List.of("client.test.mjs", "protocol.test.mjs");
  private static final long TIMEOUT_MINUTES = 5;

  @Test
  void theNodeSuitePassesOnSqldAndOnTheDevserver() throws Exception {
    assertThat(SUITE.resolve("node_modules/@libsql/client"))
        .as("@libsql/client is not installed: run  npm ci --ignore-scripts --prefix devserver/src/test/node")
        .isDirectory();
    JwtKeys keys = JwtKeys.generate();
    List<SqldNode> nodes = new ArrayList<>();
    try {
      List<Map<String, Object>> servers = new ArrayList<>();
      for (ServerKind kind : ServerKind.values()) {
        SqldNode plain = start(nodes, SqldNode.builder().server(kind).name("node-plain"));
        SqldNode auth = start(nodes, SqldNode.builder().server(kind).name("node-auth").jwtAuth(keys));
        SqldNode namespaced = start(nodes, SqldNode.builder().server(kind).name("node-ns").namespaces(true));
        Map<String, Object> server = new LinkedHashMap<>();
        server.put("name", kind.id());
        server.put("url", plain.httpUrl().toString());
        server.put("authUrl", auth.httpUrl().toString());
        server.put("nsUrl", namespaced.httpUrl().toString());
        server.put("adminUrl", namespaced.adminUrl().toString());
        server.put("tokens", Map.of("rw", keys.fullAccessToken(), "ro", keys.readOnlyToken(),
            "expired", keys.expiredToken(), "forged", JwtKeys.generate().fullAccessToken()));
        servers.add(server);
      }
      Run run = node(new ObjectMapper().writeValueAsString(servers));
      assertThat(run.exitCode()).as("node --test failed:%n%s", run.output()).isZero();
      // Both servers really ran: node reports every test by name.
      assertThat(run.output()).contains("@libsql/client on sqld", "@libsql/client on devserver",
          "Hrana 3 over HTTP on sqld", "Hrana 3 over HTTP on devserver");
    } finally {
      nodes.forEach(SqldNode::close);
    }
  }

  private static SqldNode start(List<SqldNode> nodes, SqldNode.Builder builder) {
    SqldNode node = builder.start();
    nodes.add(node);
    return node;
  }

  private record Run(int exitCode, String output) {}

  private static Run node(String servers) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("node", "--test", "--test-reporter=spec"));
    command.addAll(FILES);
    ProcessBuilder builder = new ProcessBuilder(command).directory(SUITE.toFile()).redirectErrorStream(true);
    builder.environment().put("LIBSQL4J_SERVERS", servers);
    Path output = Files.createTempFile("node-suite", ".log");
    builder.redirectOutput(output.toFile());
    Process process = builder.start();
    try {
      if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
        process.destroyForcibly().waitFor();
        return new Run(-1, "timed out after " + TIMEOUT_MINUTES + " minutes:\n" + Files.readString(output));
      }
      return new Run(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(output);
    }
  }
}
