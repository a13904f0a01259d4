package dev.libsql4j.devserver;

import static dev.libsql4j.devserver.Transcript.get;
import static dev.libsql4j.devserver.Transcript.post;
import static org.assertj.core.api.Assertions.assertThat;

import dev.libsql4j.devserver.Transcript.Step;
import dev.libsql4j.testing.SqldExtension;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The conformance kit: every scenario is sent to real sqld and to the devserver, and the two
 * transcripts must be the same (batons, replication indexes and timings masked). Each scenario works
 * on its own tables, so scenarios do not see each other on the shared servers.
 */
class SameAnswerTest {

  @RegisterExtension
  static final SqldExtension SQLD = SqldExtension.standalone();

  private static DevServer dev;

  @BeforeAll
  static void startDevServer() throws Exception {
    dev = DevServer.builder().start();
  }

  @AfterAll
  static void stopDevServer() {
    dev.close();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void bothServersGiveTheSameAnswer(String name, List<Step> steps) {
    List<String> sqld = Transcript.record(SQLD.node().httpUrl(), steps);
    List<String> devserver = Transcript.record(dev.httpUrl(), steps);
    assertThat(devserver).containsExactlyElementsOf(sqld);
  }

  static Stream<Arguments> scenarios() {
    return Stream.of(
        scenario("counters follow sqld's rules",
            pipe("v2", execute("CREATE TABLE c1(a INTEGER PRIMARY KEY, b TEXT)"),
                execute("INSERT INTO c1(b) VALUES ('x'), ('y')"),
                execute("INSERT INTO c1(b) VALUES ('z') RETURNING a, b"),
                execute("SELECT * FROM c1 ORDER BY a"),
                execute("UPDATE c1 SET b = upper(b) WHERE a < 3"),
                execute("DELETE FROM c1 WHERE a = 1"),
                execute("CREATE INDEX c1_b ON c1(b)"), close())),
        scenario("SQL errors carry sqld's codes and messages",
            pipe("v2", execute("CREATE TABLE e1(a INTEGER PRIMARY KEY, b TEXT UNIQUE)"),
                execute("INSERT INTO e1(b) VALUES ('x')"), execute("INSERT INTO e1(b) VALUES ('x')"),
                execute("SELECT nope FROM e1"), execute("SELECT e1.nope FROM e1"),
                execute("SELECT * FROM missing"), execute("SELECT 1; SELECT 2"), execute(" -- nothing"),
                execute("SELECT nofn(1)"), execute("SELECT abs(1, 2)"), execute("CREATE TABLE e1(x)"),
                execute("COMMIT"), execute("INSERT INTO e1(a) VALUES (NULL), (1), (1)"), close())),
        scenario("arguments bind like sqld",
            pipe("v2", stmt("SELECT ?, ?", "[" + integer(1) + "]"),
                stmt("SELECT ?", "[" + integer(1) + "," + integer(2) + "]"),
                stmt("SELECT ?2, ?1", "[" + text("a") + "," + text("b") + "]"),
                named("SELECT :a, @b, $c", named("a", integer(1)), named("@b", real(2.5)), named("$c", text("c"))),
                named("SELECT :a", named(":a", text("full name wins")), named("a", text("bare"))),
                named("SELECT :missing"),
                "{\"type\":\"execute\",\"stmt\":{\"sql\":\"SELECT :a\",\"args\":[" + integer(1)
                    + "],\"named_args\":[{\"name\":\"a\",\"value\":" + integer(1) + "}]}}",
                stmt("EXPLAIN SELECT ?", "[]"), close())),
        scenario("values keep their storage classes",
            pipe("v2", execute("CREATE TABLE v1(i INTEGER, r REAL, t TEXT, b BLOB, n)"),
                stmt("INSERT INTO v1 VALUES (?, ?, ?, ?, ?)", "[" + integer(Long.MIN_VALUE) + "," + real(1.5)
                    + "," + text("héllo ✓") + ",{\"type\":\"blob\",\"base64\":\"AAEC/w==\"},{\"type\":\"null\"}]"),
                stmt("INSERT INTO v1(i) VALUES (?)", "[" + real(1.0) + "]"),
                execute("SELECT i, r, t, b, n, typeof(i) FROM v1"),
                stmt("SELECT 1 UNION SELECT 2 LIMIT ?", "[" + real(1.0) + "]"),
                execute("SELECT 9223372036854775807, -0.5, x'', ''"), close())),
        scenario("a client batch commits or rolls back as a whole",
            pipe("v2", execute("CREATE TABLE b1(a INTEGER PRIMARY KEY)"), close()),
            pipe("v2", batch(step(null, "BEGIN IMMEDIATE"), step(ok(0), "INSERT INTO b1 VALUES (1)"),
                step(ok(1), "INSERT INTO b1 VALUES (1)"), step(ok(2), "COMMIT"),
                step("{\"type\":\"not\",\"cond\":" + ok(3) + "}", "ROLLBACK")), close()),
            pipe("v2", execute("SELECT count(*) FROM b1"), close())),
        scenario("batch conditions combine",
            pipe("v3", batch(step(null, "SELECT 1"), step(null, "SELECT nope"),
                step("{\"type\":\"error\",\"step\":1}", "SELECT 'ran after error'"),
                step("{\"type\":\"and\",\"conds\":[" + ok(0) + "," + ok(1) + "]}", "SELECT 'skipped'"),
                step("{\"type\":\"or\",\"conds\":[" + ok(1) + "," + ok(3) + "]}", "SELECT 'skipped too'"),
                step("{\"type\":\"not\",\"cond\":" + ok(3) + "}", "SELECT 'not of skipped'"),
                step("{\"type\":\"is_autocommit\"}", "SELECT 'autocommit'"),
                step("{\"type\":\"and\",\"conds\":[]}", "SELECT 'empty and'"),
                step("{\"type\":\"or\",\"conds\":[]}", "SELECT 'empty or'")), close())),
        scenario("a condition on the same or a later step is refused",
            pipe("v2", batch(step(ok(0), "SELECT 1")))),
        scenario("is_autocommit needs Hrana 3",
            pipe("v2", batch(step("{\"type\":\"is_autocommit\"}", "SELECT 1")))),
        scenario("get_autocommit follows the transaction",
            pipe("v3", "{\"type\":\"get_autocommit\"}", execute("BEGIN"), "{\"type\":\"get_autocommit\"}",
                execute("ROLLBACK"), "{\"type\":\"get_autocommit\"}", close()),
            pipe("v2", "{\"type\":\"get_autocommit\"}")),
        scenario("sequence stops at the first failure and keeps what ran",
            pipe("v2", "{\"type\":\"sequence\",\"sql\":\"CREATE TABLE s1(a); INSERT INTO s1 VALUES (1);"
                + " INSERT INTO nope VALUES (2); INSERT INTO s1 VALUES (3)\"}",
                execute("SELECT * FROM s1"),
                "{\"type\":\"sequence\",\"sql\":\"CREATE TABLE s2(a); SELEC 1\"}",
                execute("SELECT * FROM s2"),
                "{\"type\":\"sequence\",\"sql\":\"\"}", close())),
        scenario("stored SQL is per stream and limited",
            pipe("v2", "{\"type\":\"store_sql\",\"sql_id\":1,\"sql\":\"SELECT 42\"}",
                "{\"type\":\"execute\",\"stmt\":{\"sql_id\":1}}",
                "{\"type\":\"describe\",\"sql_id\":1}",
                "{\"type\":\"close_sql\",\"sql_id\":1}", "{\"type\":\"close_sql\",\"sql_id\":9}",
                "{\"type\":\"store_sql\",\"sql_id\":2,\"sql\":\"" + "x".repeat(5001) + "\"}"),
            pipe("v2", "{\"type\":\"execute\",\"stmt\":{\"sql_id\":1}}"),
            pipe("v2", "{\"type\":\"store_sql\",\"sql_id\":1,\"sql\":\"SELECT 1\"}",
                "{\"type\":\"store_sql\",\"sql_id\":1,\"sql\":\"SELECT 2\"}")),
        scenario("describe without executing",
            pipe("v3", execute("CREATE TABLE d1(a INTEGER, b TEXT)"),
                "{\"type\":\"describe\",\"sql\":\"SELECT a, b AS bee, :x, ?3, ? FROM d1\"}",
                "{\"type\":\"describe\",\"sql\":\"EXPLAIN SELECT 1\"}",
                "{\"type\":\"describe\",\"sql\":\"SELECT nope\"}", close())),
        scenario("an interactive transaction spans requests and rolls back",
            pipe("v3", execute("CREATE TABLE t1(a)"), close()),
            pipe("v3", execute("BEGIN"), execute("INSERT INTO t1 VALUES (1)")),
            pipe("v3", execute("SELECT count(*) FROM t1")),
            pipe("v3", execute("ROLLBACK"), close()),
            pipe("v3", execute("SELECT count(*) FROM t1"), close())),
        scenario("batons are single-use",
            pipe("v2"), pipe("v2"),
            post("/v2/pipeline", "{\"baton\":\"not-a-baton\",\"requests\":[]}")),
        scenario("a closed stream takes no more statements",
            pipe("v2", close(), close()),
            pipe("v2", close(), execute("SELECT 1"))),
        scenario("malformed bodies are refused",
            post("/v2/pipeline", "{\"requests\":["),
            post("/v2/pipeline", "{}"),
            post("/v2/pipeline", "{\"requests\":[{\"type\":\"fly\"}]}"),
            post("/v2/pipeline", "{\"requests\":[" + stmt("SELECT ?", "[{\"value\":1,\"type\":\"integer\"}]") + "]}"),
            post("/v2/pipeline", "{\"requests\":[" + stmt("SELECT ?", "[{\"type\":\"integer\",\"value\":1}]") + "]}"),
            post("/v3/cursor", "{\"baton\":null}")),
        scenario("probes and routes",
            get("/v2"), get("/v3"), get("/health"), get("/nope"), get("/v2/pipeline"), get("/v1"),
            new Step("OPTIONS", "/v2/pipeline", null)),
        scenario("a cursor streams steps and rows",
            pipe("v3", execute("CREATE TABLE k1(a INTEGER, b TEXT)"),
                execute("INSERT INTO k1 VALUES (1, 'one'), (2, 'two')"), close()),
            post("/v3/cursor", "{\"baton\":null,\"batch\":{\"steps\":["
                + step(null, "SELECT * FROM k1 ORDER BY a") + "," + step(null, "SELECT nope") + ","
                + step("{\"type\":\"error\",\"step\":1}", "INSERT INTO k1 VALUES (3, 'three')") + ","
                + step(ok(0), "SELECT count(*) FROM k1") + "]}}"),
            pipe("v3", close())),
        scenario("legacy v1 endpoints",
            post("/v1/execute", "{\"stmt\":{\"sql\":\"CREATE TABLE l1(a)\"}}"),
            post("/v1/execute", "{\"stmt\":{\"sql\":\"INSERT INTO l1 VALUES (?)\",\"args\":[" + integer(7) + "]}}"),
            post("/v1/batch", "{\"batch\":{\"steps\":[" + step(null, "SELECT a FROM l1") + "]}}"),
            post("/v1/execute", "{\"stmt\":{\"sql\":\"SELECT nope FROM l1\"}}")),
        scenario("legacy v0 statements with plain JSON values",
            post("/", "{\"statements\":[\"CREATE TABLE l0(a, b)\","
                + "{\"q\":\"INSERT INTO l0 VALUES (?, ?)\",\"params\":[1, \"x\"]},"
                + "{\"q\":\"INSERT INTO l0 VALUES (:a, :b)\",\"params\":{\":a\":2.5,\":b\":null}}]}"),
            post("/", "{\"statements\":[\"SELECT a, b, x'ff' FROM l0 ORDER BY a\"]}"),
            post("/", "{\"statements\":[\"INSERT INTO l0 VALUES (3, 3)\", \"SELECT nope\"]}"),
            post("/", "{\"statements\":[\"SELECT count(*) FROM l0\"]}")),
        scenario("reads see only committed writes",
            pipe("v3", execute("CREATE TABLE r1(a)"), close()),
            pipe("v3", execute("BEGIN IMMEDIATE"), execute("INSERT INTO r1 VALUES (1)")),
            post("/v3/pipeline", "{\"baton\":null,\"requests\":[" + execute("SELECT count(*) FROM r1") + ","
                + close() + "]}"),
            pipe("v3", execute("COMMIT"), close()),
            pipe("v3", execute("SELECT count(*) FROM r1"), close())));
  }

  // A tiny vocabulary for Hrana JSON, so that scenarios read as protocol traffic.

  private static Arguments scenario(String name, Step... steps) {
    return Arguments.of(name, List.of(steps));
  }

  private static Step pipe(String version, String... requests) {
    return post("/" + version + "/pipeline",
        "{\"baton\":$BATON,\"requests\":[" + String.join(",", requests) + "]}");
  }

  private static String execute(String sql) {
    return stmt(sql, "[]");
  }

  private static String stmt(String sql, String args) {
    return "{\"type\":\"execute\",\"stmt\":{\"sql\":" + quote(sql) + ",\"args\":" + args + "}}";
  }

  private static String named(String sql, String... namedArgs) {
    return "{\"type\":\"execute\",\"stmt\":{\"sql\":" + quote(sql) + ",\"named_args\":["
        + String.join(",", namedArgs) + "]}}";
  }

  private static String named(String name, String value) {
    return "{\"name\":" + quote(name) + ",\"value\":" + value + "}";
  }

  private static String batch(String... steps) {
    return "{\"type\":\"batch\",\"batch\":{\"steps\":[" + String.join(",", steps) + "]}}";
  }

  private static String step(String condition, String sql) {
    return "{" + (condition == null ? "" : "\"condition\":" + condition + ",")
        + "\"stmt\":{\"sql\":" + quote(sql) + "}}";
  }

  private static String ok(int step) {
    return "{\"type\":\"ok\",\"step\":" + step + "}";
  }

  private static String close() {
    return "{\"type\":\"close\"}";
  }

  private static String integer(long value) {
    return "{\"type\":\"integer\",\"value\":\"" + value + "\"}";
  }

  private static String real(double value) {
    return "{\"type\":\"float\",\"value\":" + value + "}";
  }

  private static String text(String value) {
    return "{\"type\":\"text\",\"value\":" + quote(value) + "}";
  }

  private static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
