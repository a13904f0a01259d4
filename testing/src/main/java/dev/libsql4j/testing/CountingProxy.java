package dev.libsql4j.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * An HTTP/1.1 reverse proxy on 127.0.0.1 that counts the requests it forwards, per path.
 * Tests put it between a client and sqld to assert how many round trips an operation costs
 * ("{@code executeBatch} is one {@code /v3/pipeline} request").
 *
 * <p>Request headers (including {@code Authorization} and {@code x-namespace-bin}) and bodies
 * are forwarded as they are. Response bodies are streamed through chunk by chunk, never
 * buffered: a {@code /v3/cursor} answer is a long NDJSON stream that the client reads while
 * sqld is still writing it. If the target does not answer, the client gets 502.
 *
 * <p>A request the server refuses with 429 (sqld is out of connection slots, which happens on a
 * loaded machine) never ran, and the driver legitimately sends it again: such refusals are kept
 * apart in {@link #refusals()} so that "one request per batch" stays a deterministic assertion.
 * {@link #toString()} lists every path and refusal, for assertion messages.
 */
public final class CountingProxy implements AutoCloseable {

    // Set by the JDK client itself or meaningful only per connection (RFC 9110 hop-by-hop).
    private static final Set<String> UNFORWARDED_REQUEST_HEADERS = Set.of(
            "connection", "content-length", "expect", "host", "upgrade", "keep-alive", "te",
            "trailer", "transfer-encoding", "proxy-connection", "http2-settings");
    private static final Set<String> UNFORWARDED_RESPONSE_HEADERS = Set.of(
            "connection", "content-length", "keep-alive", "transfer-encoding", "trailer", "upgrade");
    private static final int COPY_BUFFER_BYTES = 8192;

    private final URI target;
    private final HttpServer server;
    private final ExecutorService executor;
    private final HttpClient client;
    private final Map<String, LongAdder> requestsByPath = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> refusalsByPath = new ConcurrentHashMap<>();

    private CountingProxy(URI target) throws IOException {
        this.target = stripTrailingSlash(target);
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        AtomicInteger threads = new AtomicInteger();
        this.executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "libsql4j-proxy-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::forward);
        server.setExecutor(executor);
        server.start();
    }

    /**
     * Starts a proxy in front of {@code target} (e.g. {@link SqldNode#httpUrl()}).
     *
     * @param target scheme, host and port of the upstream server; any path is kept as a prefix
     */
    public static CountingProxy start(URI target) {
        try {
            return new CountingProxy(target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the proxy on 127.0.0.1", e);
        }
    }

    /** The proxy's address, {@code http://127.0.0.1:PORT} without a trailing slash. */
    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Requests received since start or the last {@link #reset()}, except those refused with 429. */
    public int requests() {
        return (int) requestsByPath.values().stream().mapToLong(LongAdder::sum).sum();
    }

    /** Requests the target refused with 429 since start or the last {@link #reset()}. */
    public int refusals() {
        return (int) refusalsByPath.values().stream().mapToLong(LongAdder::sum).sum();
    }

    /** Requests whose path ends with {@code pathSuffix}, e.g. {@code "/v3/pipeline"}. */
    public int requests(String pathSuffix) {
        return (int) requestsByPath.entrySet().stream()
                .filter(entry -> entry.getKey().endsWith(pathSuffix))
                .mapToLong(entry -> entry.getValue().sum())
                .sum();
    }

    /** Sets every count back to zero. */
    public void reset() {
        requestsByPath.clear();
        refusalsByPath.clear();
    }

    /** Stops listening; exchanges in flight are cut. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    @Override
    public String toString() {
        return "CountingProxy[" + url() + " -> " + target + ", requests " + counts(requestsByPath)
                + ", refused with 429 " + counts(refusalsByPath) + "]";
    }

    private static Map<String, Long> counts(Map<String, LongAdder> byPath) {
        Map<String, Long> counts = new TreeMap<>();
        byPath.forEach((path, count) -> counts.put(path, count.sum()));
        return counts;
    }

    private void forward(HttpExchange exchange) throws IOException {
        try (exchange) {
            URI requestUri = exchange.getRequestURI();
            requestsByPath.computeIfAbsent(requestUri.getPath(), path -> new LongAdder()).increment();
            HttpResponse<InputStream> response;
            try {
                response = client.send(upstreamRequest(exchange, requestUri), HttpResponse.BodyHandlers.ofInputStream());
            } catch (IOException e) {
                sendBadGateway(exchange, e);
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                sendBadGateway(exchange, e);
                return;
            }
            if (response.statusCode() == 429) {
                requestsByPath.computeIfAbsent(requestUri.getPath(), path -> new LongAdder()).decrement();
                refusalsByPath.computeIfAbsent(requestUri.getPath(), path -> new LongAdder()).increment();
            }
            relay(response, exchange);
        }
    }

    private HttpRequest upstreamRequest(HttpExchange exchange, URI requestUri) throws IOException {
        String pathAndQuery = requestUri.getRawPath()
                + (requestUri.getRawQuery() == null ? "" : "?" + requestUri.getRawQuery());
        // Request bodies are small Hrana JSON; reading them whole gives sqld a Content-Length.
        byte[] body = exchange.getRequestBody().readAllBytes();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target + pathAndQuery))
                .method(exchange.getRequestMethod(), body.length == 0
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!UNFORWARDED_REQUEST_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(value -> request.header(name, value));
            }
        });
        return request.build();
    }

    private static void relay(HttpResponse<InputStream> response, HttpExchange exchange) throws IOException {
        try (InputStream body = response.body()) {
            response.headers().map().forEach((name, values) -> {
                if (!UNFORWARDED_RESPONSE_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                    exchange.getResponseHeaders().put(name, List.copyOf(values));
                }
            });
            exchange.sendResponseHeaders(response.statusCode(), responseLength(response, exchange));
            OutputStream out = exchange.getResponseBody();
            byte[] buffer = new byte[COPY_BUFFER_BYTES];
            int read;
            while ((read = body.read(buffer)) != -1) {
                out.write(buffer, 0, read);
                // Flush each piece as it arrives: this is what makes the proxy stream.
                out.flush();
            }
        }
    }

    /** The length argument of {@code sendResponseHeaders}: -1 = no body, 0 = chunked, n = fixed. */
    private static long responseLength(HttpResponse<?> response, HttpExchange exchange) {
        int status = response.statusCode();
        if ("HEAD".equalsIgnoreCase(exchange.getRequestMethod()) || status == 204 || status == 304) {
            return -1;
        }
        long length = response.headers().firstValueAsLong("content-length").orElse(0);
        return length == 0 && response.headers().firstValue("content-length").isPresent() ? -1 : length;
    }

    private static void sendBadGateway(HttpExchange exchange, Exception cause) throws IOException {
        byte[] message = ("proxy: upstream failed: " + cause).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(502, message.length);
        exchange.getResponseBody().write(message);
    }

    private static URI stripTrailingSlash(URI uri) {
        String text = uri.toString();
        return text.endsWith("/") ? URI.create(text.substring(0, text.length() - 1)) : uri;
    }
}
