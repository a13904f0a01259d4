package dev.libsql4j.testing;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class CountingProxyTest {

    @RegisterExtension
    static final SqldExtension SQLD = SqldExtension.withAuth();

    private CountingProxy proxy;

    @BeforeEach
    void startProxy() {
        proxy = CountingProxy.start(SQLD.node().httpUrl());
    }

    @AfterEach
    void stopProxy() {
        proxy.close();
    }

    @Test
    void countsRequestsPerPathAndResets() {
        Hrana hrana = Hrana.at(proxy.url()).token(SQLD.jwt().fullAccessToken());
        hrana.execute("SELECT 1");
        hrana.execute("SELECT 2", "SELECT 3");
        assertThat(hrana.cursor("SELECT 4").status()).isEqualTo(200);

        assertThat(proxy.requests()).isEqualTo(3);
        assertThat(proxy.requests("/v3/pipeline")).isEqualTo(2);
        assertThat(proxy.requests("/v3/cursor")).isEqualTo(1);
        assertThat(proxy.requests("/v2/pipeline")).isZero();

        proxy.reset();
        assertThat(proxy.requests()).isZero();
        assertThat(proxy.requests("/v3/pipeline")).isZero();
    }

    @Test
    void forwardsTheAuthorizationHeader() {
        assertThat(Hrana.at(proxy.url()).pipeline("SELECT 1").status()).isEqualTo(401);
        assertThat(Hrana.at(proxy.url()).token(SQLD.jwt().fullAccessToken()).pipeline("SELECT 1").status())
                .isEqualTo(200);
        assertThat(proxy.requests("/v3/pipeline")).isEqualTo(2);
    }

    @Test
    void forwardsTheNamespaceHeader() {
        try (SqldNode node = SqldNode.builder().namespaces(true).start();
             CountingProxy namespaced = CountingProxy.start(node.httpUrl())) {
            node.createNamespace("tenant");
            Hrana.at(namespaced.url()).namespace("tenant").execute("CREATE TABLE t (x)");
            assertThat(Hrana.at(node.httpUrl()).namespace("tenant").rows("SELECT name FROM sqlite_master"))
                    .containsExactly(List.of("t"));
        }
    }

    @Test
    void relaysLargeCursorResponsesIntact() {
        String sql = "WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 20000) "
                + "SELECT i, 'row-' || i FROM c";
        Hrana.Response viaProxy = Hrana.at(proxy.url()).token(SQLD.jwt().fullAccessToken()).cursor(sql);
        Hrana.Response direct = Hrana.at(SQLD.node().httpUrl()).token(SQLD.jwt().fullAccessToken()).cursor(sql);

        List<String> lines = viaProxy.body().lines().toList();
        // Header, step_begin, 20000 rows, step_end, replication_index. (Sizes only: AssertJ would
        // print all 20000 lines on a failure.)
        assertThat(viaProxy.status()).isEqualTo(200);
        assertThat(lines.size()).isEqualTo(20_004).isEqualTo((int) direct.body().lines().count());
        assertThat(lines.get(lines.size() - 3)).contains("row-20000");
        assertThat(lines.get(lines.size() - 2)).contains("step_end");
    }

    @Test
    void streamsTheResponseBodyBeforeItIsComplete() throws Exception {
        // An upstream that sends one line, then holds the response open until the client has read
        // that line: a buffering proxy would deliver nothing until the upstream gives up.
        CountDownLatch firstLineRead = new CountDownLatch(1);
        HttpServer upstream = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        upstream.createContext("/stream", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write("first\n".getBytes(StandardCharsets.UTF_8));
                out.flush();
                awaitQuietly(firstLineRead);
                out.write("second\n".getBytes(StandardCharsets.UTF_8));
            }
        });
        upstream.start();
        try (CountingProxy streaming = CountingProxy.start(
                URI.create("http://127.0.0.1:" + upstream.getAddress().getPort()))) {
            HttpResponse<InputStream> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(streaming.url() + "/stream")).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            try (BufferedReader reader = new BufferedReader(
                    new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                String first = CompletableFuture.supplyAsync(() -> readLine(reader)).get(5, TimeUnit.SECONDS);
                assertThat(first).isEqualTo("first");
                firstLineRead.countDown();
                assertThat(reader.readLine()).isEqualTo("second");
                assertThat(reader.readLine()).isNull();
            }
        } finally {
            firstLineRead.countDown();
            upstream.stop(0);
        }
    }

    @Test
    void answersBadGatewayWhenTheTargetIsDown() {
        URI nothingListens = URI.create("http://127.0.0.1:" + LoopbackPorts.free());
        try (CountingProxy dead = CountingProxy.start(nothingListens)) {
            assertThat(Hrana.at(dead.url()).pipeline("SELECT 1").status()).isEqualTo(502);
            assertThat(dead.requests()).isEqualTo(1);
        }
    }

    @Test
    void countsRefusalsApartFromRequests() throws Exception {
        // An upstream that refuses the first request with 429 and accepts the second, as sqld does
        // when it is out of connection slots: the driver's resend is not a second round trip.
        HttpServer upstream = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        AtomicInteger seen = new AtomicInteger();
        upstream.createContext("/v3/pipeline", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(seen.incrementAndGet() == 1 ? 429 : 200, -1);
            exchange.close();
        });
        upstream.start();
        try (CountingProxy counting = CountingProxy.start(
                URI.create("http://127.0.0.1:" + upstream.getAddress().getPort()))) {
            assertThat(Hrana.at(counting.url()).pipeline("SELECT 1").status()).isEqualTo(429);
            assertThat(Hrana.at(counting.url()).pipeline("SELECT 1").status()).isEqualTo(200);

            assertThat(counting.requests()).isEqualTo(1);
            assertThat(counting.refusals()).isEqualTo(1);
            assertThat(counting.toString()).contains("requests {/v3/pipeline=1}", "refused with 429 {/v3/pipeline=1}");
            counting.reset();
            assertThat(counting.refusals()).isZero();
        } finally {
            upstream.stop(0);
        }
    }

    private static String readLine(BufferedReader reader) {
        try {
            return reader.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
