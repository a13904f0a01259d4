package dev.libsql4j.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Iterator;
import java.util.stream.Stream;

/**
 * The protocol floor for Java: {@code java.net.http.HttpClient} posting the hand-written bodies
 * of {@link RawPipelineBodies}. It checks only what it must (status, no error object, row found)
 * and decodes no values; any real client does at least this much work.
 */
final class RawHttpSession implements Session {

    private static final String ROW_LINE = "{\"type\":\"row\"";

    private final HttpClient http;
    private final URI pipeline;
    private final URI cursor;

    /** @param http shared by all sessions of the peer, as one client per application would be */
    RawHttpSession(HttpClient http, URI serverUrl) {
        this.http = http;
        this.pipeline = serverUrl.resolve("/v3/pipeline");
        this.cursor = serverUrl.resolve("/v3/cursor");
    }

    /**
     * The client the raw peer shares between its sessions. HTTP/1.1 on purpose: with the
     * default HTTP/2 preference, HttpClient tries an h2c upgrade on plain http and the POST to
     * sqld 0.24.32 never completes.
     */
    static HttpClient newClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    }

    @Override
    public boolean pointSelect(long key) throws IOException, InterruptedException {
        return post(RawPipelineBodies.pointSelect(key)).contains("\"rows\":[[");
    }

    @Override
    public void insert(String value) throws IOException, InterruptedException {
        post(RawPipelineBodies.insert(value));
    }

    @Override
    public void insertBatch(String value, int rows) throws IOException, InterruptedException {
        post(RawPipelineBodies.batchInsert(value, rows));
    }

    @Override
    public long scan(String sql, RowObserver observer) throws IOException, InterruptedException {
        // One request; the server expires the stream the cursor leaves open (a close would cost
        // a second request, and the floor is the fewest requests that do the job).
        HttpResponse<Stream<String>> response = http.send(request(cursor, RawPipelineBodies.cursor(sql)),
                HttpResponse.BodyHandlers.ofLines());
        try (Stream<String> lines = response.body()) {
            if (response.statusCode() != 200) {
                throw new IOException("cursor: HTTP " + response.statusCode());
            }
            long count = 0;
            for (Iterator<String> it = lines.iterator(); it.hasNext(); ) {
                String line = it.next();
                if (line.startsWith(ROW_LINE)) {
                    observer.afterRow(++count);
                } else if (line.contains("\"message\"")) {
                    throw new IOException("cursor: " + line);
                }
            }
            return count;
        }
    }

    /** Writes the workload's tables on sqld: one request. */
    void seed(Workload workload) throws IOException, InterruptedException {
        post(RawPipelineBodies.executeAll(workload.seedStatements()));
    }

    @Override
    public void close() {
        // Nothing of its own: the HttpClient is the peer's.
    }

    private String post(String body) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request(pipeline, body), HttpResponse.BodyHandlers.ofString());
        String text = response.body();
        // Every Hrana error object has a "message"; successful results never do.
        if (response.statusCode() != 200 || text.contains("\"message\"")) {
            throw new IOException("pipeline: HTTP " + response.statusCode() + " "
                    + text.substring(0, Math.min(300, text.length())));
        }
        return text;
    }

    private static HttpRequest request(URI uri, String body) {
        return HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }
}
