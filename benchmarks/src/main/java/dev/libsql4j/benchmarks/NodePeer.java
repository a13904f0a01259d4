package dev.libsql4j.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The {@code @libsql/client} peer: {@code benchmarks/node/peer.mjs} in a child Node process,
 * which runs each scenario itself (a loop across a process boundary would measure the pipe)
 * and answers with every latency, so both languages are summarised by the same Java code.
 */
final class NodePeer implements Peer {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final BufferedWriter commands;
    private final BufferedReader answers;
    private final URI serverUrl;
    private final Workload workload;
    private final String version;

    private NodePeer(Process process, URI serverUrl, Workload workload) throws IOException {
        this.process = process;
        this.commands = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
        this.answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        this.serverUrl = serverUrl;
        this.workload = workload;
        JsonNode hello = ask(JSON.createObjectNode().put("cmd", "hello"));
        this.version = "@libsql/client " + hello.path("client").asText() + " on Node " + hello.path("node").asText();
    }

    /**
     * Starts {@code node --expose-gc peer.mjs} in {@code nodeDir}.
     *
     * @throws IOException when Node is missing or {@code npm ci} has not been run in {@code nodeDir}
     */
    static NodePeer start(Path nodeDir, URI serverUrl, Workload workload) throws IOException {
        if (!Files.isDirectory(nodeDir.resolve("node_modules/@libsql/client"))) {
            throw new IOException("@libsql/client is not installed: run `npm ci` in " + nodeDir);
        }
        Process process = new ProcessBuilder("node", "--expose-gc", "peer.mjs")
                .directory(nodeDir.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        try {
            return new NodePeer(process, serverUrl, workload);
        } catch (IOException | RuntimeException e) {
            process.destroyForcibly();
            throw e;
        }
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public RunResult run(Scenario scenario, long seed) {
        ObjectNode command = JSON.createObjectNode()
                .put("cmd", "run")
                .put("url", serverUrl.toString())
                .put("operation", scenario.operation().name())
                .put("threads", scenario.threads())
                .put("runTimeMillis", scenario.runTime().toMillis())
                .put("minOperations", scenario.minOperations())
                // The JS PRNG takes a 32-bit seed.
                .put("seed", (int) seed);
        command.set("workload", workloadJson());
        try {
            JsonNode answer = ask(command);
            JsonNode samples = answer.path("latencyNanos");
            long[] latencies = new long[samples.size()];
            for (int i = 0; i < latencies.length; i++) {
                latencies[i] = samples.get(i).asLong();
            }
            return RunResult.ok(answer.path("elapsedNanos").asLong(), latencies, answer.path("cpuNanos").asLong(-1));
        } catch (IOException e) {
            return RunResult.failed(e.getMessage());
        }
    }

    @Override
    public long liveHeapGrowthMidScan(int rows) throws IOException {
        return ask(JSON.createObjectNode()
                .put("cmd", "heap")
                .put("url", serverUrl.toString())
                .put("sql", workload.scanSql(rows))
                .put("rows", rows))
                .path("liveHeapGrowth").asLong();
    }

    @Override
    public void close() {
        try {
            commands.close(); // end of input: the script closes its clients and exits
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (IOException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private ObjectNode workloadJson() {
        return JSON.createObjectNode()
                .put("keyCount", workload.keyCount())
                .put("scanRows", workload.scanRows())
                .put("batchSize", workload.batchSize())
                .put("pointSelect", Workload.POINT_SELECT)
                .put("insert", Workload.INSERT)
                .put("value", workload.insertValue())
                .put("scanSql", workload.scanSql(workload.scanRows()));
    }

    /** Sends one command and returns its answer; an {@code ok:false} answer becomes an IOException. */
    private JsonNode ask(ObjectNode command) throws IOException {
        commands.write(JSON.writeValueAsString(command));
        commands.newLine();
        commands.flush();
        String line = answers.readLine();
        if (line == null) {
            throw new IOException("the Node peer exited (see its output above)");
        }
        JsonNode answer = JSON.readTree(line);
        if (!answer.path("ok").asBoolean()) {
            throw new IOException(answer.path("error").asText());
        }
        return answer;
    }
}
