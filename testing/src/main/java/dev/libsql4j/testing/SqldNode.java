package dev.libsql4j.testing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One real sqld process listening on 127.0.0.1 — or, with {@link Builder#server(ServerKind)} (by
 * default the system property {@value ServerKind#PROPERTY}), libsql4j's devserver run the same way,
 * with the same flags.
 *
 * <p>A node owns a directory holding its database ({@link #dbPath()}), its log
 * ({@link #logFile()}) and, with JWT auth, its public key file. By default the directory is a
 * fresh temporary one that {@link #close()} deletes; {@link Builder#directory(Path)} keeps data
 * across runs instead. Ports are picked free on 127.0.0.1 unless fixed in the builder, and stay
 * the same across {@link #restart()}.
 *
 * <pre>{@code
 * try (SqldNode node = SqldNode.builder().start()) {
 *     URI url = node.httpUrl();   // POST url + "/v3/pipeline"
 * }
 * }</pre>
 */
public final class SqldNode implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SqldNode.class);
    private static final String LOOPBACK = "127.0.0.1";
    private static final int START_ATTEMPTS = 3;
    private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(10);

    private final Builder config;
    private final List<String> program;
    private final Path directory;
    private final boolean ownsDirectory;
    private final Path dbPath;
    private final Path logFile;
    private final Path jwtKeyFile;
    // Chosen at the first start, then fixed so that restart() comes back on the same addresses.
    private int httpPort;
    private int grpcPort;
    private int adminPort;
    private SqldProcess process;

    private SqldNode(Builder config) {
        this.config = config;
        this.program = config.server == ServerKind.SQLD
                ? List.of(SqldBinary.locate().toString()) : DevServerLauncher.command();
        this.ownsDirectory = config.directory == null;
        this.directory = ownsDirectory ? createTempDirectory() : createDirectories(config.directory.toAbsolutePath());
        this.dbPath = directory.resolve("data.sqld");
        this.logFile = directory.resolve(config.server.id() + ".log");
        this.jwtKeyFile = config.jwtKeys == null ? null : config.jwtKeys.publicKeyFile(directory);
    }

    /** A builder for a standalone node; every option is off by default. */
    public static Builder builder() {
        return new Builder();
    }

    /** The HTTP (Hrana) endpoint, {@code http://127.0.0.1:PORT} without a trailing slash. */
    public URI httpUrl() {
        return loopbackUri(httpPort);
    }

    /** The admin API endpoint, or {@code null} unless namespaces are enabled. */
    public URI adminUrl() {
        return config.namespaces ? loopbackUri(adminPort) : null;
    }

    /** Which server this node runs. */
    public ServerKind server() {
        return config.server;
    }

    /**
     * On a devserver replica, stops applying the primary's changes until {@link #resumeReplication()}
     * (its admin API's {@code POST /v1/replication/pause}); sqld has no such control.
     *
     * @throws IllegalStateException on sqld, or on a devserver that is not a replica
     */
    public void pauseReplication() {
        replicationControl("pause");
    }

    /** Undoes {@link #pauseReplication()}. */
    public void resumeReplication() {
        replicationControl("resume");
    }

    private void replicationControl(String action) {
        if (config.server != ServerKind.DEVSERVER || config.primary == null) {
            throw new IllegalStateException(this + " is not a devserver replica: only those can pause replication");
        }
        LoopbackHttp.postJson(URI.create(loopbackUri(adminPort) + "/v1/replication/" + action), "{}", ADMIN_TIMEOUT);
    }

    /** The gRPC endpoint sqld replicas connect to, or {@code null} unless gRPC listening is enabled (never on a devserver). */
    public URI grpcUrl() {
        return listensGrpc() ? loopbackUri(grpcPort) : null;
    }

    /** sqld's {@code --db-path} directory. */
    public Path dbPath() {
        return dbPath;
    }

    /** The file receiving the process's stdout and stderr, across restarts. */
    public Path logFile() {
        return logFile;
    }

    /** The name given in the builder, used in logs and error messages. */
    public String name() {
        return config.name;
    }

    /** True while the sqld process is alive (it may still be starting up). */
    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** True if the node answers 200 on {@code GET /health} right now. */
    public boolean isHealthy() {
        return HealthProbe.isHealthy(httpUrl());
    }

    /**
     * The operating-system process id.
     *
     * @throws IllegalStateException if the node is stopped
     */
    public synchronized long pid() {
        if (!isRunning()) {
            throw new IllegalStateException(this + " is not running");
        }
        return process.pid();
    }

    /**
     * Creates a namespace through the admin API ({@code POST /v1/namespaces/{ns}/create}).
     * Select it in requests with {@link Namespaces#HEADER}.
     *
     * @throws IllegalStateException if namespaces are not enabled, or sqld refuses (e.g. it exists)
     */
    public void createNamespace(String namespace) {
        if (!config.namespaces) {
            throw new IllegalStateException(this + " was not built with namespaces(true)");
        }
        String segment = URLEncoder.encode(namespace, StandardCharsets.UTF_8).replace("+", "%20");
        // sqld requires a JSON object body; {} takes every default.
        LoopbackHttp.postJson(URI.create(adminUrl() + "/v1/namespaces/" + segment + "/create"), "{}", ADMIN_TIMEOUT);
    }

    /** Stops the process and waits until it is gone. The data and the ports are kept. */
    public synchronized void stop() {
        if (process != null) {
            process.stop();
            process = null;
            LOG.debug("{} {} stopped", config.server.id(), config.name);
        }
    }

    /** Stops the node if it runs, then starts it again on the same ports with the same data. */
    public synchronized void restart() {
        stop();
        if (!launch()) {
            IllegalStateException failure = startFailure("restart");
            stop();
            throw failure;
        }
    }

    /** Stops the node and deletes its directory, unless it was given with {@link Builder#directory(Path)}. */
    @Override
    public synchronized void close() {
        stop();
        if (ownsDirectory) {
            TempDirs.deleteRecursively(directory);
        }
    }

    @Override
    public String toString() {
        return "SqldNode[" + (config.server == ServerKind.SQLD ? "" : config.server.id() + " ")
                + config.name + " " + httpUrl() + "]";
    }

    private synchronized void startFirstTime() {
        for (int attempt = 1; ; attempt++) {
            choosePorts();
            if (launch()) {
                return;
            }
            IllegalStateException failure = startFailure("start");
            // Free ports are only free until someone binds them: on a clash, pick new ones.
            boolean retry = attempt < START_ATTEMPTS && !config.hasFixedPorts()
                    && failure.getMessage().contains("Address already in use");
            stop();
            if (!retry) {
                throw failure;
            }
            LOG.debug("{} {}: a port was taken before it bound it, retrying with new ports", config.server.id(),
                    config.name);
        }
    }

    private void choosePorts() {
        httpPort = config.httpPort != 0 ? config.httpPort : LoopbackPorts.free();
        grpcPort = !listensGrpc() ? 0 : config.grpcPort != 0 ? config.grpcPort : LoopbackPorts.free();
        adminPort = config.namespaces || isDevServerReplica() ? LoopbackPorts.free() : 0;
    }

    /** Starts the process and waits for /health; false if it died or never became healthy. */
    private boolean launch() {
        long startNanos = System.nanoTime();
        process = SqldProcess.launch(program, commandLine(), environment(), logFile);
        try {
            if (!HealthProbe.awaitHealthy(httpUrl(), process, config.startTimeout)) {
                return false;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop();
            throw new IllegalStateException("interrupted while starting " + this, e);
        }
        LOG.info("{} {} ready at {} in {} ms (pid {})", config.server.id(), config.name, httpUrl(),
                Duration.ofNanos(System.nanoTime() - startNanos).toMillis(), process.pid());
        return true;
    }

    /** sqld's flags; the devserver takes the same names for the same features. */
    private List<String> commandLine() {
        List<String> args = new ArrayList<>(List.of(
                "--db-path", dbPath.toString(),
                "--http-listen-addr", LOOPBACK + ":" + httpPort));
        if (config.server == ServerKind.SQLD) {
            args.add("--no-welcome");
        }
        if (jwtKeyFile != null) {
            args.addAll(List.of("--auth-jwt-key-file", jwtKeyFile.toString()));
        }
        if (config.namespaces) {
            args.add("--enable-namespaces");
        }
        if (adminPort != 0) {
            args.addAll(List.of("--admin-listen-addr", LOOPBACK + ":" + adminPort));
        }
        if (listensGrpc()) {
            args.addAll(List.of("--grpc-listen-addr", LOOPBACK + ":" + grpcPort));
        }
        if (config.primaryGrpcUrl != null) {
            args.addAll(List.of("--primary-grpc-url", config.primaryGrpcUrl));
        }
        if (isDevServerReplica()) {
            args.addAll(List.of("--primary-url", config.primary.httpUrl().toString()));
        }
        args.addAll(config.extraArgs);
        return args;
    }

    /** The builder's variables; a devserver replica of a primary with auth gets its token here, not in its logged arguments. */
    private Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>(config.env);
        if (isDevServerReplica() && config.jwtKeys != null) {
            env.put("LIBSQL4J_PRIMARY_AUTH_TOKEN", config.jwtKeys.fullAccessToken());
        }
        return env;
    }

    private boolean isDevServerReplica() {
        return config.server == ServerKind.DEVSERVER && config.primary != null;
    }

    private boolean listensGrpc() {
        return config.server == ServerKind.SQLD && (config.grpcListen || config.grpcPort != 0);
    }

    private String lastLogTail() {
        return process == null ? "" : process.logTail();
    }

    private IllegalStateException startFailure(String what) {
        boolean died = process != null && !process.isAlive();
        return new IllegalStateException(config.server.id() + " " + config.name + " failed to " + what + " on " + httpUrl() + ": "
                + (died ? "the process exited" : "/health did not answer 200 within " + config.startTimeout)
                + ". Directory: " + directory + ". Log (" + logFile + "):\n" + lastLogTail());
    }

    private static URI loopbackUri(int port) {
        return URI.create("http://" + LOOPBACK + ":" + port);
    }

    private static Path createTempDirectory() {
        try {
            return Files.createTempDirectory("libsql4j-sqld-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory", e);
        }
    }

    private static Path createDirectories(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
    }

    /** Options for one node. Builders are not thread-safe; each {@link #start()} makes a new node. */
    public static final class Builder {

        private ServerKind server = ServerKind.configured();
        private SqldNode primary;
        private String name = "node";
        private JwtKeys jwtKeys;
        private boolean namespaces;
        private boolean grpcListen;
        private String primaryGrpcUrl;
        private final List<String> extraArgs = new ArrayList<>();
        private final Map<String, String> env = new LinkedHashMap<>();
        private Path directory;
        private int httpPort;
        private int grpcPort;
        private Duration startTimeout = Duration.ofSeconds(30);

        private Builder() {
        }

        /** A name for logs and error messages, e.g. {@code "primary"}. */
        public Builder name(String name) {
            this.name = Objects.requireNonNull(name);
            return this;
        }

        /** Which server to run; by default the one {@link ServerKind#configured()} names (sqld unless set). */
        public Builder server(ServerKind server) {
            this.server = Objects.requireNonNull(server);
            return this;
        }

        /**
         * Makes this node a replica of {@code primary}, which must run the same server: an sqld replica
         * pulls over gRPC ({@code --primary-grpc-url}; the primary needs {@link #grpcListen(boolean)}), a
         * devserver replica over HTTP ({@code --primary-url}).
         */
        public Builder replicaOf(SqldNode primary) {
            if (primary.server() != server) {
                throw new IllegalArgumentException("a " + server.id() + " cannot replicate " + primary);
            }
            if (server == ServerKind.SQLD) {
                return primaryGrpcUrl(String.valueOf(primary.grpcUrl()));
            }
            this.primary = primary;
            return this;
        }

        /** Requires JWTs signed by {@code keys} ({@code --auth-jwt-key-file}). */
        public Builder jwtAuth(JwtKeys keys) {
            this.jwtKeys = Objects.requireNonNull(keys);
            return this;
        }

        /** Enables namespaces and the admin API listener ({@code --enable-namespaces --admin-listen-addr}). */
        public Builder namespaces(boolean enabled) {
            this.namespaces = enabled;
            return this;
        }

        /** Listens for replicas on a gRPC port ({@code --grpc-listen-addr}). */
        public Builder grpcListen(boolean enabled) {
            this.grpcListen = enabled;
            return this;
        }

        /** Makes this node a replica of the primary at {@code url} ({@code --primary-grpc-url}). */
        public Builder primaryGrpcUrl(String url) {
            this.primaryGrpcUrl = Objects.requireNonNull(url);
            return this;
        }

        /** Appends raw server arguments, e.g. {@code arg("--max-response-size", "1KB")} (the devserver takes sqld's). */
        public Builder arg(String... args) {
            extraArgs.addAll(Arrays.asList(args));
            return this;
        }

        /** Sets an environment variable for the process (inherited {@code SQLD_*} / {@code LIBSQL_*} ones are dropped). */
        public Builder env(String name, String value) {
            env.put(Objects.requireNonNull(name), Objects.requireNonNull(value));
            return this;
        }

        /** Keeps data and log in {@code dir} (created if missing, never deleted) instead of a temporary directory. */
        public Builder directory(Path dir) {
            this.directory = Objects.requireNonNull(dir);
            return this;
        }

        /** Fixes the HTTP port instead of picking a free one; 0 means pick. */
        public Builder httpPort(int port) {
            this.httpPort = checkPort(port);
            return this;
        }

        /** Fixes the gRPC port (and enables gRPC listening); 0 means pick. */
        public Builder grpcPort(int port) {
            this.grpcPort = checkPort(port);
            return this;
        }

        /** How long {@link #start()} and {@link SqldNode#restart()} wait for {@code /health}; default 30 s. */
        public Builder startTimeout(Duration timeout) {
            this.startTimeout = Objects.requireNonNull(timeout);
            return this;
        }

        /**
         * Starts sqld and waits until {@code GET /health} answers 200.
         *
         * @throws IllegalStateException if sqld is not installed (the message says how to
         *                               install it) or does not become healthy (with its log)
         */
        public SqldNode start() {
            SqldNode node = new SqldNode(this.copy());
            node.startFirstTime();
            return node;
        }

        private boolean hasFixedPorts() {
            return httpPort != 0 || grpcPort != 0;
        }

        private Builder copy() {
            Builder copy = new Builder();
            copy.server = server;
            copy.primary = primary;
            copy.name = name;
            copy.jwtKeys = jwtKeys;
            copy.namespaces = namespaces;
            copy.grpcListen = grpcListen;
            copy.primaryGrpcUrl = primaryGrpcUrl;
            copy.extraArgs.addAll(extraArgs);
            copy.env.putAll(env);
            copy.directory = directory;
            copy.httpPort = httpPort;
            copy.grpcPort = grpcPort;
            copy.startTimeout = startTimeout;
            return copy;
        }

        private static int checkPort(int port) {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("port out of range: " + port);
            }
            return port;
        }
    }
}
