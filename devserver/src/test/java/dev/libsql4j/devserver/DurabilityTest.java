package dev.libsql4j.devserver;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.libsql4j.devserver.cli.DevServerCommand;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An acknowledged write survives {@code kill -9}: the CLI runs in its own JVM, clients write from
 * several threads, the process is killed without warning right after the last acknowledgement, and a
 * restarted server on the same directory has every acknowledged row.
 */
class DurabilityTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  @Test
  void everyAcknowledgedWriteSurvivesKill9() throws Exception {
    Process first = launch();
    URI url = awaitUrl(first);
    assertThat(post(url, "CREATE TABLE acked(id INTEGER PRIMARY KEY, writer INTEGER)")).isTrue();

    ExecutorService writers = Executors.newFixedThreadPool(4);
    List<Future<List<Integer>>> acknowledged = new ArrayList<>();
    for (int w = 0; w < 4; w++) {
      int writer = w;
      acknowledged.add(writers.submit(() -> {
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
          int id = writer * 1000 + i;
          if (post(url, "INSERT INTO acked VALUES (" + id + ", " + writer + ")")) {
            ids.add(id);
          }
        }
        return ids;
      }));
    }
    List<Integer> ids = new ArrayList<>();
    for (Future<List<Integer>> future : acknowledged) {
      ids.addAll(future.get(60, TimeUnit.SECONDS));
    }
    writers.shutdown();
    first.destroyForcibly().waitFor(10, TimeUnit.SECONDS);

    Process second = launch();
    try {
      URI again = awaitUrl(second);
      HttpProbe.Reply reply = HttpProbe.post(again, "/v2/pipeline", "{\"requests\":[{\"type\":\"execute\","
          + "\"stmt\":{\"sql\":\"SELECT count(*) FROM acked\"}},{\"type\":\"close\"}]}");
      long rows = JSON.readTree(reply.body()).at("/results/0/response/result/rows/0/0/value").asLong();
      assertThat(ids).hasSize(200);
      assertThat(rows).isEqualTo(ids.size());
    } finally {
      second.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }

  private static boolean post(URI url, String sql) {
    HttpProbe.Reply reply = HttpProbe.post(url, "/v2/pipeline", "{\"requests\":[{\"type\":\"execute\","
        + "\"stmt\":{\"sql\":\"" + sql + "\"}},{\"type\":\"close\"}]}");
    return reply.status() == 200 && reply.body().contains("\"type\":\"ok\",\"response\":{\"type\":\"execute\"");
  }

  private Process launch() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    return new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
        DevServerCommand.class.getName(), "--db-path", dir.toString(),
        "--http-listen-addr", "127.0.0.1:" + port)
        .redirectErrorStream(true)
        .start();
  }

  /** Reads the process output until it announces its URL. */
  private static URI awaitUrl(Process process) throws IOException {
    BufferedReader out = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    StringBuilder seen = new StringBuilder();
    for (String line; (line = out.readLine()) != null; ) {
      seen.append(line).append('\n');
      int at = line.indexOf("listening on ");
      if (at >= 0) {
        String url = line.substring(at + "listening on ".length()).split(" ")[0];
        // Keep draining the output so that the process never blocks on a full pipe.
        Thread drain = new Thread(() -> out.lines().forEach(ignored -> { }));
        drain.setDaemon(true);
        drain.start();
        return URI.create(url);
      }
    }
    throw new IllegalStateException("the server did not start:\n" + seen);
  }
}
