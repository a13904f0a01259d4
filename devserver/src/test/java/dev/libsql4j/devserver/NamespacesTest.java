package dev.libsql4j.devserver;

import static org.assertj.core.api.Assertions.assertThat;

import dev.libsql4j.testing.SqldExtension;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Namespaces and the admin API: the same calls against sqld and the devserver, same answers. */
class NamespacesTest {

  @RegisterExtension
  static final SqldExtension SQLD = SqldExtension.withNamespaces();

  private static DevServer dev;

  @BeforeAll
  static void start() throws Exception {
    dev = DevServer.builder().namespaces(true).adminListen("127.0.0.1", 0).start();
  }

  @AfterAll
  static void stop() {
    dev.close();
  }

  @Test
  void bothServersRouteAndAdministerAlike() {
    assertThat(script(dev.httpUrl(), dev.adminUrl()))
        .containsExactlyElementsOf(script(SQLD.node().httpUrl(), SQLD.node().adminUrl()));
  }

  @Test
  void blockingAndTheConfigApiWorkAsInSqld() {
    assertThat(blockingScript(dev.httpUrl(), dev.adminUrl()))
        .containsExactlyElementsOf(blockingScript(SQLD.node().httpUrl(), SQLD.node().adminUrl()));
  }

  @Test
  void aPerNamespaceTransactionTimeoutLetsAWaitingWriterInSooner() throws Exception {
    HttpProbe.post(dev.adminUrl(), "/v1/namespaces/tenant-t/create", "{}");
    assertThat(HttpProbe.post(dev.adminUrl(), "/v1/namespaces/tenant-t/config",
        "{\"block_reads\":false,\"block_writes\":false,\"txn_timeout_s\":1}").status()).isEqualTo(200);
    String ns = bin("tenant-t");
    HttpProbe.post(dev.httpUrl(), "/v2/pipeline", exec("CREATE TABLE t(x)"), "x-namespace-bin", ns);
    String open = "{\"requests\":[{\"type\":\"execute\",\"stmt\":{\"sql\":\"BEGIN IMMEDIATE\"}}]}";
    assertThat(HttpProbe.post(dev.httpUrl(), "/v2/pipeline", open, "x-namespace-bin", ns).status()).isEqualTo(200);
    // The server's --txn-timeout (5 s) equals the write-lock wait (5 s): without the namespace's 1 s the
    // waiting writer would give up before it may roll the holder back.
    HttpProbe.Reply writer = HttpProbe.post(dev.httpUrl(), "/v2/pipeline", exec("INSERT INTO t VALUES (1)"),
        "x-namespace-bin", ns);
    assertThat(writer.body()).contains("\"affected_row_count\":1");
  }

  @Test
  void anIpOrLocalhostHostMeansTheDefaultNamespace() {
    // sqld would look for a namespace called "127" (its documented trap); the devserver does not.
    assertThat(query(dev.httpUrl(), "/v2/pipeline").status()).isEqualTo(200);
    assertThat(HttpProbe.post(dev.httpUrl(), "/v2/pipeline", select(), "x-namespace", "default").status())
        .isEqualTo(200);
  }

  @Test
  void namesFollowTursosRule() {
    assertThat(HttpProbe.post(dev.adminUrl(), "/v1/namespaces/Not_Valid/create", "{}").status())
        .isEqualTo(400);
    assertThat(HttpProbe.post(dev.httpUrl(), "/v2/pipeline", select(), "x-namespace-bin", bin("UPPER"))
        .status()).isEqualTo(400);
  }

  private static List<String> script(URI http, URI admin) {
    List<String> lines = new ArrayList<>();
    lines.add("create: " + status(HttpProbe.post(admin, "/v1/namespaces/tenant-a/create", "{}")));
    lines.add("create again: " + status(HttpProbe.post(admin, "/v1/namespaces/tenant-a/create", "{}")));
    lines.add("create b: " + status(HttpProbe.post(admin, "/v1/namespaces/tenant-b/create", "{}")));
    lines.add("write a: " + status(HttpProbe.post(http, "/v2/pipeline", exec("CREATE TABLE only_a(x)"),
        "x-namespace-bin", bin("tenant-a"))));
    lines.add("read a: " + status(HttpProbe.post(http, "/v2/pipeline", exec("SELECT count(*) FROM only_a"),
        "x-namespace-bin", bin("tenant-a"))));
    lines.add("read b: " + status(HttpProbe.post(http, "/v2/pipeline", exec("SELECT count(*) FROM only_a"),
        "x-namespace-bin", bin("tenant-b"))));
    lines.add("dev path a: " + status(HttpProbe.post(http, "/dev/tenant-a/v3/pipeline",
        exec("SELECT count(*) FROM only_a"), "x-namespace-bin", bin("tenant-a"))));
    lines.add("host label a: " + status(HttpProbe.post(http, "/v2/pipeline",
        exec("SELECT count(*) FROM only_a"), "Host", "tenant-a.localhost")));
    lines.add("unknown: " + status(HttpProbe.post(http, "/v2/pipeline", select(), "x-namespace-bin", bin("nope"))));
    lines.add("bad base64: " + status(HttpProbe.post(http, "/v2/pipeline", select(), "x-namespace-bin", "!!!")));
    lines.add("config: " + HttpProbe.get(admin, "/v1/namespaces/tenant-a/config").status());
    lines.add("config of unknown: " + status(HttpProbe.get(admin, "/v1/namespaces/nope/config")));
    lines.add("stats: " + HttpProbe.get(admin, "/v1/namespaces/tenant-a/stats").status());
    lines.add("write random a: " + status(HttpProbe.post(http, "/v2/pipeline",
        exec("INSERT INTO only_a VALUES (random())"), "x-namespace-bin", bin("tenant-a"))));
    lines.add("fork a: " + status(HttpProbe.post(admin, "/v1/namespaces/tenant-a/fork/tenant-f", "{}")));
    String rowsOfA = rows(HttpProbe.post(http, "/v2/pipeline", exec("SELECT x FROM only_a"), "x-namespace-bin",
        bin("tenant-a")));
    lines.add("fork has a's rows: " + rows(HttpProbe.post(http, "/v2/pipeline", exec("SELECT x FROM only_a"),
        "x-namespace-bin", bin("tenant-f"))).equals(rowsOfA));
    lines.add("fork onto existing: " + status(HttpProbe.post(admin, "/v1/namespaces/tenant-a/fork/tenant-b", "{}")));
    lines.add("fork of unknown: " + status(HttpProbe.post(admin, "/v1/namespaces/nope/fork/tenant-g", "{}")));
    lines.add("delete: " + status(HttpProbe.send(admin, "DELETE", "/v1/namespaces/tenant-b", null)));
    lines.add("after delete: " + status(HttpProbe.post(http, "/v2/pipeline", select(),
        "x-namespace-bin", bin("tenant-b"))));
    lines.add("delete unknown: " + status(HttpProbe.send(admin, "DELETE", "/v1/namespaces/tenant-b", null)));
    return lines;
  }

  private static List<String> blockingScript(URI http, URI admin) {
    String ns = bin("tenant-c");
    List<String> lines = new ArrayList<>();
    lines.add("create: " + status(HttpProbe.post(admin, "/v1/namespaces/tenant-c/create", "{}")));
    lines.add("table: " + outcome(HttpProbe.post(http, "/v2/pipeline", exec("CREATE TABLE c(x)"), "x-namespace-bin", ns)));
    lines.add("config: " + HttpProbe.get(admin, "/v1/namespaces/tenant-c/config").body());
    String[] configs = {
        "{\"block_reads\":false,\"block_writes\":true,\"block_reason\":\"maintenance\"}",
        "{\"block_reads\":false,\"block_writes\":true}",
        "{\"block_reads\":true,\"block_writes\":false,\"txn_timeout_s\":2,\"unknown\":1}",
        "{\"block_reads\":false,\"block_writes\":false}",
        "{\"block_writes\":true}",
        "{\"block_reads\":\"yes\",\"block_writes\":true}"};
    for (String config : configs) {
      lines.add("post " + config + ": " + HttpProbe.post(admin, "/v1/namespaces/tenant-c/config", config).status());
      lines.add("  config: " + HttpProbe.get(admin, "/v1/namespaces/tenant-c/config").body());
      lines.add("  write: " + outcome(HttpProbe.post(http, "/v2/pipeline", exec("INSERT INTO c VALUES (1)"),
          "x-namespace-bin", ns)));
      lines.add("  read: " + outcome(HttpProbe.post(http, "/v2/pipeline", exec("SELECT count(*) FROM c"),
          "x-namespace-bin", ns)));
      lines.add("  begin: " + outcome(HttpProbe.post(http, "/v2/pipeline", exec("BEGIN"), "x-namespace-bin", ns)));
    }
    return lines;
  }

  /** The rows of a one-statement pipeline answer. */
  private static String rows(HttpProbe.Reply reply) {
    return reply.body().replaceAll(".*\"rows\":(\\[.*?\\]\\]|\\[\\]).*", "$1");
  }

  /** A statement's outcome: ok, or its error code and message. */
  private static String outcome(HttpProbe.Reply reply) {
    int error = reply.body().indexOf("\"error\":{");
    return reply.status() + " " + (error < 0 ? "ok" : reply.body().substring(error, reply.body().indexOf('}', error) + 1));
  }

  private static String status(HttpProbe.Reply reply) {
    return reply.status() + (reply.status() >= 400 ? " " + Transcript.normalize(reply) : "");
  }

  private static HttpProbe.Reply query(URI http, String path) {
    return HttpProbe.post(http, path, select());
  }

  private static String select() {
    return exec("SELECT 1");
  }

  private static String exec(String sql) {
    return "{\"requests\":[{\"type\":\"execute\",\"stmt\":{\"sql\":\"" + sql + "\"}},{\"type\":\"close\"}]}";
  }

  private static String bin(String namespace) {
    return Base64.getEncoder().withoutPadding().encodeToString(namespace.getBytes(StandardCharsets.UTF_8));
  }
}
