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
    lines.add("delete: " + status(HttpProbe.send(admin, "DELETE", "/v1/namespaces/tenant-b", null)));
    lines.add("after delete: " + status(HttpProbe.post(http, "/v2/pipeline", select(),
        "x-namespace-bin", bin("tenant-b"))));
    lines.add("delete unknown: " + status(HttpProbe.send(admin, "DELETE", "/v1/namespaces/tenant-b", null)));
    return lines;
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
