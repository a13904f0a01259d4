package dev.libsql4j.devserver;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bad input never takes the server down: hundreds of generated malformed requests (broken JSON, wrong
 * types, unknown types, oversized bodies, bad and replayed batons, random bytes) each get a 4xx with a
 * JSON {@code {"message","code"}} body, and the server answers correctly afterwards with no stream
 * left behind.
 */
class MalformedInputTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String VALID = "{\"baton\":null,\"requests\":[{\"type\":\"store_sql\",\"sql_id\":1,"
      + "\"sql\":\"SELECT ?\"},{\"type\":\"batch\",\"batch\":{\"steps\":[{\"stmt\":{\"sql\":\"SELECT 1\","
      + "\"args\":[],\"named_args\":[]}},{\"condition\":{\"type\":\"ok\",\"step\":0},\"stmt\":{\"sql_id\":1,"
      + "\"args\":[{\"type\":\"integer\",\"value\":\"1\"}]}}]}},{\"type\":\"close\"}]}";
  /** Places where a value of the wrong type breaks the message, and such values. */
  private static final List<String> TEMPLATES = List.of(
      "{\"requests\":X}", "{\"baton\":X,\"requests\":[]}", "{\"requests\":[X]}",
      "{\"requests\":[{\"type\":X}]}", "{\"requests\":[{\"type\":\"execute\",\"stmt\":X}]}",
      "{\"requests\":[{\"type\":\"execute\",\"stmt\":{\"sql\":X}}]}",
      "{\"requests\":[{\"type\":\"execute\",\"stmt\":{\"sql\":\"SELECT ?\",\"args\":X}}]}",
      "{\"requests\":[{\"type\":\"execute\",\"stmt\":{\"sql\":\"SELECT ?\",\"args\":[X]}}]}",
      "{\"requests\":[{\"type\":\"execute\",\"stmt\":{\"sql\":\"SELECT :a\",\"named_args\":[X]}}]}",
      "{\"requests\":[{\"type\":\"batch\",\"batch\":{\"steps\":X}}]}",
      "{\"requests\":[{\"type\":\"batch\",\"batch\":{\"steps\":[{\"condition\":X,\"stmt\":{\"sql\":\"SELECT 1\"}}]}}]}",
      "{\"requests\":[{\"type\":\"store_sql\",\"sql_id\":X,\"sql\":\"SELECT 1\"}]}",
      "{\"requests\":[{\"type\":\"close_sql\",\"sql_id\":X}]}",
      "{\"requests\":[{\"type\":\"sequence\",\"sql\":X}]}",
      "{\"baton\":null,\"batch\":X}");
  private static final List<String> WRONG = List.of("{}", "[]", "\"text\"", "12.5", "true",
      "{\"type\":\"nope\"}", "{\"type\":\"integer\",\"value\":[]}", "{\"type\":\"blob\",\"base64\":\"%%%\"}",
      "99999999999999999999", "{\"type\":\"integer\",\"value\":\"12x\"}");

  private static DevServer server;

  @BeforeAll
  static void start() throws Exception {
    server = DevServer.builder().maxRequestBytes(64 * 1024).start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void everyMalformedRequestIsRefusedAndTheServerCarriesOn() throws Exception {
    List<String[]> requests = generate(new Random(42));
    assertThat(requests).hasSizeGreaterThan(300);
    int before = server.openStreams();
    List<String> accepted = new ArrayList<>();
    for (String[] request : requests) {
      HttpProbe.Reply reply = HttpProbe.post(server.httpUrl(), request[0], request[1]);
      if (reply.status() < 400 || reply.status() > 499) {
        accepted.add(request[0] + " " + request[1] + " -> " + reply.status() + " " + reply.body());
        continue;
      }
      JsonNode body = JSON.readTree(reply.body());
      assertThat(body.get("message").asText()).isNotBlank();
      assertThat(body.get("code").asText()).isNotBlank();
    }
    assertThat(accepted).isEmpty();
    HttpProbe.Reply healthy = HttpProbe.post(server.httpUrl(), "/v3/pipeline", VALID);
    assertThat(healthy.status()).isEqualTo(200);
    assertThat(JSON.readTree(healthy.body()).at("/results/1/response/result/step_results/1/rows/0/0/value")
        .asText()).isEqualTo("1");
    assertThat(server.openStreams()).isEqualTo(before);
  }

  private static List<String[]> generate(Random random) {
    List<String[]> requests = new ArrayList<>();
    // Every strict prefix of a JSON object is broken JSON.
    for (int i = 0; i < 150; i++) {
      requests.add(pipeline(VALID.substring(0, random.nextInt(VALID.length() - 1))));
    }
    for (String template : TEMPLATES) {
      for (String wrong : WRONG) {
        String path = template.contains("\"batch\":X") && template.startsWith("{\"baton\"")
            ? "/v3/cursor" : "/v3/pipeline";
        if (!isValid(template, wrong)) {
          requests.add(new String[] {path, template.replace("X", wrong)});
        }
      }
    }
    for (int i = 0; i < 40; i++) {
      byte[] bytes = new byte[1 + random.nextInt(64)];
      random.nextBytes(bytes);
      requests.add(pipeline(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)));
      requests.add(pipeline("{\"baton\":\"" + Long.toHexString(random.nextLong()) + "\",\"requests\":[]}"));
    }
    String baton = openBaton();
    requests.add(pipeline("{\"baton\":\"" + baton.substring(0, baton.length() - 2) + "AA\",\"requests\":[]}"));
    HttpProbe.post(server.httpUrl(), "/v3/pipeline", "{\"baton\":\"" + baton + "\",\"requests\":[{\"type\":\"close\"}]}");
    requests.add(pipeline("{\"baton\":\"" + baton + "\",\"requests\":[]}"));
    requests.add(pipeline("{\"requests\":[{\"type\":\"execute\",\"stmt\":{\"sql\":\"" + "x".repeat(70 * 1024) + "\"}}]}"));
    requests.add(new String[] {"/v2/pipeline", "{\"requests\":[{\"type\":\"get_autocommit\"}]}"});
    requests.add(new String[] {"/v1/execute", "{\"stmt\":5}"});
    requests.add(new String[] {"/v1/batch", "{\"batch\":{}}"});
    requests.add(new String[] {"/", "{\"statements\":[{\"q\":5}]}"});
    return requests;
  }

  /** Template/value pairs that happen to form valid messages (e.g. SQL text "text"): not malformed. */
  private static boolean isValid(String template, String wrong) {
    boolean emptyList = wrong.equals("[]") && (template.equals("{\"requests\":X}")
        || template.contains("\"args\":X") || template.contains("\"steps\":X"));
    boolean sqlText = wrong.equals("\"text\"") && template.contains("\"sql\":X");
    return emptyList || sqlText;
  }

  private static String openBaton() {
    try {
      HttpProbe.Reply reply = HttpProbe.post(server.httpUrl(), "/v3/pipeline", "{\"requests\":[]}");
      return JSON.readTree(reply.body()).get("baton").asText();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String[] pipeline(String body) {
    return new String[] {"/v3/pipeline", body};
  }
}
