package dev.libsql4j.devserver;

import static org.assertj.core.api.Assertions.assertThat;

import dev.libsql4j.testing.JwtKeys;
import dev.libsql4j.testing.SqldExtension;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** JWT authentication: the same tokens and requests against sqld and the devserver, same answers. */
class AuthTest {

  @RegisterExtension
  static final SqldExtension SQLD = SqldExtension.withAuth();

  private static DevServer dev;
  private static Path keyDir;

  private static final String READ = "{\"requests\":[{\"type\":\"execute\",\"stmt\":{\"sql\":\"SELECT 1\"}},"
      + "{\"type\":\"close\"}]}";
  private static final String WRITE = "{\"requests\":[{\"type\":\"execute\",\"stmt\":{\"sql\":"
      + "\"CREATE TABLE IF NOT EXISTS w(a)\"}},{\"type\":\"close\"}]}";
  private static final String READ_THEN_WRITE = "{\"requests\":[{\"type\":\"batch\",\"batch\":{\"steps\":["
      + "{\"stmt\":{\"sql\":\"SELECT 1\"}},{\"stmt\":{\"sql\":\"INSERT INTO w VALUES (1)\"}}]}},{\"type\":\"close\"}]}";

  @BeforeAll
  static void start() throws Exception {
    keyDir = Files.createTempDirectory("devserver-auth");
    dev = DevServer.builder().jwtKeyFile(SQLD.jwt().publicKeyFile(keyDir)).start();
  }

  @AfterAll
  static void stop() throws Exception {
    dev.close();
    try (var files = Files.list(keyDir)) {
      for (Path file : files.toList()) {
        Files.delete(file);
      }
    }
    Files.delete(keyDir);
  }

  @Test
  void bothServersAuthorizeAlike() {
    List<String> sqld = answers(SQLD.node().httpUrl());
    List<String> devserver = answers(dev.httpUrl());
    assertThat(devserver).containsExactlyElementsOf(sqld);
  }

  @Test
  void theExpectedOutcomes() {
    List<String> answers = answers(dev.httpUrl());
    assertThat(answers).anySatisfy(a -> assertThat(a).startsWith("no header: 401"));
    assertThat(answers).anySatisfy(a -> assertThat(a).startsWith("full access write: 200"));
    assertThat(answers).anySatisfy(a -> assertThat(a).startsWith("read-only read: 200"));
    assertThat(answers).anySatisfy(a -> assertThat(a).startsWith("read-only write: 403"));
    assertThat(answers).anySatisfy(a -> assertThat(a).startsWith("token with aud read: 401"));
    assertThat(answers).anySatisfy(a -> assertThat(a).startsWith("foreign key read: 401"));
  }

  private static List<String> answers(URI server) {
    JwtKeys keys = SQLD.jwt();
    long future = Instant.now().plusSeconds(3600).getEpochSecond();
    Map<String, String> tokens = new LinkedHashMap<>();
    tokens.put("full access", keys.fullAccessToken());
    tokens.put("read-only", keys.readOnlyToken());
    tokens.put("expired", keys.expiredToken());
    tokens.put("token with aud", keys.token(Map.of("a", "rw", "aud", "somebody")));
    tokens.put("other namespace", keys.token(Map.of("id", "other")));
    tokens.put("own namespace", keys.token(Map.of("id", "default", "exp", future)));
    tokens.put("fine-grained ro", keys.token(Map.of("p", Map.of("ro", Map.of("ns", List.of("default"))))));
    tokens.put("foreign key", JwtKeys.generate().fullAccessToken());
    tokens.put("garbage", "not.a.jwt");

    List<String> answers = new ArrayList<>();
    answers.add("no header: " + reply(server, READ));
    answers.add("basic scheme: " + reply(server, READ, "Authorization", "Basic dXNlcjpwYXNz"));
    for (Map.Entry<String, String> token : tokens.entrySet()) {
      for (Map.Entry<String, String> request : Map.of("read", READ, "write", WRITE,
          "read then write", READ_THEN_WRITE).entrySet()) {
        answers.add(token.getKey() + " " + request.getKey() + ": "
            + reply(server, request.getValue(), "Authorization", "Bearer " + token.getValue()));
      }
    }
    answers.add("health needs no token: " + HttpProbe.get(server, "/health").status());
    answers.sort(null);
    return answers;
  }

  private static String reply(URI server, String body, String... headers) {
    HttpProbe.Reply reply = HttpProbe.post(server, "/v2/pipeline", body, headers);
    String outcome = reply.status() == 200 ? "" : Transcript.normalize(reply);
    return reply.status() + " " + outcome;
  }
}
